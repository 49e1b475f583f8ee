import { monthsBetween } from '#shared/dashboards.ts';
import type { Queryable } from '../db/types.ts';
import type { Draft } from './figure.ts';
import { enrolmentsInScope, scopeParams, type Scope } from './scope.ts';

/** Participants over time: the people enrolled at some time in each month. */
export async function participantsOverTime(tx: Queryable, scope: Scope): Promise<Draft> {
  // Each person's enrolments become the months of the period she was enrolled in, merged into disjoint spans
  // (range_agg); a span adds one from its first month and takes it away after its last, so a running sum over
  // the months counts each person once a month without a (month, person) row for every month.
  const { rows } = await tx.query<{ month: string; n: number }>(
    `with spans as (
       select unnest(range_agg(daterange(
                greatest(date_trunc('month', e.started_on)::date, $2::date),
                (date_trunc('month', least(coalesce(e.exited_on, $3::date), $3::date)) + interval '1 month')::date))) as r
         from (${enrolmentsInScope}) e
        where e.started_on <= $3::date and (e.exited_on is null or e.exited_on >= $2::date)
        group by e.participant_id),
     changes as (
       select x.month, sum(x.d) as d
         from (select lower(r) as month, 1 as d from spans union all select upper(r), -1 from spans) x
        group by x.month)
     select to_char(m, 'YYYY-MM') as month, (sum(coalesce(c.d, 0)) over (order by m))::int as n
       from generate_series($2::date, $3::date, interval '1 month') m
       left join changes c on c.month = m::date`,
    scopeParams(scope),
  );
  const byMonth = new Map(rows.map((r) => [r.month, r.n]));
  return {
    key: 'participants',
    chart: 'line',
    columns: [{ key: 'active', measure: 'count' }],
    rows: monthsBetween(scope.fromMonth, scope.toMonth).map((month) => ({
      key: month,
      cells: [byMonth.get(month) ?? 0],
    })),
    total: null,
  };
}
