import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitA.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unitA.id });
const coachB = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitB.id });
const amina = await createParticipant(db, unitA.id, 'Amina', 'Ali');

const programme = (
  await as(app, admin).post('/api/programmes', {
    name: 'Vägen vidare',
    funder: 'Europeiska socialfonden+',
    funderReference: '2024/00123',
    startsOn: '2025-01-01',
    endsOn: '2027-12-31',
  })
).json();

describe('programmes', () => {
  it('are created by an administrator and listed for staff', async () => {
    expect(programme).toMatchObject({ name: 'Vägen vidare', funder: 'Europeiska socialfonden+', version: 0 });
    expect((await as(app, coach).get('/api/programmes')).json().map((p: { name: string }) => p.name)).toEqual(
      ['Vägen vidare'],
    );
    expect(
      (await as(app, coach).post('/api/programmes', { name: 'X', startsOn: '2025-01-01' })).statusCode,
    ).toBe(403);
  });

  it('refuses an end before the start, naming the field', async () => {
    const res = await as(app, admin).post('/api/programmes', {
      name: 'Bakvänd',
      startsOn: '2025-06-01',
      endsOn: '2025-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toEqual(['endsOn']);
  });
});

describe('enrolment and exit', () => {
  it('enrols, exits with reason and status, and enrols again later', async () => {
    const enrolled = await as(app, coach).post(`/api/participants/${amina.id}/enrolments`, {
      programmeId: programme.id,
      startedOn: '2025-02-03',
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expect(enrolled.json()).toMatchObject({
      programmeName: 'Vägen vidare',
      startedOn: '2025-02-03',
      exitedOn: null,
    });
    const twice = await as(app, coach).post(`/api/participants/${amina.id}/enrolments`, {
      programmeId: programme.id,
      startedOn: '2025-03-01',
    });
    expect(twice.statusCode).toBe(409);

    const exit = await as(app, coach).post(`/api/enrolments/${enrolled.json().id}/exit`, {
      exitedOn: '2025-11-28',
      reason: 'employment',
      status: 'employed',
      version: 0,
    });
    expect(exit.json()).toMatchObject({
      exitedOn: '2025-11-28',
      exitReason: 'employment',
      exitStatus: 'employed',
      version: 1,
    });
    const stale = await as(app, coach).post(`/api/enrolments/${enrolled.json().id}/exit`, {
      exitedOn: '2025-11-29',
      reason: 'moved',
      status: 'other',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);

    const again = await as(app, coach).post(`/api/participants/${amina.id}/enrolments`, {
      programmeId: programme.id,
      startedOn: '2026-03-01',
    });
    expect(again.statusCode).toBe(201);
    const list = (await as(app, teacher).get(`/api/participants/${amina.id}/enrolments`)).json();
    expect(list.map((e: { startedOn: string }) => e.startedOn)).toEqual(['2026-03-01', '2025-02-03']);
  });

  it('refuses a start outside the programme’s period', async () => {
    const res = await as(app, coach).post(`/api/participants/${amina.id}/enrolments`, {
      programmeId: programme.id,
      startedOn: '2024-12-31',
    });
    expect(res.statusCode).toBe(400);
  });

  it('a teacher may read but not enrol; another unit sees nothing, and the attempt is audited', async () => {
    expect((await as(app, teacher).post(`/api/participants/${amina.id}/enrolments`, {})).statusCode).toBe(
      403,
    );
    const res = await as(app, coachB).get(`/api/participants/${amina.id}/enrolments`);
    expect(res.statusCode).toBe(404);
    const { rows } = await db.query(
      "select outcome from audit_log where actor_user_id = $1 and action = 'enrolment.list'",
      [coachB.userId],
    );
    expect(rows).toEqual([{ outcome: 'denied' }]);
  });
});
