import { expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import { addToDate, problemsOf, type StoredEntry } from './rules.ts';

/**
 * The validation report finds problems in SQL (a person's standing kept by esf_standing, read on a day by
 * esf_problems_on: migration 0036) and the case file in TypeScript (problemsOf): both must give the same problems
 * in the same order, for every kind of case, the days around each boundary (birthdays on the entry day, 28 days
 * and six months after leaving, leap days) included.
 */
it('esf_problems_on(esf_standing(…)) in SQL answers as problemsOf does', async () => {
  const db = await createTestDb();
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const cases = Array.from({ length: 3000 }, () => {
    const entryOn = pick(['2024-02-29', '2026-03-01', '2025-08-31', '2026-01-31']);
    const exitedOn = pick([null, '2025-08-31', '2026-01-31', '2024-02-29', '2026-04-01']);
    const today = exitedOn
      ? pick([
          addToDate(exitedOn, { days: 28 }),
          addToDate(exitedOn, { days: 29 }),
          addToDate(exitedOn, { months: 6 }),
          addToDate(addToDate(exitedOn, { months: 6 }), { days: -1 }),
        ])
      : '2026-06-01';
    const years = pick([17, 18, 29, 30, 54, 55]);
    const birthDate = pick([
      null,
      addToDate(entryOn, { months: -12 * years }),
      addToDate(addToDate(entryOn, { months: -12 * years }), { days: 1 }),
      '2000-02-29',
    ]);
    const status = pick([null, 'unemployed', 'inactive', 'employed']);
    const result6 = pick([null, true, false]);
    const entry: StoredEntry | null = pick([
      null,
      {
        gender: pick([null, 'woman']),
        labour_status: status,
        long_term_unemployed: pick([true, false]),
        education: pick([null, 'isced_3_4']),
        age_band: pick([null, 'under_18', '18_29', '30_54', '55_over']),
        result4_employed: pick([null, true, false]),
        result6_employed: result6,
        result6_improved: result6 === null ? null : pick([null, true]),
      },
    ]);
    return { entry, birthDate, entryOn, exitedOn, today };
  });
  const { rows } = await db.query<{ problems: string }>(
    `select esf_problems_on(s.problems, s.four_weeks_due, s.six_months_due, s.improved_missing, c.today)
              as problems
       from unnest($1::jsonb[], $2::date[], $3::date[], $4::date[], $5::date[]) with ordinality
            as c(e, birth, entry_on, exited_on, today, n)
       cross join lateral esf_standing(
              case when e is null then null else 'CODE' end, e ->> 'gender', e ->> 'labour_status',
              (e ->> 'long_term_unemployed')::boolean, e ->> 'education', e ->> 'age_band',
              (e ->> 'result4_employed')::boolean, (e ->> 'result6_employed')::boolean,
              (e ->> 'result6_improved')::boolean, c.birth, c.entry_on, c.exited_on) s
      order by c.n`,
    [
      cases.map((c) => (c.entry ? JSON.stringify(c.entry) : null)),
      cases.map((c) => c.birthDate),
      cases.map((c) => c.entryOn),
      cases.map((c) => c.exitedOn),
      cases.map((c) => c.today),
    ],
  );
  const mismatches = cases
    .map((c, i) => ({ c, sql: rows[i]!.problems.split(',').filter(Boolean), ts: problemsOf(c) }))
    .filter((m) => JSON.stringify(m.sql) !== JSON.stringify(m.ts));
  expect(mismatches.slice(0, 3)).toEqual([]);
  expect(new Set(rows.flatMap((r) => r.problems.split(',').filter(Boolean))).size).toBe(10);
  await db.close();
});
