import { describe, expect, it } from 'vitest';
import { createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { seedDashboardFixture } from './test-fixture.ts';

// Migration 0031 keeps attendance counts per session and unit by triggers; they must equal a recount of the
// marks after every kind of change, a merge included.
const { db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitA.id });
const fixture = await seedDashboardFixture(db, {
  organisationId: org.id,
  unitA: unitA.id,
  unitB: unitB.id,
  staffUserId: coach.userId,
});
const sessions = (
  await db.query<{ id: string }>(
    'select id from activity_sessions where activity_id = $1 order by starts_at',
    [fixture.activityId],
  )
).rows.map((r) => r.id);

/** The kept counts, without sessions whose marks are all gone, against a recount of the marks. */
async function expectExact() {
  const kept = await db.query(
    `select session_id, unit_id, marked, present from attendance_session_counts where marked > 0
      order by session_id, unit_id`,
  );
  const recount = await db.query(
    `select session_id, unit_id, count(*)::int as marked, (count(*) filter (where status = 'present'))::int as present
       from attendance group by session_id, unit_id order by session_id, unit_id`,
  );
  expect(kept.rows).toEqual(recount.rows);
  return kept.rows;
}

describe('attendance counts per session (migration 0031)', () => {
  it('follow inserts, corrections, moves and deletes of marks exactly', async () => {
    expect(await expectExact()).toHaveLength(3);
    const late = await createParticipant(db, unitA.id, 'Sent', 'Anmäld');
    await db.query(
      `insert into attendance (session_id, participant_id, unit_id, status, recorded_by)
       select s, $2, $3, 'present', $4 from unnest($1::uuid[]) s`,
      [sessions, late.id, unitA.id, coach.userId],
    );
    await expectExact();
    await db.query(`update attendance set status = 'absent' where participant_id = $1 and session_id = $2`, [
      late.id,
      sessions[0],
    ]);
    await db.query(`update attendance set status = 'present' where status = 'excused'`);
    await expectExact();
    await db.query(`delete from attendance where participant_id = $1 and session_id = $2`, [
      late.id,
      sessions[1],
    ]);
    await db.query(`update attendance set session_id = $1 where participant_id = $2 and session_id = $3`, [
      sessions[1],
      late.id,
      sessions[2],
    ]);
    await expectExact();
    await db.query(`delete from attendance where participant_id = $1`, [late.id]);
    await expectExact();
  });

  it('stay exact when a duplicate record is merged', async () => {
    const kept = await createParticipant(db, unitA.id, 'Dunia', 'Behållen');
    const duplicate = await createParticipant(db, unitA.id, 'Dunia', 'Dubblett');
    await db.query(
      `insert into attendance (session_id, participant_id, unit_id, status, recorded_by)
       values ($1, $3, $5, 'present', $6), ($2, $3, $5, 'absent', $6), ($2, $4, $5, 'present', $6)`,
      [sessions[0], sessions[1], kept.id, duplicate.id, unitA.id, coach.userId],
    );
    const before = await expectExact();
    await db.transaction(async (tx) => {
      await tx.query(
        `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', $1, true),
                set_config('app.role', 'coach', true), set_config('app.user_id', $2, true),
                set_config('app.organisation_id', $3, true)`,
        [unitA.id, coach.userId, org.id],
      );
      await tx.query('select merge_participant(gen_random_uuid(), $1, $2)', [duplicate.id, kept.id]);
    });
    // Her mark at the first session moved to the kept record; the one at a session both had marked stayed.
    expect(await expectExact()).toEqual(before);
    expect(
      (await db.query('select count(*)::int as n from attendance where participant_id = $1', [kept.id])).rows,
    ).toEqual([{ n: 2 }]);
  });

  it('are not offered to the school, and a unit reads only its own', async () => {
    const read = (role: string, unitId: string) =>
      db.transaction(async (tx) => {
        await tx.query(
          `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', $1, true),
                  set_config('app.role', $2, true), set_config('app.organisation_id', $3, true)`,
          [unitId, role, org.id],
        );
        const { rows } = await tx.query<{ n: number }>(
          'select count(*)::int as n from attendance_session_counts',
        );
        return rows[0]!.n;
      });
    expect(await read('coach', unitA.id)).toBeGreaterThan(0);
    expect(await read('coach', unitB.id)).toBe(0);
    expect(await read('partner', unitA.id)).toBe(0);
  });
});
