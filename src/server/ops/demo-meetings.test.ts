import { describe, expect, it } from 'vitest';
import type { Meeting } from '#shared/meetings.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { demoMeetings } from './demo-meetings.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const caseWorker = await createStaff(db, { organisationId: org.id, role: 'case_worker', unitId: unit.id });
const people: { id: string }[] = [];
for (const name of ['Amina', 'Hodan', 'Yonas', 'Olena'])
  people.push(await createParticipant(db, unit.id, name));

describe('demo meetings', () => {
  it('give one in three participants a coming, a held and a cancelled meeting the API reads', async () => {
    await demoMeetings(db, { unitId: unit.id, coachId: coach.userId, caseWorkerId: caseWorker.userId });
    const lists = await Promise.all(
      people.map(
        async (p) => (await as(app, coach).get(`/api/participants/${p.id}/meetings`)).json() as Meeting[],
      ),
    );
    expect(lists.map((l) => l.length).sort()).toEqual([0, 0, 3, 3]);
    const one = lists.find((l) => l.length)!;
    expect(one.map((m) => m.status).sort()).toEqual(['cancelled', 'held', 'planned']);
    expect(one.find((m) => m.status === 'planned')).toMatchObject({
      interpreterLanguage: 'ar',
      staff: expect.arrayContaining([{ id: caseWorker.userId, name: caseWorker.name }]),
    });
    expect(Date.parse(one.find((m) => m.status === 'planned')!.startsAt)).toBeGreaterThan(Date.now());
  });
});
