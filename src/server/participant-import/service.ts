import { CreateParticipantInput, type ImportReport } from '#shared/participants.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { birthDateOf, findDuplicates, insertParticipant } from '../participants/service.ts';
import { rowToInput } from './columns.ts';
import { readSheet } from './read-sheet.ts';

export const maxImportRows = 5000;

/**
 * Imports participants from the spreadsheet a programme keeps today. Every row is checked (fields, identity
 * numbers, duplicates within the file and in the unit) and every problem reported with its row. Nothing is
 * written unless the whole file is accepted and `dryRun` is false; then all rows are written in one transaction.
 */
export async function importParticipants(ctx: Ctx, file: Buffer, dryRun: boolean): Promise<ImportReport> {
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new AppError('forbidden', 'Choose a unit first.');
  const rows = await readSheet(file);
  if (rows.length > maxImportRows)
    throw new AppError('payload_too_large', `At most ${maxImportRows} rows per file.`);
  const problems: ImportReport['problems'] = [];
  const people: { row: number; person: Parameters<typeof insertParticipant>[3] }[] = [];
  const seen = new Map<string, number>();
  rows.forEach((sheetRow, i) => {
    const row = i + 2; // the header is row 1
    const { input, unknown } = rowToInput(sheetRow);
    for (const column of unknown) problems.push({ row, field: column, message: 'unknown column' });
    const parsed = CreateParticipantInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ row, field: String(issue.path[0] ?? ''), message: issue.message });
      return;
    }
    const { confirmNotDuplicate: _, ...fields } = parsed.data;
    const person = {
      ...fields,
      identityNumber: fields.identityNumber ?? null,
      birthDate: birthDateOf(fields.identityNumber, fields.birthDate),
    };
    const key =
      person.identityNumber ??
      `${person.firstName.toLowerCase()}|${person.lastName.toLowerCase()}|${person.birthDate}`;
    const earlier = seen.get(key);
    if (earlier)
      problems.push({
        row,
        field: person.identityNumber ? 'identityNumber' : 'firstName',
        message: `the same person as row ${earlier}`,
      });
    else seen.set(key, row);
    people.push({ row, person });
  });

  return inTenant(ctx, async (tx) => {
    for (const { row, person } of people) {
      const duplicates = await findDuplicates(tx, unitId, person);
      if (duplicates.length) {
        const byNumber = duplicates.some((d) => d.match === 'identity_number');
        problems.push({
          row,
          field: byNumber ? 'identityNumber' : 'firstName',
          message: 'already registered in this unit',
        });
      }
    }
    problems.sort((a, b) => a.row - b.row);
    const accepted = problems.length === 0;
    if (accepted && !dryRun) {
      for (const { person } of people) await insertParticipant(tx, ctx, unitId, person, { imported: true });
    }
    await audit(tx, ctx, {
      action: 'participant.import',
      outcome: accepted || dryRun ? 'ok' : 'denied',
      details: {
        rows: rows.length,
        problems: problems.length,
        dryRun,
        written: accepted && !dryRun ? people.length : 0,
      },
    });
    if (!accepted && !dryRun) {
      throw new AppError('validation', 'The file has problems: nothing was imported.', {
        report: { rows: rows.length, accepted, written: 0, problems },
      });
    }
    return { rows: rows.length, accepted, written: accepted && !dryRun ? people.length : 0, problems };
  });
}
