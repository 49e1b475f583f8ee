import type { KeptExport, ReportPreview, ValidationPage } from '#shared/funder-report.ts';
import { validationPageSize } from '#shared/funder-report.ts';
import { stockholmDate } from '../activities/recurrence.ts';
import type { ExportFile } from '../activities/hours-export.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { tableCsv, tableXlsx } from '../lib/spreadsheet.ts';
import { reportHeaders, reportTable } from './columns.ts';
import { loadPeople, monthDays, monthRows, type ReportRow, type ReportScope } from './report.ts';
import { validationPage } from './validation.ts';

/**
 * The administrator reports the whole programme across its units (pseudonymous rows, no names); a unit
 * manager reports her own unit and sees names in the validation report, with links to the records.
 */
function scopeOf(ctx: Ctx, programmeId: string): ReportScope {
  if (ctx.actor.role === 'administrator') return { programmeId, unitId: null };
  if (ctx.actor.role === 'unit_manager' && ctx.actor.unitId) return { programmeId, unitId: ctx.actor.unitId };
  throw new AppError('forbidden', 'The funder report is for administrators and unit managers.');
}

async function unitNamesOf(tx: Queryable): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; name: string }>('select id, name from units');
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function participantNames(tx: Queryable, ids: string[]): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; name: string }>(
    `select id, first_name || ' ' || last_name as name from participants where id = any($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

type KeptRow = {
  id: string;
  programme_id: string;
  unit_id: string | null;
  month: string;
  version: number;
  rows: number;
  checksum: string;
  created_by_name: string;
  created_at: Date;
};

const keptSelect = `select f.id, f.programme_id, f.unit_id, f.month, f.version, jsonb_array_length(f.rows) as rows,
    f.checksum, u.name as created_by_name, f.created_at
  from funder_exports f join users u on u.id = f.created_by`;

const presentKept = (r: KeptRow): KeptExport => ({
  id: r.id,
  programmeId: r.programme_id,
  unitId: r.unit_id,
  month: r.month,
  version: r.version,
  rows: r.rows,
  checksum: r.checksum,
  createdByName: r.created_by_name,
  createdAt: r.created_at.toISOString(),
});

/** The scope's kept exports of a programme, newest month first, then newest version first. */
async function keptExports(tx: Queryable, scope: ReportScope): Promise<KeptExport[]> {
  const { rows } = await tx.query<KeptRow>(
    `${keptSelect} where f.programme_id = $1 and f.unit_id is not distinct from $2
      order by f.month desc, f.version desc`,
    [scope.programmeId, scope.unitId],
  );
  return rows.map(presentKept);
}

/** A page of the validation report; the unit manager's has names, read under row-level security. */
function validationOf(
  tx: Queryable,
  scope: ReportScope,
  unitNames: Map<string, string>,
  after: string | null,
) {
  return validationPage(tx, scope, {
    today: stockholmDate(new Date()),
    after,
    limit: validationPageSize,
    unitNames,
    names: (ids) => participantNames(tx, ids),
  });
}

/**
 * The month's counts, the first page of everyone with missing or contradictory data, and the kept exports.
 * Audited with the people on the page.
 */
export function previewReport(ctx: Ctx, programmeId: string, month: string): Promise<ReportPreview> {
  const scope = scopeOf(ctx, programmeId);
  return inTenant(ctx, async (tx) => {
    const people = await loadPeople(tx, scope, monthDays(month));
    const unitNames = await unitNamesOf(tx);
    const rows = monthRows(people, scope, month, unitNames);
    const validation = await validationOf(tx, scope, unitNames, null);
    await audit(tx, ctx, {
      action: 'funder_report.preview',
      subjectType: 'programme',
      subjectId: programmeId,
      details: {
        month,
        problems: validation.total,
        participantIds: validation.lines.map((v) => v.participantId),
      },
    });
    return {
      programmeId,
      month,
      scope: scope.unitId ? 'unit' : 'programme',
      entries: rows.filter((r) => r.event === 'entry').length,
      exits: rows.filter((r) => r.event === 'exit').length,
      validation: validation.lines,
      validationTotal: validation.total,
      validationNext: validation.next,
      exports: await keptExports(tx, scope),
    };
  });
}

/** The validation report's page after the participant `after`. Audited with the people on the page. */
export function getValidationPage(
  ctx: Ctx,
  programmeId: string,
  after: string | null,
): Promise<ValidationPage> {
  const scope = scopeOf(ctx, programmeId);
  return inTenant(ctx, async (tx) => {
    const page = await validationOf(tx, scope, await unitNamesOf(tx), after);
    await audit(tx, ctx, {
      action: 'funder_report.validation',
      subjectType: 'programme',
      subjectId: programmeId,
      details: { after, problems: page.total, participantIds: page.lines.map((v) => v.participantId) },
    });
    return page;
  });
}

/** Keeps the month's rows as its next version, with a SHA-256 of the rows as stored. One audit entry. */
async function keepMonth(
  tx: Queryable,
  ctx: Ctx,
  scope: ReportScope,
  month: string,
  rows: ReportRow[],
): Promise<KeptExport> {
  const id = newId();
  const participantIds = [...new Set(rows.map((r) => r.participantId))];
  await tx.query(
    `insert into funder_exports (id, organisation_id, unit_id, programme_id, month, version, rows,
                                 participant_ids, checksum, created_by)
     select $1, $2, $3, $4, $5,
            coalesce((select max(version) from funder_exports
                       where programme_id = $4 and unit_id is not distinct from $3 and month = $5), 0) + 1,
            r, $7, encode(sha256(convert_to(r::text, 'UTF8')), 'hex'), $8
       from (select $6::jsonb as r) x`,
    [
      id,
      ctx.actor.organisationId,
      scope.unitId,
      scope.programmeId,
      month,
      JSON.stringify(rows),
      participantIds,
      ctx.actor.userId,
    ],
  );
  const { rows: kept } = await tx.query<KeptRow>(`${keptSelect} where f.id = $1`, [id]);
  await audit(tx, ctx, {
    action: 'funder_report.export',
    subjectType: 'funder_export',
    subjectId: id,
    details: {
      programmeId: scope.programmeId,
      month,
      version: kept[0]!.version,
      exported: participantIds.length,
      participantIds,
    },
  });
  return presentKept(kept[0]!);
}

/**
 * Exports the month as a new kept version. With `andLater`, every later month already exported is exported
 * again too (a correction to March re-exports March and each later month sent), in one transaction.
 */
export function exportMonths(
  ctx: Ctx,
  programmeId: string,
  month: string,
  andLater: boolean,
): Promise<KeptExport[]> {
  const scope = scopeOf(ctx, programmeId);
  return inTenant(ctx, async (tx) => {
    // One exporter at a time per programme, so two exports of a month cannot take the same version.
    await tx.query('select 1 from programmes where id = $1 for update', [programmeId]);
    const unitNames = await unitNamesOf(tx);
    const later = andLater
      ? (
          await tx.query<{ month: string }>(
            `select distinct month from funder_exports
              where programme_id = $1 and unit_id is not distinct from $2 and month > $3 order by month`,
            [programmeId, scope.unitId, month],
          )
        ).rows.map((r) => r.month)
      : [];
    const months = [month, ...later];
    // Only the people who start or leave in these months (and all their enrolments).
    const people = await loadPeople(tx, scope, {
      from: monthDays(month).from,
      to: monthDays(months[months.length - 1]!).to,
    });
    const kept: KeptExport[] = [];
    for (const m of months) {
      kept.push(await keepMonth(tx, ctx, scope, m, monthRows(people, scope, m, unitNames)));
    }
    return kept;
  });
}

/** The scope's kept exports of a programme. */
export function listExports(ctx: Ctx, programmeId: string): Promise<KeptExport[]> {
  const scope = scopeOf(ctx, programmeId);
  return inTenant(ctx, (tx) => keptExports(tx, scope));
}

/** A kept export as CSV or XLSX, exactly the rows kept then. Audited with the participants it names. */
export function exportFile(
  ctx: Ctx,
  exportId: string,
  query: { format: 'csv' | 'xlsx'; lang: 'sv' | 'en' },
): Promise<ExportFile> {
  // The role check; row-level security keeps to the caller's own exports (her unit's, or the programme's).
  scopeOf(ctx, exportId);
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<{
      month: string;
      version: number;
      rows: ReportRow[];
      participant_ids: string[];
      programme_id: string;
    }>('select month, version, rows, participant_ids, programme_id from funder_exports where id = $1', [
      exportId,
    ]);
    const kept = rows[0];
    if (!kept) throw notFound('Export');
    await audit(tx, ctx, {
      action: 'funder_report.download',
      subjectType: 'funder_export',
      subjectId: exportId,
      details: {
        programmeId: kept.programme_id,
        month: kept.month,
        version: kept.version,
        format: query.format,
        participantIds: kept.participant_ids,
      },
    });
    const h = reportHeaders[query.lang];
    const table = reportTable(kept.rows, query.lang);
    const name = `${h.file}-${kept.month}-v${kept.version}`;
    if (query.format === 'csv') {
      return { body: tableCsv(table), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
    }
    return {
      body: await tableXlsx(table, `${h.sheet} ${kept.month}`),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: `${name}.xlsx`,
    };
  });
}
