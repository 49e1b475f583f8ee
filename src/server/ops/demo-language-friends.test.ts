import { describe, expect, it } from 'vitest';
import type { Volunteer, VolunteerSummary } from '#shared/volunteers.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { demoLanguageFriends } from './demo-language-friends.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coordinator = await createStaff(db, {
  organisationId: org.id,
  role: 'volunteer_coordinator',
  unitId: unit.id,
});
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const amina = await createParticipant(db, unit.id, 'Amina');
await db.query(`update participants set birth_date = '1985-01-01' where id = $1`, [amina.id]);

describe('demo language friends', () => {
  it('give the unit areas, volunteers in every screening status and a participant’s wish, read by the API', async () => {
    await demoLanguageFriends(db, {
      unitId: unit.id,
      coordinatorId: coordinator.userId,
      coachId: coach.userId,
    });
    const list = (await as(app, coordinator).get('/api/volunteers')).json() as VolunteerSummary[];
    expect(list.map((v) => v.status).sort()).toEqual([
      'approved',
      'declined',
      'interview_booked',
      'new',
      'paused',
    ]);
    expect(list[0]!.status).toBe('new');
    expect(list.every((v) => v.name!.includes('(DEMO)'))).toBe(true);
    const approved = list.find((v) => v.status === 'approved')!;
    const one = (await as(app, coordinator).get(`/api/volunteers/${approved.id}`)).json() as Volunteer;
    expect(one).toMatchObject({ interviewHeldAt: expect.any(String), references: [{ outcome: 'positive' }] });
    expect(one.recordExtractSeenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const areas = (await as(app, coordinator).get('/api/language-friend-areas')).json();
    expect(areas).toHaveLength(5);
    const wish = (await as(app, coach).get(`/api/participants/${amina.id}/language-friend-interest`)).json();
    expect(wish).toMatchObject({ version: 1, current: { interested: true, onlyWoman: true } });
  });
});
