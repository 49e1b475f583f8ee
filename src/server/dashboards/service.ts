import type { ActivityType } from '#shared/activities.ts';
import type {
  DashboardFilters,
  DashboardScope,
  Figure,
  FigureExportQuery,
  FigureKey,
} from '#shared/dashboards.ts';
import { isOrganisationRole } from '#shared/roles.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { tableCsv, tableXlsx } from '../lib/spreadsheet.ts';
import { attendance } from './attendance.ts';
import { age, gender, languages } from './demographics.ts';
import { distanceTravelled } from './distance-travelled.ts';
import { enrolmentsAndExits } from './enrolments-and-exits.ts';
import { figureTable, exportNames } from './export.ts';
import { languageFriendMeetings, languageFriends } from './language-friends.ts';
import { presentFigure, type Draft } from './figure.ts';
import { milestoneFunnel } from './milestone-funnel.ts';
import { outcomes } from './outcomes.ts';
import { participantsOverTime } from './participants-over-time.ts';
import { resolveScope, type Scope } from './scope.ts';

/** One module per figure family; each counts in SQL and returns aggregates only. */
export const figures: Record<FigureKey, (tx: Queryable, scope: Scope) => Promise<Draft>> = {
  participants: participantsOverTime,
  enrolments: enrolmentsAndExits,
  gender,
  age,
  languages,
  attendance,
  distance: distanceTravelled,
  milestones: milestoneFunnel,
  outcomes,
  languageFriends,
  languageFriendMeetings,
};

const scopeDetails = (figure: FigureKey, scope: Scope) => ({
  figure,
  units: scope.unitIds.length,
  from: scope.fromMonth,
  to: scope.toMonth,
  activityId: scope.activityId,
  activityType: scope.activityType,
  programmeId: scope.programmeId,
  suppressed: scope.suppressed,
});

async function figureIn(tx: Queryable, ctx: Ctx, key: FigureKey, filters: DashboardFilters) {
  const scope = await resolveScope(tx, ctx, filters);
  return { scope, figure: presentFigure(await figures[key](tx, scope), scope.suppressed) };
}

/** One figure for the caller's scope; small counts hidden for organisation-wide callers. Audited. */
export function getFigure(ctx: Ctx, key: FigureKey, filters: DashboardFilters): Promise<Figure> {
  return inTenant(ctx, async (tx) => {
    const { scope, figure } = await figureIn(tx, ctx, key, filters);
    await audit(tx, ctx, {
      action: 'dashboard.read',
      subjectType: 'dashboard',
      details: scopeDetails(key, scope),
    });
    return figure;
  });
}

export type ExportFile = { body: string | Buffer; contentType: string; fileName: string };

/** A figure's table as CSV or XLSX, hidden counts written "<5", as on screen. Audited. */
export function exportFigure(ctx: Ctx, key: FigureKey, query: FigureExportQuery): Promise<ExportFile> {
  return inTenant(ctx, async (tx) => {
    const { scope, figure } = await figureIn(tx, ctx, key, query);
    const table = figureTable(figure, query.lang);
    const name = `${exportNames[query.lang].file}-${exportNames[query.lang][key]}-${query.from}-${query.to}`;
    await audit(tx, ctx, {
      action: 'dashboard.export',
      subjectType: 'dashboard',
      details: { ...scopeDetails(key, scope), format: query.format },
    });
    if (query.format === 'csv') {
      return { body: tableCsv(table), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
    }
    return {
      body: await tableXlsx(table, exportNames[query.lang][key]),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: `${name}.xlsx`,
    };
  });
}

/** What the caller may filter by: her unit, or the organisation's units; programmes; activities and their kinds. */
export function getDashboardScope(ctx: Ctx): Promise<DashboardScope> {
  return inTenant(ctx, async (tx) => {
    const organisationWide = isOrganisationRole(ctx.actor.role);
    const { rows: units } = await tx.query<{ id: string; name: string }>(
      `select id, name from units where organisation_id = $1 and ($2::uuid is null or id = $2)
        order by name, id`,
      [ctx.actor.organisationId, organisationWide ? null : ctx.actor.unitId],
    );
    const { rows: programmes } = await tx.query<{ id: string; name: string }>(
      `select id, name from programmes where organisation_id = $1 and archived_at is null order by name, id`,
      [ctx.actor.organisationId],
    );
    const { rows: activities } = await tx.query<{ id: string; unitId: string; title: string; type: string }>(
      `select id, unit_id as "unitId", title, type from dashboard_activities order by title, id`,
    );
    // The kinds an activity may have here (the analyst reads no activity, so not through /api/activity-types).
    const { rows: activityTypes } = await tx.query<ActivityType>(
      `select key, label_sv as "labelSv", label_en as "labelEn" from activity_types
        where archived_at is null order by organisation_id nulls first, label_sv, key`,
    );
    return { organisationWide, suppressed: organisationWide, units, programmes, activities, activityTypes };
  });
}
