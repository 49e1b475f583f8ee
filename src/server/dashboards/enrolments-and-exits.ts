import { monthsBetween } from '#shared/dashboards.ts';
import type { Queryable } from '../db/types.ts';
import { columnSums, type Draft } from './figure.ts';
import { enrolmentsInScope, scopeParams, type Scope } from './scope.ts';

/** Enrolments started and ended per month, with the period's totals. */
export async function enrolmentsAndExits(tx: Queryable, scope: Scope): Promise<Draft> {
  const { rows } = await tx.query<{ month: string; started: number; exited: number }>(
    `with e as (${enrolmentsInScope})
     select month, sum(started)::int as started, sum(exited)::int as exited from (
       select to_char(started_on, 'YYYY-MM') as month, 1 as started, 0 as exited
         from e where started_on between $2::date and $3::date
       union all
       select to_char(exited_on, 'YYYY-MM'), 0, 1 from e where exited_on between $2::date and $3::date
     ) x group by month`,
    scopeParams(scope),
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const draftRows = monthsBetween(scope.fromMonth, scope.toMonth).map((month) => ({
    key: month,
    cells: [byMonth.get(month)?.started ?? 0, byMonth.get(month)?.exited ?? 0],
  }));
  return {
    key: 'enrolments',
    chart: 'line',
    columns: [
      { key: 'started', measure: 'count' },
      { key: 'exited', measure: 'count' },
    ],
    rows: draftRows,
    total: columnSums(draftRows, 2),
  };
}
