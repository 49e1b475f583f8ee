import type { Queryable } from '../db/types.ts';
import type { Draft } from './figure.ts';
import { peopleInScope, scopeParams, type Scope } from './scope.ts';

/** The steps closer to the labour market, in the order a path usually takes them ("other" left out). */
export const funnelSteps = [
  'sfi_started',
  'sfi_passed',
  'studies_started',
  'internship_started',
  'internship_completed',
  'employed',
  'left_social_assistance',
] as const;

/**
 * The milestone funnel: of the people enrolled in the period, how many have reached each step (a milestone
 * that stands, on or before the period's end). A person counts once per step however often she reached it.
 */
export async function milestoneFunnel(tx: Queryable, scope: Scope): Promise<Draft> {
  const { rows } = await tx.query<{ k: string; n: number }>(
    `with people as (${peopleInScope})
     select 'enrolled' as k, count(*)::int as n from people
     union all
     select m.kind, count(distinct m.participant_id)::int
       from dashboard_milestones m
      where m.unit_id = any($1::uuid[]) and m.happened_on <= $3::date
        and m.participant_id in (select participant_id from people)
      group by m.kind`,
    scopeParams(scope),
  );
  const byKey = new Map(rows.map((r) => [r.k, r.n]));
  return {
    key: 'milestones',
    chart: 'bar',
    columns: [{ key: 'people', measure: 'count' }],
    rows: ['enrolled', ...funnelSteps].map((k) => ({ key: k, cells: [byKey.get(k) ?? 0] })),
    total: null,
  };
}
