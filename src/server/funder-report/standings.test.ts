import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  staffCtx,
} from '#tests/factories.ts';
import { inTenant } from '../db/tenant.ts';
import { newId } from '../lib/ids.ts';

// Migration 0036 keeps each person's standing in the funder's validation report by triggers; the kept rows must
// equal a recount from enrolments, entry data and the register after every kind of change, a merge included.
const db = await createTestDb();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Örebro');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitA.id });
const programmeId = newId();
await db.query(
  `insert into programmes (id, organisation_id, name, starts_on) values ($1, $2, 'Vägen vidare', '2025-01-01')`,
  [programmeId, org.id],
);
afterAll(() => db.close());

/**
 * The standings 0032's report would compute now, for every programme and scope (the programme, and each unit
 * she was enrolled in), read with distinct on over whole tables rather than a person at a time.
 */
const recount = `
  with scoped as (
    select e.*, s.scope from enrolments e cross join lateral (values (null::uuid), (e.unit_id)) s (scope)),
  firsts as (
    select distinct on (programme_id, scope, participant_id) programme_id, scope, participant_id, unit_id, started_on
      from scoped order by programme_id, scope, participant_id, started_on, created_at),
  latests as (
    select distinct on (programme_id, scope, participant_id) programme_id, scope, participant_id, exited_on
      from scoped order by programme_id, scope, participant_id, started_on desc, created_at desc),
  entries as (
    select distinct on (participant_id, programme_id) * from esf_entries
     order by participant_id, programme_id, entry_on, created_at)
  select f.programme_id, f.scope as scope_unit_id, f.participant_id, f.unit_id,
         coalesce(x.code, esf_participant_code(f.participant_id, f.programme_id)) as code,
         v.problems, v.four_weeks_due::text, v.six_months_due::text, v.improved_missing
    from firsts f
    join participants p on p.id = f.participant_id and p.merged_into is null
    join latests l on l.programme_id = f.programme_id and l.participant_id = f.participant_id
                  and l.scope is not distinct from f.scope
    left join entries x on x.participant_id = f.participant_id and x.programme_id = f.programme_id
    cross join lateral esf_standing(x.code, x.gender, x.labour_status, x.long_term_unemployed, x.education,
                                    x.age_band, x.result4_employed, x.result6_employed, x.result6_improved,
                                    p.birth_date, coalesce(x.entry_on, f.started_on), l.exited_on) v
   order by 1, 2 nulls first, 3`;

async function expectExact() {
  const kept = await db.query(
    `select programme_id, scope_unit_id, participant_id, unit_id, code, problems, four_weeks_due::text,
            six_months_due::text, improved_missing
       from esf_standings order by 1, 2 nulls first, 3`,
  );
  expect(kept.rows).toEqual((await db.query(recount)).rows);
  return kept.rows;
}

const standingOf = async (participantId: string, scope: string | null = null) =>
  (
    await db.query<{ problems: string; four_weeks_due: string | null; six_months_due: string | null }>(
      `select problems, four_weeks_due::text, six_months_due::text, improved_missing from esf_standings
        where participant_id = $1 and programme_id = $2 and scope_unit_id is not distinct from $3`,
      [participantId, programmeId, scope],
    )
  ).rows[0];

const enrol = async (participantId: string, unitId: string, startedOn: string) => {
  const id = newId();
  await db.query(
    `insert into enrolments (id, unit_id, participant_id, programme_id, started_on) values ($1, $2, $3, $4, $5)`,
    [id, unitId, participantId, programmeId, startedOn],
  );
  return id;
};
const leave = (enrolmentId: string, on: string) =>
  db.query(
    `update enrolments set exited_on = $2, exit_reason = 'completed', exit_status = 'job_seeking' where id = $1`,
    [enrolmentId, on],
  );
const record = (participantId: string, entryOn: string, code: string) =>
  db.query(
    `insert into esf_entries (id, unit_id, participant_id, programme_id, code, entry_on, gender, labour_status,
                              age_band, education, created_by)
     values ($1, $2, $3, $4, $5, $6, 'woman', 'unemployed', '30_54', 'isced_3_4', $7)`,
    [newId(), unitA.id, participantId, programmeId, code, entryOn, coach.userId],
  );

describe('kept standings of the validation report (migration 0036)', () => {
  it('follow enrolments, exits, re-entries, entry data, birth dates and deletes exactly', async () => {
    const her = await createParticipant(db, unitA.id, 'Hodan', 'Warsame');
    const first = await enrol(her.id, unitA.id, '2026-01-10');
    expect(await standingOf(her.id)).toMatchObject({ problems: 'no_entry_data' });
    await record(her.id, '2026-01-10', 'AAAA-0000-0001');
    await expectExact();
    // No birth date in the register yet; then one that disagrees with the recorded age band.
    expect(await standingOf(her.id)).toMatchObject({ problems: 'missing_birth_date', four_weeks_due: null });
    await db.query(`update participants set birth_date = '2000-05-01' where id = $1`, [her.id]);
    expect(await standingOf(her.id)).toMatchObject({ problems: 'age_band_mismatch' });
    await db.query(`update participants set birth_date = '1980-05-01' where id = $1`, [her.id]);
    expect(await standingOf(her.id)).toMatchObject({ problems: '' });
    await leave(first, '2026-03-31');
    expect(await standingOf(her.id)).toMatchObject({
      four_weeks_due: '2026-04-29',
      six_months_due: '2026-09-30',
    });
    await db.query(
      `update esf_entries set result4_job_searching = true, result4_in_education = false,
              result4_qualification = false, result4_employed = false where participant_id = $1`,
      [her.id],
    );
    expect(await standingOf(her.id)).toMatchObject({ four_weeks_due: null, six_months_due: '2026-09-30' });
    await expectExact();
    // She comes back in another unit: the programme's report keeps her first unit and sees her in again.
    const again = await enrol(her.id, unitB.id, '2026-06-01');
    expect(await standingOf(her.id)).toMatchObject({ six_months_due: null });
    expect(await standingOf(her.id, unitA.id)).toMatchObject({ six_months_due: '2026-09-30' });
    expect(await standingOf(her.id, unitB.id)).toMatchObject({ six_months_due: null });
    await expectExact();
    await db.query(`update enrolments set unit_id = $1 where id = $2`, [unitA.id, again]);
    expect(await standingOf(her.id, unitB.id)).toBeUndefined();
    await expectExact();
    await db.query(`delete from esf_entries where participant_id = $1`, [her.id]);
    expect(await standingOf(her.id)).toMatchObject({ problems: 'no_entry_data', six_months_due: null });
    await db.query(`delete from enrolments where participant_id = $1`, [her.id]);
    expect(await standingOf(her.id)).toBeUndefined();
    await expectExact();
  });

  it('follow many rows in one statement', async () => {
    const people = await Promise.all(
      ['Amal', 'Berhane', 'Cem', 'Daria'].map((n) => createParticipant(db, unitB.id, n, 'Flersson')),
    );
    await db.query(
      `insert into enrolments (id, unit_id, participant_id, programme_id, started_on, exited_on, exit_reason,
                               exit_status)
       select gen_random_uuid(), $1, p, $2, '2026-02-01', '2026-05-01', 'moved', 'other' from unnest($3::uuid[]) p`,
      [unitB.id, programmeId, people.map((p) => p.id)],
    );
    // Entry data with nothing but the code: every rule meets a null.
    await db.query(
      `insert into esf_entries (id, unit_id, participant_id, programme_id, code, entry_on, created_by)
       select gen_random_uuid(), $1, p, $2, 'BBBB-0000-000' || n, '2026-02-01', $4
         from unnest($3::uuid[]) with ordinality as x (p, n)`,
      [unitB.id, programmeId, people.map((p) => p.id), coach.userId],
    );
    await expectExact();
    await db.query(
      `update enrolments set exited_on = null, exit_reason = null, exit_status = null
        where participant_id = any ($1::uuid[])`,
      [people.map((p) => p.id)],
    );
    expect((await expectExact()).filter((r) => people.some((p) => p.id === r.participant_id))).toHaveLength(
      8,
    );
  });

  it('stay exact when a duplicate record is merged and the merge undone', async () => {
    const kept = await createParticipant(db, unitA.id, 'Dunia', 'Behållen');
    const duplicate = await createParticipant(db, unitA.id, 'Dunia', 'Dubblett');
    await leave(await enrol(kept.id, unitA.id, '2026-04-01'), '2026-05-01');
    await enrol(duplicate.id, unitA.id, '2026-02-01');
    await record(duplicate.id, '2026-02-01', 'AAAA-0000-0002');
    const before = await expectExact();
    const asCoach = (sql: string, params: unknown[]) =>
      inTenant(staffCtx(db, coach), (tx) => tx.query(sql, params));
    const mergeId = newId();
    await asCoach('select merge_participant($1, $2, $3)', [mergeId, duplicate.id, kept.id]);
    await expectExact();
    // The record that stays has the duplicate's earlier entry and its data now; the duplicate has none.
    expect(await standingOf(duplicate.id)).toBeUndefined();
    expect(await standingOf(kept.id)).toMatchObject({ problems: 'missing_birth_date' });
    await asCoach('select undo_participant_merge($1)', [mergeId]);
    expect(await expectExact()).toEqual(before);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'keep both of two transactions that change the same person at once',
    async () => {
      const her = await createParticipant(db, unitA.id, 'Samtidig', 'Ändring');
      await db.query(`update participants set birth_date = '1980-05-01' where id = $1`, [her.id]);
      const enrolment = await enrol(her.id, unitA.id, '2026-01-10');
      await record(her.id, '2026-01-10', 'AAAA-0000-0003');
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      // The first leaves and waits before committing; the second records her four-week results meanwhile.
      const leaving = db.transaction(async (tx) => {
        await tx.query(
          `update enrolments set exited_on = '2026-03-31', exit_reason = 'completed', exit_status = 'job_seeking'
            where id = $1`,
          [enrolment],
        );
        await held;
      });
      const results = db.transaction((tx) =>
        tx.query(
          `update esf_entries set result4_job_searching = true, result4_in_education = false,
                  result4_qualification = false, result4_employed = false where participant_id = $1`,
          [her.id],
        ),
      );
      for (let waiting = 0; waiting === 0;) {
        await new Promise((r) => setTimeout(r, 20));
        const { rows } = await db.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`,
        );
        waiting = rows[0]!.n;
      }
      release();
      await Promise.all([leaving, results]);
      // Made from both: she has left (the six-month results are due) and her four-week results are in.
      expect(await standingOf(her.id)).toMatchObject({ four_weeks_due: null, six_months_due: '2026-09-30' });
      await expectExact();
    },
  );
});
