import { monthsBetween } from '#shared/dashboards.ts';
import type { Queryable } from '../db/types.ts';
import type { Draft } from './figure.ts';
import { enrolmentsInScope, scopeParams, type Scope } from './scope.ts';

/** Participants over time: the people enrolled at some time in each month. */
export async function participantsOverTime(tx: Queryable, scope: Scope): Promise<Draft> {
  const { rows } = await tx.query<{ month: string; n: number }>(
    `select to_char(m, 'YYYY-MM') as month, count(distinct e.participant_id)::int as n
       from generate_series($2::date, $3::date, interval '1 month') m
       join (${enrolmentsInScope}) e
         on e.started_on < m + interval '1 month' and (e.exited_on is null or e.exited_on >= m)
      group by m`,
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
