import type { Queryable } from '../db/types.ts';
import { columnSums, type Draft } from './figure.ts';
import { enrolmentsInScope, scopeParams, type Scope } from './scope.ts';

/** Situations after a programme: the exit's status and the follow-up's situation on one scale. */
export const situations = [
  'employed',
  'in_studies',
  'job_seeking',
  'social_assistance',
  'inactive',
  'other',
] as const;

/** At exit, self-employment counts as employed and education as studies; follow-ups record neither apart. */
const exitSituation: Record<string, (typeof situations)[number]> = {
  employed: 'employed',
  self_employed: 'employed',
  in_education: 'in_studies',
  job_seeking: 'job_seeking',
  inactive: 'inactive',
  other: 'other',
};

/** What each column cannot hold: no exit status says social assistance, no follow-up says inactive. */
const notApplicable = { atExit: 'social_assistance', at6Months: 'inactive', at12Months: 'inactive' };

/**
 * Outcomes: the situation at exit for exits in the period, and 6 and 12 months after exit for follow-ups
 * due in the period and done.
 */
export async function outcomes(tx: Queryable, scope: Scope): Promise<Draft> {
  const { rows } = await tx.query<{ col: string; k: string; n: number }>(
    `with e as (${enrolmentsInScope})
     select 'exit' as col, e.exit_status as k, count(*)::int as n
       from e where e.exited_on between $2::date and $3::date group by e.exit_status
     union all
     select 'm' || f.months, f.situation, count(*)::int
       from dashboard_follow_ups f join e on e.id = f.enrolment_id
      where f.months in (6, 12) and f.due_on between $2::date and $3::date
      group by f.months, f.situation`,
    scopeParams(scope),
  );
  const counts = { atExit: new Map<string, number>(), at6Months: new Map(), at12Months: new Map() };
  for (const r of rows) {
    const column = r.col === 'exit' ? counts.atExit : r.col === 'm6' ? counts.at6Months : counts.at12Months;
    const k = r.col === 'exit' ? exitSituation[r.k]! : r.k;
    column.set(k, (column.get(k) ?? 0) + r.n);
  }
  const keys = ['atExit', 'at6Months', 'at12Months'] as const;
  const draftRows = situations.map((s) => ({
    key: s,
    cells: keys.map((c) => (notApplicable[c] === s ? null : (counts[c].get(s) ?? 0))),
  }));
  return {
    key: 'outcomes',
    chart: 'bar',
    columns: keys.map((key) => ({ key, measure: 'count' as const })),
    rows: draftRows,
    total: columnSums(draftRows, 3),
  };
}
