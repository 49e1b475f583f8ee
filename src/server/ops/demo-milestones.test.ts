import { describe, expect, it } from 'vitest';
import type { Outcomes, PartnerParticipant } from '#shared/milestones.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { demoMilestones } from './demo-milestones.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unit.id });
const school = await createStaff(db, { organisationId: org.id, role: 'partner', unitId: unit.id });
const programme = (
  await as(app, admin).post('/api/programmes', { name: 'DEMO Vägen vidare', startsOn: '2020-01-01' })
).json();
for (const name of ['Amina', 'Hodan', 'Yonas', 'Olena', 'Sara', 'Lina']) {
  const p = await createParticipant(db, unit.id, name);
  await as(app, coach).post(`/api/participants/${p.id}/enrolments`, {
    programmeId: programme.id,
    startedOn: '2024-01-01',
  });
  await as(app, coach).post(`/api/participants/${p.id}/consents`, {
    purpose: 'adult_education',
    givenOn: '2024-01-01',
    method: 'oral',
  });
}

describe('demo milestones', () => {
  it('give the school study steps to see, one withdrawal, and two exits with a follow-up due', async () => {
    await demoMilestones(db, { unitId: unit.id, coachId: coach.userId, partnerId: school.userId });
    const ids = (
      await db.query<{ id: string }>('select id from participants where unit_id = $1 order by id', [unit.id])
    ).rows.map((r) => r.id);
    const outcomes = await Promise.all(
      ids.map(
        async (id) => (await as(app, coach).get(`/api/participants/${id}/milestones`)).json() as Outcomes,
      ),
    );
    expect(outcomes[0]!.milestones.map((m) => m.kind)).toEqual(['sfi_passed', 'sfi_started']);
    expect(outcomes[1]!.milestones.map((m) => m.kind)).toEqual([
      'internship_completed',
      'internship_started',
      'employed',
    ]);
    expect(outcomes.filter((o) => o.followUps.length === 3)).toHaveLength(2);

    const listed = (await as(app, school).get('/api/partner/participants')).json() as PartnerParticipant[];
    expect(listed.map((p) => p.id).sort()).toEqual(ids.filter((_, i) => i !== 5).sort());
    const threads = (await as(app, manager).get('/api/loose-threads?scope=unit&kind=follow_up_due')).json();
    expect(threads.counts.follow_up_due).toBe(2);
  });
});
