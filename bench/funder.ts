import { exportFile, exportMonths, getValidationPage, previewReport } from '#server/funder-report/service.ts';
import type { Db } from '#server/db/types.ts';
import { createStaff, staffCtx } from '#tests/factories.ts';
import type { DashboardData } from './generate-dashboards.ts';

type Timed = (runs: number, fn: () => Promise<unknown>) => Promise<{ p50: number; p95: number }>;

/**
 * The funder's report on the dashboards' programme (ESF+ entry data from generateEsfEntries): as the
 * administrator reports it (the whole programme, pseudonymous) and as a unit manager reports her unit, last
 * month's preview (counts, the first page of problems, kept exports), the validation report's next page, the
 * month's export as a new kept version, and the kept export downloaded as CSV and as XLSX.
 */
export async function benchFunderReport(
  db: Db,
  data: DashboardData,
  runs: number,
  time: Timed,
): Promise<{ name: string; p50: number; p95: number }[]> {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const out: { name: string; p50: number; p95: number }[] = [];
  for (const role of ['administrator', 'unit_manager'] as const) {
    const ctx = staffCtx(
      db,
      await createStaff(db, {
        organisationId: data.organisationId,
        role,
        unitId: role === 'unit_manager' ? data.unitIds[0]! : undefined,
      }),
    );
    const who = role === 'administrator' ? 'programme, administrator' : 'one unit, manager';
    const preview = await previewReport(ctx, data.programmeId, month);
    console.log(
      `[funder] ${who}: ${month} has ${preview.entries} starts and ${preview.exits} exits; ${preview.validationTotal} people with problems`,
    );
    out.push({
      name: `funder: preview of a month (${who})`,
      ...(await time(runs, () => previewReport(ctx, data.programmeId, month))),
    });
    out.push({
      name: `funder: validation report, next page (${who})`,
      ...(await time(runs, () => getValidationPage(ctx, data.programmeId, preview.validationNext))),
    });
    out.push({
      name: `funder: export of a month, kept (${who})`,
      ...(await time(runs, () => exportMonths(ctx, data.programmeId, month, false))),
    });
    const [kept] = await exportMonths(ctx, data.programmeId, month, false);
    for (const format of ['csv', 'xlsx'] as const) {
      out.push({
        name: `funder: the kept month as ${format.toUpperCase()} (${who})`,
        ...(await time(runs, () => exportFile(ctx, kept!.id, { format, lang: 'sv' }))),
      });
    }
  }
  return out;
}
