import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const school = await createStaff(db, { organisationId: org.id, role: 'partner', unitId: unit.id });
const otherSchool = await createStaff(db, { organisationId: org.id, role: 'partner', unitId: otherUnit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
await db.query(
  `update participants set birth_date = '1990-05-04', languages = '{so,ar}', phone = '0701234567'
    where id = $1`,
  [amina.id],
);

const give = async (participantId: string, purpose = 'adult_education') => {
  const res = await as(app, coach).post(`/api/participants/${participantId}/consents`, {
    purpose,
    givenOn: '2026-01-05',
    method: 'written',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const sfiPassed = {
  kind: 'sfi_passed',
  happenedOn: '2026-06-10',
  source: 'coach',
  sfiPath: 2,
  sfiCourse: 'C',
  sfiGrade: 'passed',
  nationalTest: 'passed',
};
const partner = (id = '') => `/api/partner/participants${id ? `/${id}` : ''}`;

/** What rodtrad_app sees with the school's context set, without the services' filters. */
async function rawAsSchool(sql: string) {
  return db.transaction(async (tx) => {
    await tx.query(
      `select set_config('app.organisation_id', $1, true), set_config('app.unit_id', $2, true),
              set_config('app.user_id', $3, true), set_config('app.role', 'partner', true),
              set_config('role', 'rodtrad_app', true)`,
      [org.id, unit.id, school.userId],
    );
    return (await tx.query<{ id: string; participant_id?: string }>(sql)).rows;
  });
}

describe('the adult-education school (partner)', () => {
  it('sees nobody without a consent to share with the school, and another purpose is not enough', async () => {
    await give(hodan.id, 'employment_service');
    expect((await as(app, school).get(partner())).json()).toEqual([]);
    const open = await as(app, school).get(partner(amina.id));
    expect(open.statusCode).toBe(404);
    const write = await as(app, school).post(`${partner(amina.id)}/milestones`, sfiPassed);
    expect(write.statusCode).toBe(404);
    const denied = await db.query(
      `select action from audit_log where participant_id = $1 and outcome = 'denied' and actor_user_id = $2`,
      [amina.id, school.userId],
    );
    expect(denied.rows.map((r) => r.action).sort()).toEqual(['milestone.create', 'partner.participant_read']);
    // Nor does the case file open to her through the staff routes.
    expect((await as(app, school).get(`/api/participants/${amina.id}/milestones`)).statusCode).toBe(403);
    expect((await as(app, school).get(`/api/participants/${amina.id}`)).statusCode).toBe(403);
  });

  it('with consent sees her minimal profile and study milestones only, and records study progress', async () => {
    const consent = await give(amina.id);
    await as(app, coach).post(`/api/participants/${amina.id}/milestones`, {
      kind: 'sfi_started',
      happenedOn: '2026-01-10',
      source: 'coach',
      sfiPath: 2,
    });
    await as(app, coach).post(`/api/participants/${amina.id}/milestones`, {
      kind: 'employed',
      happenedOn: '2026-09-01',
      source: 'coach',
      employmentType: 'unsubsidised',
    });
    const list = (await as(app, school).get(partner())).json();
    expect(list).toEqual([
      { id: amina.id, firstName: 'Amina', lastName: 'Ali', birthYear: 1990, languages: ['so', 'ar'] },
    ]);
    const record = await as(app, school).get(partner(amina.id));
    expect(record.statusCode).toBe(200);
    expect(record.json().milestones.map((m: { kind: string }) => m.kind)).toEqual(['sfi_started']);
    expect(JSON.stringify(record.json())).not.toContain('0701234567');

    const passed = await as(app, school).post(`${partner(amina.id)}/milestones`, sfiPassed);
    expect(passed.statusCode, passed.body).toBe(201);
    expect(passed.json()).toMatchObject({ kind: 'sfi_passed', source: 'adult_education', sfiCourse: 'C' });
    const notStudy = await as(app, school).post(`${partner(amina.id)}/milestones`, {
      kind: 'employed',
      happenedOn: '2026-09-01',
      source: 'adult_education',
      employmentType: 'unsubsidised',
    });
    expect(notStudy.statusCode).toBe(400);
    expect(notStudy.json().errors[0].path).toEqual(['kind']);
    // The coach sees what the school recorded.
    const coachView = (await as(app, coach).get(`/api/participants/${amina.id}/milestones`)).json();
    expect(coachView.milestones.map((m: { kind: string }) => m.kind)).toEqual([
      'employed',
      'sfi_passed',
      'sfi_started',
    ]);
    // Another unit's school sees none of it.
    expect((await as(app, otherSchool).get(partner())).json()).toEqual([]);
    expect((await as(app, otherSchool).get(partner(amina.id))).statusCode).toBe(404);

    // The database says the same: only the consented participant, only her study milestones, no case file.
    expect((await rawAsSchool('select id from participants')).map((r) => r.id)).toEqual([amina.id]);
    const rawMilestones = await rawAsSchool('select id, participant_id, kind from milestones');
    expect(rawMilestones.map((r) => (r as unknown as { kind: string }).kind).sort()).toEqual([
      'sfi_passed',
      'sfi_started',
    ]);
    for (const table of ['consents', 'enrolments', 'journal_entries', 'follow_ups', 'contacts'])
      expect(await rawAsSchool(`select * from ${table}`), table).toEqual([]);

    // After withdrawal she is gone at once, with the milestone the school recorded itself.
    const withdraw = await as(app, coach).post(`/api/consents/${consent.id}/withdraw`, {
      withdrawnOn: '2026-10-01',
      method: 'oral',
    });
    expect(withdraw.statusCode, withdraw.body).toBe(200);
    expect((await as(app, school).get(partner())).json()).toEqual([]);
    expect((await as(app, school).get(partner(amina.id))).statusCode).toBe(404);
    expect((await as(app, school).post(`${partner(amina.id)}/milestones`, sfiPassed)).statusCode).toBe(404);
    expect(await rawAsSchool('select id from participants')).toEqual([]);
    expect(await rawAsSchool('select id from milestones')).toEqual([]);
    // The coach still has all three.
    expect(
      (await as(app, coach).get(`/api/participants/${amina.id}/milestones`)).json().milestones,
    ).toHaveLength(3);
  });

  it('is refused by every tenant table that holds case data, including tables added after migration 0018', async () => {
    // A new table with a unit or a participant must call deny_partner() in its migration (or be listed here
    // with the reason the school may read it).
    const open = await db.query<{ table: string }>(
      `select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and not a.attisdropped
                       and a.attname in ('unit_id', 'participant_id'))
          and c.relname not in ('units', 'users', 'memberships', 'audit_log', 'notifications')
          and not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                            and p.permissive = 'RESTRICTIVE' and p.qual like '%partner%')
          and c.relname <> 'milestones'
        order by 1`,
    );
    expect(open.rows.map((r) => r.table)).toEqual([]);
  });
});
