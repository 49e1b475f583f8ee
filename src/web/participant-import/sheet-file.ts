import type { ImportReport } from '#shared/participants.ts';
import { isApiError } from '#web/lib/api.ts';

export const csvType = 'text/csv';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the file picker offers: the extensions, and the content types the server reads. */
export const acceptedFiles = `.csv,.xlsx,${csvType},${xlsxType}`;

/** The server's limit for one file. */
export const maxFileBytes = 5 * 1024 * 1024;

/**
 * The content type to send, by the file's extension: Windows often calls a CSV file
 * `application/vnd.ms-excel`, and some browsers give no type at all. Anything else keeps its own type,
 * and the server refuses it (415).
 */
export function sheetContentType(file: { name: string; type: string }): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return csvType;
  if (name.endsWith('.xlsx')) return xlsxType;
  return file.type || 'application/octet-stream';
}

/** The report a refused import carries in its problem details (every row's problems), if any. */
export function reportOf(error: unknown): ImportReport | null {
  if (!isApiError(error, 'validation')) return null;
  const report = (error.problem as { report?: ImportReport }).report;
  return report && Array.isArray(report.problems) ? report : null;
}

/** How many rows have at least one problem. */
export const rowsWithProblems = (report: ImportReport): number =>
  new Set(report.problems.map((p) => p.row)).size;
