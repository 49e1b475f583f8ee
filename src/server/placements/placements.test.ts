import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const outsider = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: otherUnit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
await db.query(`update participants set identity_number = '199001012384' where id = $1`, [amina.id]);

const employer = async (session: typeof coach, body: Record<string, unknown>) => {
  const res = await as(app, session).post('/api/employers', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const goal = async (participantId: string, title: string, domainKey: string | null = null) => {
  const res = await as(app, coach).post(`/api/participants/${participantId}/plan/goals`, {
    title,
    domainKey,
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json().goals.find((g: { title: string }) => g.title === title);
};

const care = await employer(coach, {
  name: 'Solgårdens äldreboende',
  industry: 'Äldreomsorg',
  sniCode: '87301',
  offers: ['study_visit', 'job_shadowing', 'internship'],
  contacts: [{ name: 'Karin Berg', phone: '08-123 456', email: 'karin@solgarden.example' }],
});
const elsewhere = await employer(outsider, { name: 'Botkyrka Bygg AB', offers: ['internship'] });
const aminasGoal = await goal(amina.id, 'Arbeta inom vården', 'work_experience');
const hodansGoal = await goal(hodan.id, 'Körkort');

const placements = (participantId: string) => `/api/participants/${participantId}/placements`;
const valid = {
  employerId: care.id,
  kind: 'internship',
  supervisorContactName: 'karin berg',
  startsOn: '2027-02-01',
  endsOn: '2027-04-30',
  hoursPerWeek: 20,
  goalIds: [aminasGoal.id],
};

describe('placements', () => {
  it('are created with the employer’s contact person as supervisor and goals from her plan', async () => {
    const res = await as(app, coach).post(placements(amina.id), valid);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      employerId: care.id,
      employerName: 'Solgårdens äldreboende',
      kind: 'internship',
      supervisor: { name: 'Karin Berg', phone: '08-123 456', email: 'karin@solgarden.example' },
      startsOn: '2027-02-01',
      endsOn: '2027-04-30',
      hoursPerWeek: 20,
      status: 'planned',
      goalIds: [aminasGoal.id],
      notes: [],
      evaluations: [],
      version: 0,
    });
    const list = await as(app, teacher).get(placements(amina.id));
    expect(list.json().map((p: { id: string }) => p.id)).toEqual([res.json().id]);
    const { rows } = await db.query<{ action: string; participant_id: string }>(
      `select action, participant_id from audit_log where action like 'placement.%' order by id`,
    );
    expect(rows).toEqual([
      { action: 'placement.create', participant_id: amina.id },
      { action: 'placement.list', participant_id: amina.id },
    ]);
  });

  it('refuse an end before the start, with the field’s path', async () => {
    const res = await as(app, coach).post(placements(amina.id), { ...valid, endsOn: '2027-01-31' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: ['endsOn'] })]);
    const hours = await as(app, coach).post(placements(amina.id), { ...valid, hoursPerWeek: 61 });
    expect(hours.json().errors).toEqual([expect.objectContaining({ path: ['hoursPerWeek'] })]);
  });

  it('refuse another unit’s employer, another participant’s goals and an unknown contact person', async () => {
    const foreign = await as(app, coach).post(placements(amina.id), { ...valid, employerId: elsewhere.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([expect.objectContaining({ path: ['employerId'] })]);
    const goals = await as(app, coach).post(placements(amina.id), {
      ...valid,
      goalIds: [aminasGoal.id, hodansGoal.id],
    });
    expect(goals.statusCode).toBe(400);
    expect(goals.json().errors).toEqual([expect.objectContaining({ path: ['goalIds', 1] })]);
    const contact = await as(app, coach).post(placements(amina.id), {
      ...valid,
      supervisorContactName: 'Nobody',
    });
    expect(contact.json().errors).toEqual([expect.objectContaining({ path: ['supervisorContactName'] })]);
  });

  it('are changed at the version read; a stale version answers 409 with the current placement', async () => {
    const created = (await as(app, coach).post(placements(hodan.id), { ...valid, goalIds: [] })).json();
    const url = `${placements(hodan.id)}/${created.id}`;
    const first = await as(app, coach).patch(url, {
      status: 'ongoing',
      hoursPerWeek: 30,
      goalIds: [hodansGoal.id],
      supervisor: { name: 'Per Holm', email: 'per@example.test' },
      version: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'ongoing',
      hoursPerWeek: 30,
      goalIds: [hodansGoal.id],
      supervisor: { name: 'Per Holm', phone: null, email: 'per@example.test' },
      version: 1,
    });
    const stale = await as(app, coach).patch(url, { hoursPerWeek: 10, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { hoursPerWeek: 30, version: 1 },
    });
    const backwards = await as(app, coach).patch(url, { startsOn: '2027-05-01', version: 1 });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: ['startsOn'] })]);
    const ended = await as(app, coach).post(`${url}/end`, {
      endedOn: '2027-03-10',
      reason: 'Flyttade',
      version: 1,
    });
    expect(ended.json()).toMatchObject({ status: 'ended_early', endedEarlyOn: '2027-03-10', version: 2 });
    expect(
      (await as(app, coach).post(`${url}/end`, { endedOn: '2027-03-11', reason: 'x', version: 2 }))
        .statusCode,
    ).toBe(409);
  });

  it('keep follow-up notes append-only', async () => {
    const [placement] = (await as(app, coach).get(placements(amina.id))).json();
    const url = `${placements(amina.id)}/${placement.id}/notes`;
    await as(app, coach).post(url, { body: 'Första veckan gick bra.' });
    const res = await as(app, coach).post(url, { body: 'Trivs med kollegorna.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().notes.map((n: { body: string; authorName: string }) => [n.body, n.authorName])).toEqual(
      [
        ['Första veckan gick bra.', 'Test coach'],
        ['Trivs med kollegorna.', 'Test coach'],
      ],
    );
    await expect(db.query(`update placement_notes set body = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.query('delete from placement_notes')).rejects.toThrow(/append-only/);
  });

  it('stay in their unit and follow the permission matrix', async () => {
    expect((await as(app, outsider).get(placements(amina.id))).statusCode).toBe(404);
    expect((await as(app, outsider).post(placements(amina.id), valid)).statusCode).toBe(404);
    expect((await as(app, teacher).post(placements(amina.id), valid)).statusCode).toBe(403);
    const { rows } = await db.query(
      `select 1 from audit_log where action = 'placement.list' and outcome = 'denied' and participant_id = $1`,
      [amina.id],
    );
    expect(rows).toHaveLength(1);
  });
});

describe('evaluations by the supervisor', () => {
  const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');
  const open = (url: string) => app.inject({ method: 'GET', url: `/api/evaluations/${tokenOf(url)}` });
  const send = (url: string, body: unknown) =>
    app.inject({ method: 'POST', url: `/api/evaluations/${tokenOf(url)}`, payload: body as object });
  const answers = {
    answers: {
      ratings: { attendance: 5, cooperation: 4, work_tasks: 4, swedish_at_work: 3 },
      strengths: 'Noggrann och glad.',
      recommendation: 'Anställning',
    },
    submittedByName: 'Karin Berg',
  };
  const evaluationsOf = async (participantId: string) =>
    (await as(app, coach).get(placements(participantId))).json()[0].id as string;

  it('give a link shown once that opens a form with her first name only, answered once', async () => {
    const placementId = await evaluationsOf(amina.id);
    const res = await as(app, coach).post(`${placements(amina.id)}/${placementId}/evaluations`, {
      stage: 'midpoint',
      dueOn: '2027-03-15',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { url, evaluation } = res.json();
    expect(url).toMatch(/^http:\/\/localhost:3000\/evaluation#token=[\w-]{43}$/);
    expect(evaluation).toMatchObject({ stage: 'midpoint', dueOn: '2027-03-15', submittedAt: null });

    const form = await open(url);
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({
      participantFirstName: 'Amina',
      employerName: 'Solgårdens äldreboende',
      kind: 'internship',
      kindLabel: { sv: 'Praktik', en: 'Internship' },
      startsOn: '2027-02-01',
      endsOn: '2027-04-30',
    });
    expect(form.json().questions.map((q: { key: string }) => q.key)).toEqual([
      'attendance',
      'cooperation',
      'work_tasks',
      'swedish_at_work',
      'strengths',
      'to_develop',
      'recommendation',
    ]);
    expect(form.body).not.toMatch(/Ali|199001012384|0101-2384/);

    const bad = await send(url, { ...answers, answers: { ...answers.answers, ratings: { attendance: 6 } } });
    expect(bad.statusCode).toBe(400);
    expect((await send(url, answers)).statusCode).toBe(204);
    expect((await send(url, answers)).statusCode).toBe(410);
    const answered = await open(url);
    expect(answered.statusCode).toBe(410);
    expect(answered.json()).toMatchObject({ code: 'gone', reason: 'answered' });
    const [placement] = (await as(app, coach).get(placements(amina.id))).json();
    expect(placement.evaluations[0]).toMatchObject({
      stage: 'midpoint',
      submittedByName: 'Karin Berg',
      answers: answers.answers,
    });
    const again = await as(app, coach).post(`${placements(amina.id)}/${placementId}/evaluations`, {
      stage: 'midpoint',
      dueOn: '2027-03-20',
    });
    expect(again.statusCode).toBe(409);
    const { rows } = await db.query<{ action: string; outcome: string; participant_id: string }>(
      `select action, outcome, participant_id from audit_log where action like 'placement_evaluation.%' order by id`,
    );
    expect(rows.map((r) => [r.action, r.outcome, r.participant_id])).toEqual([
      ['placement_evaluation.request', 'ok', amina.id],
      ['placement_evaluation.open', 'ok', amina.id],
      ['placement_evaluation.submit', 'ok', amina.id],
      ['placement_evaluation.submit', 'denied', amina.id],
      ['placement_evaluation.open', 'denied', amina.id],
    ]);
    expect((await open(`http://x/evaluation#token=${'a'.repeat(43)}`)).statusCode).toBe(404);
  });

  it('stop working once expired', async () => {
    const placementId = await evaluationsOf(amina.id);
    const { url, evaluation } = (
      await as(app, coach).post(`${placements(amina.id)}/${placementId}/evaluations`, {
        stage: 'final',
        dueOn: '2027-04-30',
      })
    ).json();
    expect((await open(url)).statusCode).toBe(200);
    await db.query(
      `update placement_evaluations set expires_at = now() - interval '1 minute' where id = $1`,
      [evaluation.id],
    );
    const expired = await open(url);
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ code: 'gone', reason: 'expired' });
    expect((await send(url, answers)).statusCode).toBe(410);
  });

  it('are reminded of when due, not twice within three days, each time with a new link', async () => {
    const placementId = await evaluationsOf(hodan.id);
    await db.query(`update placements set status = 'ongoing', ended_early_on = null where id = $1`, [
      placementId,
    ]);
    const { url: first, evaluation } = (
      await as(app, coach).post(`${placements(hodan.id)}/${placementId}/evaluations`, {
        stage: 'final',
        dueOn: '2027-04-30',
      })
    ).json();
    await db.query(`update placement_evaluations set requested_at = '2027-04-01T08:00:00Z' where id = $1`, [
      evaluation.id,
    ]);
    const { dueEvaluationReminders } = await import('./evaluations.ts');
    const remind = (at: string) =>
      dueEvaluationReminders(db, new Date(at), { publicUrl: 'http://localhost:3000' });
    await db.query(`update placement_evaluations set expires_at = '2027-06-01T00:00:00Z' where id = $1`, [
      evaluation.id,
    ]);
    // Far from its due date: nothing yet.
    expect(await remind('2027-04-10T06:00:00Z')).toEqual([]);
    const [reminder, ...rest] = await remind('2027-04-28T06:00:00Z');
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({
      evaluationId: evaluation.id,
      participantId: hodan.id,
      stage: 'final',
      reminderCount: 1,
      supervisorEmail: 'per@example.test',
      employerName: 'Solgårdens äldreboende',
    });
    expect(reminder!.url).not.toBe(first);
    expect(await remind('2027-04-30T06:00:00Z')).toEqual([]);
    const [second] = await remind('2027-05-01T07:00:00Z');
    expect(second).toMatchObject({ reminderCount: 2 });

    expect((await open(first)).statusCode).toBe(404);
    expect((await open(reminder!.url)).statusCode).toBe(404);
    // The newest link is the one that works (the test clock is in 2027, the database's now() is today).
    expect((await open(second!.url)).statusCode).toBe(200);
    expect((await send(second!.url, answers)).statusCode).toBe(204);
    expect(await remind('2027-05-10T07:00:00Z')).toEqual([]);
    const { rows } = await db.query(
      `select 1 from audit_log where action = 'placement_evaluation.remind' and participant_id = $1`,
      [hodan.id],
    );
    expect(rows).toHaveLength(2);
  });
});

describe('employer suggestions', () => {
  it('match words from her kartläggning and plan and offers that fit her stage, with the reasons', async () => {
    const zainab = await createParticipant(db, unit.id, 'Zainab', 'Omar');
    const shop = await employer(coach, {
      name: 'Hörnbutiken',
      sniCode: '47111',
      notes: 'Tar gärna emot praktikanter i butiken.',
      offers: ['job'],
    });
    const kitchen = await employer(coach, { name: 'Restaurang Måltiden', offers: ['study_visit'] });
    await goal(zainab.id, 'Praktik i butik');
    const [template] = (await as(app, coach).get('/api/assessment-templates')).json();
    const assessed = await as(app, coach).post(`/api/participants/${zainab.id}/assessments`, {
      templateId: template.id,
      assessedOn: '2026-10-01',
      domains: {
        interests: { rating: 3, answers: { work: 'Jag vill arbeta inom vården, kanske äldreomsorg.' } },
        work_experience: { rating: 2, notes: 'Sålde kläder i en butik i Mogadishu.' },
        swedish: { rating: 2 },
      },
    });
    expect(assessed.statusCode, assessed.body).toBe(201);
    const res = await as(app, coach).get(`/api/participants/${zainab.id}/employer-suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const { stage, assessedOn, items } = res.json();
    expect([stage, assessedOn]).toEqual(['early', '2026-10-01']);
    expect(items.map((i: { name: string }) => i.name)).toEqual([
      'Solgårdens äldreboende',
      'Hörnbutiken',
      'Restaurang Måltiden',
    ]);
    expect(items[0].reasons).toEqual([
      { kind: 'interest_match', word: 'vården', field: 'interests', matched: 'sni' },
      { kind: 'interest_match', word: 'äldreomsorg', field: 'interests', matched: 'industry' },
      { kind: 'offer_fits_stage', offer: 'study_visit' },
      { kind: 'offer_fits_stage', offer: 'job_shadowing' },
    ]);
    expect(items[1].reasons).toEqual([
      { kind: 'interest_match', word: 'butik', field: 'work_experience', matched: 'notes' },
      { kind: 'goal_match', word: 'butik', goalId: expect.any(String) },
    ]);
    expect(items[2]).toMatchObject({
      employerId: kitchen.id,
      reasons: [{ kind: 'offer_fits_stage', offer: 'study_visit' }],
    });
    expect(items.some((i: { employerId: string }) => i.employerId === elsewhere.id)).toBe(false);
    expect(shop.id).toBe(items[1].employerId);
    const { rows } = await db.query(
      `select details from audit_log where action = 'employer_suggestion.list' and participant_id = $1`,
      [zainab.id],
    );
    expect(rows).toEqual([{ details: { stage: 'early', returned: 3 } }]);
    expect(
      (await as(app, outsider).get(`/api/participants/${zainab.id}/employer-suggestions`)).statusCode,
    ).toBe(404);
  });
});
