import { describe, expect, it } from 'vitest';
import { createTestApp } from '#tests/app.ts';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  staffCtx,
} from '#tests/factories.ts';
import { inTenant } from '../db/tenant.ts';
import { newId } from '../lib/ids.ts';
import { distanceTravelled } from './distance-travelled.ts';
import type { Scope } from './scope.ts';
import { seedDashboardFixture } from './test-fixture.ts';

// Migration 0032 keeps each assessment's domain ratings by triggers; they must equal a recount from the
// assessments' JSON after every kind of change, a merge included.
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

/**
 * Every assessment has its kept row, packed as one made from it now (a row kept before a new domain key had
 * its slot is shorter, and equal); and the ratings the rows hold, read back by slot, are those of a recount
 * from the JSON (numbers only, as the dashboards count them).
 */
async function expectExact() {
  const stale = await db.query(
    `select a.id from assessments a
       full join assessment_ratings r on r.assessment_id = a.id
       left join lateral assessment_rating_vector(a.domains) v on true
      where r.assessment_id is null or a.id is null
         or (r.unit_id, r.participant_id, r.assessed_on, r.created_at, r.ones, r.packed)
            is distinct from (a.unit_id, a.participant_id, a.assessed_on, a.created_at, v.ones, v.packed)`,
  );
  expect(stale.rows).toEqual([]);
  const kept = await db.query(
    `select r.assessment_id, d.domain, r.ratings[d.slot]::text as rating
       from assessment_ratings r join assessment_rating_domains d on r.ratings[d.slot] is not null
      order by 1, 2`,
  );
  const recount = await db.query(
    `select a.id as assessment_id, d.key as domain, (d.value ->> 'rating')::numeric::text as rating
       from assessments a cross join lateral jsonb_each(a.domains) d
      where jsonb_typeof(d.value -> 'rating') = 'number'
      order by 1, 2`,
  );
  expect(kept.rows).toEqual(recount.rows);
  return kept.rows;
}

const assess = (participantId: string, on: string, domains: Record<string, unknown>) =>
  db.query(
    `insert into assessments (id, unit_id, participant_id, template_id, assessed_on, assessed_by, domains)
     values ($1, $2, $3, '00000000-0000-7000-8000-000000000001', $4, $5, $6)`,
    [newId(), unitA.id, participantId, on, coach.userId, JSON.stringify(domains)],
  );

describe('kept assessment ratings (migration 0032)', () => {
  it('follow inserts, changed ratings, a moved unit and deletes exactly', async () => {
    expect(await expectExact()).toHaveLength(10);
    const her = await createParticipant(db, unitA.id, 'Sent', 'Bedömd');
    // A rating left out, one not a number and one with notes only are not counted.
    await assess(her.id, '2026-01-10', {
      swedish: { rating: 3 },
      health: { rating: null },
      family: { notes: 'x' },
    });
    // A new domain key gets a slot; a rating that is not a whole number is kept unpacked.
    await assess(her.id, '2026-02-10', { new_domain: { rating: 6 }, swedish: { rating: 4.5 } });
    const unpacked = await db.query<{ packed: string | null }>(
      `select r.packed from assessment_ratings r join assessments a on a.id = r.assessment_id
        where a.participant_id = $1 and a.assessed_on = '2026-02-10'`,
      [her.id],
    );
    expect(unpacked.rows).toEqual([{ packed: null }]);
    await assess(her.id, '2026-04-10', {
      swedish: { rating: 5 },
      health: { rating: 7 },
      economy: { rating: '4' },
    });
    await expectExact();
    await db.query(
      `update assessments set domains = jsonb_set(domains, '{health,rating}', '8') where participant_id = $1`,
      [her.id],
    );
    await db.query(`update assessments set version = version + 1 where participant_id = $1`, [her.id]);
    await expectExact();
    await db.query(
      `update assessments set unit_id = $1 where participant_id = $2 and assessed_on = '2026-01-10'`,
      [unitB.id, her.id],
    );
    await expectExact();
    await db.query(`delete from assessments where participant_id = $1 and assessed_on = '2026-04-10'`, [
      her.id,
    ]);
    await expectExact();
    await db.query(`delete from assessments where participant_id = $1`, [her.id]);
    await expectExact();
  });

  it('stay exact when a duplicate record is merged and the merge undone', async () => {
    const kept = await createParticipant(db, unitA.id, 'Dunia', 'Behållen');
    const duplicate = await createParticipant(db, unitA.id, 'Dunia', 'Dubblett');
    await assess(kept.id, '2026-02-01', { swedish: { rating: 2 } });
    await assess(duplicate.id, '2026-05-01', { swedish: { rating: 6 }, health: { rating: 4 } });
    const before = await expectExact();
    const asCoach = (sql: string, params: unknown[]) =>
      inTenant(staffCtx(db, coach), (tx) => tx.query(sql, params));
    const mergeId = newId();
    await asCoach('select merge_participant($1, $2, $3)', [mergeId, duplicate.id, kept.id]);
    expect(await expectExact()).toEqual(before);
    const moved = await db.query('select count(*)::int as n from assessments where participant_id = $1', [
      kept.id,
    ]);
    expect(moved.rows).toEqual([{ n: 2 }]);
    await asCoach('select undo_participant_merge($1)', [mergeId]);
    expect(await expectExact()).toEqual(before);
  });

  it('give the distance figure a recount from the JSON gives, packed or not', async () => {
    // People in the programme whose first and latest rate different domains, or rate in halves, or once.
    const [a, b, c, d] = fixture.people;
    await assess(a!, '2025-12-02', { swedish: { rating: 2 }, economy: { rating: 7 } });
    await assess(a!, '2026-02-02', { swedish: { rating: 5 }, family: { rating: 3 } });
    await assess(b!, '2025-12-03', { swedish: { rating: 2.5 }, health: { rating: 4 } });
    await assess(b!, '2026-03-03', { swedish: { rating: 6 }, health: { rating: 9 } });
    await assess(c!, '2026-01-04', { swedish: { rating: 10 }, health: { rating: 10 } });
    await assess(c!, '2026-01-04', { swedish: { rating: 1 }, health: { rating: 1 } });
    await assess(d!, '2026-01-05', { swedish: { rating: 8 } });
    const scope = {
      unitIds: [unitA.id],
      fromMonth: '2026-01',
      toMonth: '2026-06',
      from: '2026-01-01',
      to: '2026-06-30',
      activityId: null,
      programmeId: null,
      activityType: null,
      suppressed: false,
    } as Scope;
    const [figure, recount] = await db.transaction(async (tx) => {
      await tx.query(
        `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', $1, true),
                set_config('app.role', 'unit_manager', true), set_config('app.organisation_id', $2, true)`,
        [unitA.id, org.id],
      );
      const draft = await distanceTravelled(tx, scope);
      // The figure's query before 0032, over the assessments' JSON.
      const { rows } = await tx.query<{
        domain: string;
        people: number;
        first: string;
        latest: string;
        change: string;
      }>(
        `with picked as (
           select (array_agg(a.id order by a.assessed_on, a.created_at, a.id))[1] as first_id,
                  (array_agg(a.id order by a.assessed_on desc, a.created_at desc, a.id desc))[1] as latest_id
             from dashboard_assessments a
            where a.unit_id = $1 and a.assessed_on <= $2::date
              and a.participant_id in (select participant_id from dashboard_enrolments where started_on <= $2::date
                                        and (exited_on is null or exited_on >= $3::date))
            group by a.participant_id having count(*) >= 2)
         select f.domain, count(*)::int as people, avg(f.rating)::text as first, avg(l.rating)::text as latest,
                avg(l.rating - f.rating)::text as change
           from picked p
           join dashboard_assessment_ratings f on f.assessment_id = p.first_id
           join dashboard_assessment_ratings l on l.assessment_id = p.latest_id and l.domain = f.domain
          group by f.domain order by f.domain`,
        [unitA.id, scope.to, scope.from],
      );
      return [draft, rows] as const;
    });
    const round2 = (v: string) => Math.round(Number(v) * 100) / 100;
    expect(figure.rows.map((r) => [r.key, ...r.cells]).sort()).toEqual(
      recount.map((r) => [r.domain, r.people, round2(r.first), round2(r.latest), round2(r.change)]).sort(),
    );
    expect(figure.rows.map((r) => r.key).sort()).toEqual(['health', 'swedish']);
  });

  it('are not offered to the school, and a unit reads only its own', async () => {
    const read = (role: string, unitId: string) =>
      db.transaction(async (tx) => {
        await tx.query(
          `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', $1, true),
                  set_config('app.role', $2, true), set_config('app.organisation_id', $3, true)`,
          [unitId, role, org.id],
        );
        const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from assessment_ratings');
        return rows[0]!.n;
      });
    expect(await read('coach', unitA.id)).toBeGreaterThan(0);
    expect(await read('coach', unitB.id)).toBe(0);
    expect(await read('partner', unitA.id)).toBe(0);
  });
});
