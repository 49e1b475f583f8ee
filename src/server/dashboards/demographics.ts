import { smallestShown } from '#shared/dashboards.ts';
import type { Queryable } from '../db/types.ts';
import { columnSums, type Draft } from './figure.ts';
import { peopleInScope, scopeParams, type Scope } from './scope.ts';

const people = [{ key: 'participants', measure: 'count' }] as const;

/** Counts by category in a fixed order, every category shown (none is a zero), with the total. */
async function byCategory(
  tx: Queryable,
  scope: Scope,
  key: 'gender' | 'age',
  categorySql: string,
  categories: readonly string[],
): Promise<Draft> {
  const { rows } = await tx.query<{ k: string; n: number }>(
    `select ${categorySql} as k, count(*)::int as n
       from dashboard_participants p
      where p.unit_id = any($1::uuid[]) and p.id in (${peopleInScope})
      group by 1`,
    scopeParams(scope),
  );
  const byKey = new Map(rows.map((r) => [r.k, r.n]));
  const draftRows = categories.map((k) => ({ key: k, cells: [byKey.get(k) ?? 0] }));
  return { key, chart: 'bar', columns: [...people], rows: draftRows, total: columnSums(draftRows, 1) };
}

export const genders = ['woman', 'man', 'non_binary', 'not_stated'] as const;

export const gender = (tx: Queryable, scope: Scope) =>
  byCategory(tx, scope, 'gender', `coalesce(p.gender, 'not_stated')`, genders);

/** Age bands as the funder counts them (under 18, 18–29, 55 and over), with 30–54 between; age at the period's end. */
export const ageBands = ['under_18', '18_29', '30_54', '55_plus', 'unknown'] as const;

export const age = (tx: Queryable, scope: Scope) =>
  byCategory(
    tx,
    scope,
    'age',
    `case when p.birth_date is null then 'unknown'
          when age($3::date, p.birth_date) < interval '18 years' then 'under_18'
          when age($3::date, p.birth_date) < interval '30 years' then '18_29'
          when age($3::date, p.birth_date) < interval '55 years' then '30_54'
          else '55_plus' end`,
    ageBands,
  );

/** How many languages the figure lists. */
export const topLanguages = 8;

/**
 * The languages spoken most (a person counts for each of hers, so there is no total). Organisation-wide, a
 * language spoken by fewer than five is not listed at all: that it is spoken in a unit could point at someone.
 */
export async function languages(tx: Queryable, scope: Scope): Promise<Draft> {
  const { rows } = await tx.query<{ k: string; n: number }>(
    `select l as k, count(*)::int as n
       from dashboard_participants p cross join lateral unnest(p.languages) l
      where p.unit_id = any($1::uuid[]) and p.id in (${peopleInScope})
      group by l
     having count(*) >= $7
      order by n desc, l
      limit ${topLanguages}`,
    [...scopeParams(scope), scope.suppressed ? smallestShown : 1],
  );
  return {
    key: 'languages',
    chart: 'bar',
    columns: [...people],
    rows: rows.map((r) => ({ key: r.k, cells: [r.n] })),
    total: null,
  };
}
