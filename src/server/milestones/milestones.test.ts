import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unit.id });
const outsider = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: otherUnit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');

const programme = (
  await as(app, admin).post('/api/programmes', { name: 'Vägen vidare', startsOn: '2024-01-01' })
).json();

/** A Stockholm date `days` from today. */
const day = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

const milestones = (id: string) => `/api/participants/${id}/milestones`;
const auditOf = async (action: string, participantId: string) =>
  (
    await db.query<{ outcome: string }>(
      'select outcome from audit_log where action = $1 and participant_id = $2 order by id',
      [action, participantId],
    )
  ).rows.map((r) => r.outcome);

async function enrolAndExit(participantId: string, exitedOn: string) {
  const enrolment = await as(app, coach).post(`/api/participants/${participantId}/enrolments`, {
    programmeId: programme.id,
    startedOn: '2024-02-01',
  });
  expect(enrolment.statusCode, enrolment.body).toBe(201);
  const exit = await as(app, coach).post(`/api/enrolments/${enrolment.json().id}/exit`, {
    exitedOn,
    reason: 'employment',
    status: 'employed',
    version: enrolment.json().version,
  });
  expect(exit.statusCode, exit.body).toBe(200);
  return exit.json();
}

async function onTeam(participantId: string) {
  const res = await as(app, coach).post(`/api/participants/${participantId}/team`, {
    userId: coach.userId,
    teamRole: 'coach',
    responsible: true,
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

describe('milestones', () => {
  it('are recorded with the details of their kind, listed newest first, and audited', async () => {
    const sfi = await as(app, coach).post(milestones(amina.id), {
      kind: 'sfi_started',
      happenedOn: '2026-01-10',
      source: 'adult_education',
      sfiPath: 2,
      sfiCourse: 'B',
    });
    expect(sfi.statusCode, sfi.body).toBe(201);
    expect(sfi.json()).toMatchObject({ kind: 'sfi_started', sfiPath: 2, sfiCourse: 'B', corrects: null });
    const job = await as(app, coach).post(milestones(amina.id), {
      kind: 'employed',
      happenedOn: '2026-09-01',
      source: 'employment_service',
      employmentType: 'subsidised',
      hoursPerWeek: 30,
      note: 'Lönebidrag, lager',
    });
    expect(job.statusCode, job.body).toBe(201);
    expect(job.json()).toMatchObject({ hoursPerWeek: 30, recordedByName: coach.name });

    const read = await as(app, coach).get(milestones(amina.id));
    expect(read.statusCode).toBe(200);
    expect(read.json().milestones.map((m: { kind: string }) => m.kind)).toEqual(['employed', 'sfi_started']);
    expect(await auditOf('milestone.create', amina.id)).toEqual(['ok', 'ok']);
    expect(await auditOf('milestone.list', amina.id)).toEqual(['ok']);
  });

  it('refuse details that do not fit the kind, as problem details naming each field', async () => {
    const res = await as(app, coach).post(milestones(amina.id), {
      kind: 'sfi_passed',
      happenedOn: '2026-03-01',
      source: 'coach',
      sfiCourse: 'E',
      employmentType: 'unsubsidised',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = res.json().errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['sfiCourse']));
    const mixed = await as(app, coach).post(milestones(amina.id), {
      kind: 'sfi_passed',
      happenedOn: '2026-03-01',
      source: 'coach',
      employmentType: 'unsubsidised',
    });
    const mixedPaths = mixed.json().errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(mixedPaths).toEqual(
      expect.arrayContaining(['sfiPath', 'sfiCourse', 'sfiGrade', 'employmentType']),
    );
  });

  it('are not found for another unit, and the attempt is audited', async () => {
    expect((await as(app, outsider).get(milestones(amina.id))).statusCode).toBe(404);
    const write = await as(app, outsider).post(milestones(amina.id), {
      kind: 'left_social_assistance',
      happenedOn: '2026-03-01',
      source: 'coach',
    });
    expect(write.statusCode).toBe(404);
    expect(await auditOf('milestone.create', amina.id)).toContain('denied');
  });

  it('are corrected by a new row, and retracted, keeping what was recorded before', async () => {
    const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
    const first = (
      await as(app, coach).post(milestones(hodan.id), {
        kind: 'internship_started',
        happenedOn: '2026-04-01',
        source: 'coach',
      })
    ).json();
    const fixed = await as(app, coach).post(`${milestones(hodan.id)}/${first.id}/corrections`, {
      kind: 'internship_started',
      happenedOn: '2026-04-08',
      source: 'coach',
      note: 'Startade en vecka senare',
    });
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(fixed.json()).toMatchObject({ happenedOn: '2026-04-08', corrects: first.id });
    // The replaced one can no longer be corrected; the standing one can be retracted.
    const again = await as(app, coach).post(`${milestones(hodan.id)}/${first.id}/corrections`, {
      retract: true,
    });
    expect(again.statusCode).toBe(404);
    const retract = await as(app, coach).post(`${milestones(hodan.id)}/${fixed.json().id}/corrections`, {
      retract: true,
      note: 'Fel person',
    });
    expect(retract.statusCode, retract.body).toBe(201);
    expect((await as(app, coach).get(milestones(hodan.id))).json().milestones).toEqual([]);
    const kept = await db.query('select count(*)::int as n from milestones where participant_id = $1', [
      hodan.id,
    ]);
    expect(kept.rows[0]).toEqual({ n: 3 });
    await expect(db.query('delete from milestones where participant_id = $1', [hodan.id])).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('follow-ups after an exit', () => {
  it('are created at 3, 6 and 12 months in the exit, due ones show as loose threads, and her situation is recorded', async () => {
    const sara = await createParticipant(db, unit.id, 'Sara', 'Haile');
    await onTeam(sara.id);
    const exitedOn = day(-200);
    const enrolment = await enrolAndExit(sara.id, exitedOn);
    const { followUps } = (await as(app, coach).get(milestones(sara.id))).json();
    expect(followUps.map((f: { months: number; dueOn: string }) => [f.months, f.dueOn])).toEqual([
      [12, addMonths(exitedOn, 12)],
      [6, addMonths(exitedOn, 6)],
      [3, addMonths(exitedOn, 3)],
    ]);
    expect(followUps[0]).toMatchObject({ enrolmentId: enrolment.id, status: 'open', exitedOn });
    expect(await auditOf('follow_up.create', sara.id)).toEqual(['ok']);

    const threads = (await as(app, coach).get('/api/loose-threads')).json();
    const due = threads.items.filter(
      (t: { kind: string; participantId: string }) => t.kind === 'follow_up_due',
    );
    expect(due.map((t: { date: string }) => t.date)).toEqual([
      addMonths(exitedOn, 3),
      addMonths(exitedOn, 6),
    ]);
    expect(due[0].followUpId).toBe(followUps[2].id);
    const unitThreads = (
      await as(app, manager).get('/api/loose-threads?scope=unit&kind=follow_up_due')
    ).json();
    expect(unitThreads.counts.follow_up_due).toBe(2);

    const three = followUps[2];
    const bad = await as(app, coach).post(`/api/participants/${sara.id}/follow-ups/${three.id}`, {
      situation: 'job_seeking',
      hoursPerWeek: 20,
      doneOn: day(0),
      version: three.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toEqual(['hoursPerWeek']);
    const done = await as(app, coach).post(`/api/participants/${sara.id}/follow-ups/${three.id}`, {
      situation: 'employed',
      hoursPerWeek: 40,
      doneOn: day(0),
      note: 'Fast anställd sedan maj',
      version: three.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', situation: 'employed', doneByName: coach.name });
    const stale = await as(app, coach).post(`/api/participants/${sara.id}/follow-ups/${three.id}`, {
      situation: 'other',
      doneOn: day(0),
      version: three.version,
    });
    expect(stale.statusCode).toBe(409);
    const after = (await as(app, coach).get('/api/loose-threads?kind=follow_up_due')).json();
    expect(after.items.filter((t: { participantId: string }) => t.participantId === sara.id)).toHaveLength(1);
    expect(await auditOf('follow_up.record', sara.id)).toEqual(['ok']);
    expect(
      (await as(app, outsider).post(`/api/participants/${sara.id}/follow-ups/${three.id}`, {})).statusCode,
    ).toBe(400);
  });

  it('follow the organisation’s offsets, and a new enrolment cancels the open ones but keeps those done', async () => {
    const settings = (await as(app, admin).get('/api/outcome-settings')).json();
    expect(settings).toEqual({ followUpMonths: [3, 6, 12], otherMilestoneLabels: [], version: 0 });
    const changed = await as(app, admin).put('/api/outcome-settings', {
      followUpMonths: [24, 6, 6],
      otherMilestoneLabels: ['Körkort'],
      version: 0,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ followUpMonths: [6, 24], version: 1 });
    expect((await as(app, coach).put('/api/outcome-settings', changed.json() as object)).statusCode).toBe(
      403,
    );

    const lina = await createParticipant(db, unit.id, 'Lina', 'Nur');
    await enrolAndExit(lina.id, '2026-02-01');
    const { followUps, otherLabels } = (await as(app, coach).get(milestones(lina.id))).json();
    expect(otherLabels).toEqual(['Körkort']);
    expect(followUps.map((f: { months: number; dueOn: string }) => [f.months, f.dueOn])).toEqual([
      [24, '2028-02-01'],
      [6, '2026-08-01'],
    ]);
    const other = await as(app, coach).post(milestones(lina.id), {
      kind: 'other',
      happenedOn: '2026-03-01',
      source: 'coach',
      otherLabel: 'Truckkort',
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0].path).toEqual(['otherLabel']);

    const six = followUps[1];
    await as(app, coach).post(`/api/participants/${lina.id}/follow-ups/${six.id}`, {
      situation: 'in_studies',
      doneOn: '2026-08-03',
      version: six.version,
    });
    const back = await as(app, coach).post(`/api/participants/${lina.id}/enrolments`, {
      programmeId: programme.id,
      startedOn: '2026-09-01',
    });
    expect(back.statusCode, back.body).toBe(201);
    const now = (await as(app, coach).get(milestones(lina.id))).json().followUps;
    expect(
      now.map((f: { months: number; status: string; cancelReason: string | null }) => [
        f.months,
        f.status,
        f.cancelReason,
      ]),
    ).toEqual([
      [24, 'cancelled', 're_enrolled'],
      [6, 'done', null],
    ]);
    await as(app, admin).put('/api/outcome-settings', {
      followUpMonths: [3, 6, 12],
      otherMilestoneLabels: [],
      version: 1,
    });
  });
});

describe('a merge', () => {
  it('moves her milestones and follow-ups to the record that stays, and its undo moves them back', async () => {
    const kept = await createParticipant(db, unit.id, 'Nadia', 'Omar');
    const duplicate = await createParticipant(db, unit.id, 'Nadia', 'Omar');
    await as(app, coach).post(milestones(duplicate.id), {
      kind: 'studies_started',
      happenedOn: '2026-02-01',
      source: 'coach',
      studyForm: 'folk_high_school',
    });
    await enrolAndExit(duplicate.id, '2026-03-01');
    const merge = await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
      into: kept.id,
      version: 0,
      intoVersion: 0,
    });
    expect(merge.statusCode, merge.body).toBe(200);
    const moved = (await as(app, coach).get(milestones(kept.id))).json();
    expect(moved.milestones).toHaveLength(1);
    expect(moved.followUps).toHaveLength(3);
    expect((await as(app, coach).get(milestones(duplicate.id))).json()).toMatchObject({
      milestones: [],
      followUps: [],
    });
    const undo = await as(app, coach).post(`/api/participant-merges/${merge.json().id}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    const back = (await as(app, coach).get(milestones(duplicate.id))).json();
    expect(back.milestones).toHaveLength(1);
    expect(back.followUps).toHaveLength(3);
    expect((await as(app, coach).get(milestones(kept.id))).json().milestones).toEqual([]);
  });
});
