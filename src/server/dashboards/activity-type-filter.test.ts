import { expect, it } from 'vitest';
import type { DashboardScope } from '#shared/dashboards.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createStaff, createUnit } from '#tests/factories.ts';
import { newId } from '../lib/ids.ts';
import { figureReader, period, table } from './test-figures.ts';
import { seedDashboardFixture } from './test-fixture.ts';

// Filtering by a kind of activity counts everyone taking part in any activity of that kind (archived ones
// too), and attendance at their sessions only. The fixture's one activity, SFI in unit A, has persons 5–8.
const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unitA.id });
const analyst = await createStaff(db, { organisationId: org.id, role: 'analyst' });
const fixture = await seedDashboardFixture(db, {
  organisationId: org.id,
  unitA: unitA.id,
  unitB: unitB.id,
  staffUserId: manager.userId,
});
const { rows } = await db.query<{ type: string }>('select type from activities where id = $1', [
  fixture.activityId,
]);
const sfiType = rows[0]!.type;
const otherType = sfiType === 'health_school' ? 'parent_support' : 'health_school';

// An archived activity of the other kind in unit B, with three of B's women.
const archived = newId();
await db.query(
  `insert into activities (id, unit_id, type, title, archived_at) values ($1, $2, $3, 'Hälsoskola våren', now())`,
  [archived, unitB.id, otherType],
);
const { rows: womenOfB } = await db.query<{ id: string }>(
  'select id from participants where unit_id = $1 order by id limit 3',
  [unitB.id],
);
for (const w of womenOfB) {
  await db.query(
    `insert into activity_participants (activity_id, participant_id, unit_id, joined_on) values ($1, $2, $3, '2026-03-01')`,
    [archived, w.id, unitB.id],
  );
}

const get = figureReader(app);

it('counts the people and the attendance of a kind of activity as of its one activity', async () => {
  for (const figure of ['gender', 'participants', 'attendance', 'outcomes', 'milestones']) {
    expect(table(await get(manager, figure, `&activityType=${sfiType}`)), figure).toEqual(
      table(await get(manager, figure, `&activityId=${fixture.activityId}`)),
    );
  }
  expect(table(await get(manager, 'gender', `&activityType=${sfiType}`)).total).toEqual([4]);
  // A kind with no activity in the unit counts no one.
  expect(table(await get(manager, 'gender', `&activityType=${otherType}`)).total).toEqual([0]);
  const noMarks = table(await get(manager, 'attendance', `&activityType=${otherType}`));
  expect(noMarks.total).toEqual([0, 0, 0]);
});

it('counts an archived activity’s people across the programme, with small counts hidden', async () => {
  const all = table(await get(analyst, 'gender'));
  const ofKind = table(await get(analyst, 'gender', `&activityType=${otherType}`));
  expect(all.total).toEqual([18]);
  // Three women of unit B: fewer than five, so hidden.
  expect(ofKind.total).toEqual([{ suppressed: true }]);
  const sfi = table(await get(analyst, 'gender', `&activityType=${sfiType}&units=${unitA.id}`));
  expect(sfi.total).toEqual([{ suppressed: true }]);
});

it('offers the kinds with their names, each activity with its kind, and refuses an unknown kind', async () => {
  const scope = (await as(app, manager).get('/api/dashboards')).json() as DashboardScope;
  expect(scope.activityTypes).toContainEqual(expect.objectContaining({ key: sfiType }));
  expect(scope.activityTypes.every((k) => k.labelSv && k.labelEn)).toBe(true);
  expect(scope.activities).toEqual([
    { id: fixture.activityId, unitId: unitA.id, title: 'SFI grupp', type: sfiType },
  ]);
  const unknown = await as(app, manager).get(`/api/dashboards/gender?${period}&activityType=no_such_kind`);
  expect(unknown.statusCode).toBe(404);
  const malformed = await as(app, manager).get(`/api/dashboards/gender?${period}&activityType=DROP%20TABLE`);
  expect(malformed.statusCode).toBe(400);
});
