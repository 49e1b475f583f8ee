import type { DashboardFilters } from '#shared/dashboards.ts';
import { isOrganisationRole } from '#shared/roles.ts';
import type { Queryable } from '../db/types.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';

/** What a figure counts: units, a period of whole months as dates, and the optional activity and programme. */
export type Scope = {
  unitIds: string[];
  fromMonth: string;
  toMonth: string;
  /** The first day of the first month and the last day of the last month. */
  from: string;
  to: string;
  activityId: string | null;
  activityType: string | null;
  programmeId: string | null;
  /** Organisation-wide: small counts are hidden. */
  suppressed: boolean;
};

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * The caller's scope. A unit's staff see their own unit only (as in the case file, so nothing is hidden);
 * the organisation-wide roles see any of the organisation's units, always with small counts hidden.
 */
export async function resolveScope(tx: Queryable, ctx: Ctx, filters: DashboardFilters): Promise<Scope> {
  const organisationWide = isOrganisationRole(ctx.actor.role);
  let unitIds: string[];
  if (organisationWide) {
    const { rows } = await tx.query<{ id: string }>('select id from units where organisation_id = $1', [
      ctx.actor.organisationId,
    ]);
    const ours = new Set(rows.map((r) => r.id));
    if (filters.units.some((id) => !ours.has(id))) throw notFound('Unit');
    unitIds = filters.units.length ? filters.units : [...ours];
  } else {
    const own = ctx.actor.unitId!;
    if (filters.units.some((id) => id !== own)) {
      throw new AppError('forbidden', 'A unit’s staff see the dashboard of their own unit.');
    }
    unitIds = [own];
  }
  if (filters.activityId) {
    const { rows } = await tx.query(
      'select 1 from dashboard_activities where id = $1 and unit_id = any($2::uuid[])',
      [filters.activityId, unitIds],
    );
    if (!rows.length) throw notFound('Activity');
  }
  if (filters.activityType) {
    // Built-in kinds and the organisation's own (row-level security shows no other organisation's).
    const { rows } = await tx.query('select 1 from activity_types where key = $1', [filters.activityType]);
    if (!rows.length) throw notFound('Activity type');
  }
  if (filters.programmeId) {
    const { rows } = await tx.query('select 1 from programmes where id = $1 and organisation_id = $2', [
      filters.programmeId,
      ctx.actor.organisationId,
    ]);
    if (!rows.length) throw notFound('Programme');
  }
  return {
    unitIds,
    fromMonth: filters.from,
    toMonth: filters.to,
    from: `${filters.from}-01`,
    to: lastDay(filters.to),
    activityId: filters.activityId ?? null,
    activityType: filters.activityType ?? null,
    programmeId: filters.programmeId ?? null,
    suppressed: organisationWide,
  };
}

/**
 * The parameters every figure's SQL takes, in this order: $1 units, $2 from, $3 to, $4 programme, $5 activity,
 * $6 kind of activity.
 */
export const scopeParams = (s: Scope) => [
  s.unitIds,
  s.from,
  s.to,
  s.programmeId,
  s.activityId,
  s.activityType,
];

/**
 * Enrolments of the scope's units (and programme, and people taking part in the activity or in an activity of
 * the kind), any time.
 */
export const enrolmentsInScope = `
  select e.* from dashboard_enrolments e
   where e.unit_id = any($1::uuid[])
     and ($4::uuid is null or e.programme_id = $4)
     and ($5::uuid is null or exists (select 1 from dashboard_activity_participants ap
                                        where ap.activity_id = $5 and ap.participant_id = e.participant_id))
     and ($6::text is null or exists (select 1 from dashboard_activity_participants ap
                                        join dashboard_activity_types t on t.id = ap.activity_id
                                       where t.type = $6 and ap.participant_id = e.participant_id))`;

/** The people a figure is about: enrolled at some time in the period. */
export const peopleInScope = `
  select distinct e.participant_id from (${enrolmentsInScope}) e
   where e.started_on <= $3::date and (e.exited_on is null or e.exited_on >= $2::date)`;
