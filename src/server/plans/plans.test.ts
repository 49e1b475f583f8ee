import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unit.id });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const caseWorker = await createStaff(db, { organisationId: org.id, role: 'case_worker', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');

const day = (offset: number) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d);
};

const programme = (
  await as(app, admin).post('/api/programmes', {
    name: 'Vägen vidare',
    startsOn: '2020-01-01',
    endsOn: day(20),
  })
).json();
for (const [p, start] of [
  [amina, day(-60)],
  [hodan, day(-90)],
] as const) {
  await as(app, coach).post(`/api/participants/${p.id}/enrolments`, {
    programmeId: programme.id,
    startedOn: start,
  });
}
await as(app, coach).post(`/api/participants/${amina.id}/team`, {
  userId: coach.userId,
  teamRole: 'coach',
  responsible: true,
});
await as(app, coach).post(`/api/participants/${amina.id}/team`, {
  userId: caseWorker.userId,
  teamRole: 'case_worker',
});

describe('the individual plan', () => {
  it('has goals linked to domains, and steps with an owner, a due date and a status; its history is kept', async () => {
    const withGoal = (
      await as(app, coach).post(`/api/participants/${amina.id}/plan/goals`, {
        title: 'Klara SFI kurs C',
        domainKey: 'swedish',
      })
    ).json();
    const goal = withGoal.goals[0];
    const withStep = await as(app, coach).post(`/api/plan-goals/${goal.id}/steps`, {
      title: 'Ansök om försörjningsstöd för kursmaterial',
      ownerUserId: caseWorker.userId,
      dueOn: day(-2),
    });
    expect(withStep.statusCode, withStep.body).toBe(201);
    const step = withStep.json().goals[0].steps[0];
    expect(step).toMatchObject({ ownerName: 'Test case_worker', status: 'todo', dueOn: day(-2) });
    const notices = (await as(app, caseWorker).get('/api/notifications')).json();
    expect(notices.map((n: { kind: string }) => n.kind)).toContain('plan.step_assigned');

    const done = await as(app, caseWorker).patch(`/api/plan-steps/${step.id}`, {
      status: 'doing',
      version: 0,
    });
    expect(done.json().goals[0].steps[0]).toMatchObject({ status: 'doing', version: 1 });
    const stale = await as(app, coach).patch(`/api/plan-steps/${step.id}`, { status: 'done', version: 0 });
    expect(stale.statusCode).toBe(409);
    // The answer carries the plan as it is now, so the form can show what changed.
    expect(stale.json().current.goals[0].steps[0]).toMatchObject({
      id: step.id,
      status: 'doing',
      version: 1,
    });
    // Sending the same title again changes nothing, and the history does not say it did.
    await as(app, coach).patch(`/api/plan-steps/${step.id}`, {
      title: step.title,
      status: 'doing',
      version: 1,
    });
    const plan = (await as(app, teacher).get(`/api/participants/${amina.id}/plan`)).json();
    expect(plan.history.map((h: { kind: string }) => h.kind)).toEqual([
      'step_updated',
      'step_created',
      'goal_created',
    ]);
  });

  it('gives a step only to a member of her team, or to her', async () => {
    const [goal] = (await as(app, coach).get(`/api/participants/${amina.id}/plan`)).json().goals;
    const outsider = await as(app, coach).post(`/api/plan-goals/${goal.id}/steps`, {
      title: 'X',
      ownerUserId: teacher.userId,
    });
    expect(outsider.statusCode).toBe(400);
    const hers = await as(app, coach).post(`/api/plan-goals/${goal.id}/steps`, {
      title: 'Öva med appen',
      ownerIsParticipant: true,
    });
    expect(hers.statusCode).toBe(201);
    const both = await as(app, coach).post(`/api/plan-goals/${goal.id}/steps`, {
      title: 'Y',
      ownerUserId: coach.userId,
      ownerIsParticipant: true,
    });
    expect(both.statusCode).toBe(400);
  });
});

describe('loose threads', () => {
  it('show the case worker her overdue step, and the coach what is loose in her caseload', async () => {
    const mine = (await as(app, caseWorker).get('/api/loose-threads')).json().items;
    expect(mine).toContainEqual(
      expect.objectContaining({
        kind: 'overdue_step',
        firstName: 'Amina',
        title: 'Ansök om försörjningsstöd för kursmaterial',
      }),
    );
    const coachThreads = (await as(app, coach).get('/api/loose-threads')).json().items;
    const kinds = coachThreads.map((t: { kind: string; firstName: string }) => `${t.kind}:${t.firstName}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['no_contact:Amina', 'assessment_due:Amina', 'exit_soon:Amina']),
    );
    expect(kinds).not.toContain('no_plan:Amina');
    expect(kinds.some((k: string) => k.endsWith('Hodan'))).toBe(false);
  });

  it('show the unit manager the whole unit, including a participant with no plan and no team', async () => {
    const unitThreads = (await as(app, manager).get('/api/loose-threads?scope=unit')).json().items;
    const kinds = unitThreads.map((t: { kind: string; firstName: string }) => `${t.kind}:${t.firstName}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['no_plan:Hodan', 'no_contact:Hodan', 'overdue_step:Amina']),
    );
    expect((await as(app, coach).get('/api/loose-threads?scope=unit')).statusCode).toBe(403);
  });

  it('let a recorded contact close the no-contact thread', async () => {
    await as(app, coach).post(`/api/participants/${amina.id}/contacts`, {
      kind: 'meeting',
      happenedAt: new Date().toISOString(),
    });
    const kinds = (await as(app, coach).get('/api/loose-threads'))
      .json()
      .items.map((t: { kind: string }) => t.kind);
    expect(kinds).not.toContain('no_contact');
  });

  it('cut each kind to a page, oldest first, with the totals, and page through one kind', async () => {
    // Five more participants of the unit without a plan, enrolled long ago.
    for (const name of ['Ayan', 'Bilan', 'Deka', 'Filsan', 'Hibo']) {
      const { id } = await createParticipant(db, unit.id, name, 'Sidaad');
      await as(app, coach).post(`/api/participants/${id}/enrolments`, {
        programmeId: programme.id,
        startedOn: '2025-01-01',
      });
    }
    const page = (q: string) => as(app, manager).get(`/api/loose-threads?scope=unit&${q}`);
    const first = (await page('perKind=2')).json();
    const noPlan = first.items.filter((t: { kind: string }) => t.kind === 'no_plan');
    expect(noPlan).toHaveLength(2);
    expect(first.counts.no_plan).toBeGreaterThanOrEqual(6);
    const total = first.counts.no_plan;
    const all: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const next = (await page(`kind=no_plan&perKind=2&offset=${offset}`)).json();
      expect(next.items.every((t: { kind: string }) => t.kind === 'no_plan')).toBe(true);
      expect(next.counts).toEqual({ no_plan: total });
      all.push(...next.items.map((t: { participantId: string }) => t.participantId));
    }
    expect(new Set(all).size).toBe(total);
    expect(all.slice(0, 2)).toEqual(noPlan.map((t: { participantId: string }) => t.participantId));
    expect((await page('perKind=0')).statusCode).toBe(400);
  });
});
