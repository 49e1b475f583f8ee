import type { ImportReport } from '#shared/participants.ts';
import type { sv } from '#web/i18n/sv.ts';

type Problem = ImportReport['problems'][number];

/** The register fields a column can fill, in the order the page lists them. */
export const importFields = [
  'firstName',
  'lastName',
  'identityNumber',
  'birthDate',
  'gender',
  'languages',
  'interpreterLanguage',
  'phone',
  'email',
  'residentialArea',
  'arrivalYear',
] as const satisfies readonly (keyof typeof sv.import.columns)[];

export type ImportField = (typeof importFields)[number];
export type ImportProblemKey = keyof typeof sv.import.problems;

export const isImportField = (field: string): field is ImportField =>
  (importFields as readonly string[]).includes(field);

/**
 * A problem the server reported, as a translatable message: the server's messages are English and meant
 * for developers, so the ones we know become a sentence for staff; any other is shown as it came (`raw`).
 */
export type ProblemMessage = { key: ImportProblemKey; row?: number } | { raw: string };

const byField: Partial<Record<ImportField, ImportProblemKey>> = {
  identityNumber: 'identityNumber',
  birthDate: 'birthDate',
  gender: 'gender',
  languages: 'languageCode',
  interpreterLanguage: 'languageCode',
  phone: 'phone',
  email: 'email',
  arrivalYear: 'arrivalYear',
};

export function problemMessage(problem: Problem): ProblemMessage {
  const { field, message } = problem;
  if (message === 'unknown column') return { key: 'unknownColumn' };
  if (message === 'already registered in this unit') return { key: 'alreadyRegistered' };
  const same = /^the same person as row (\d+)$/.exec(message);
  if (same) return { key: 'sameAs', row: Number(same[1]) };
  if (/received undefined/.test(message)) return { key: 'missing' };
  if (!isImportField(field)) return { raw: message };
  if (field === 'birthDate' && /identity number/.test(message)) return { key: 'birthDateMismatch' };
  if (/^Too big/.test(message) && field !== 'arrivalYear') return { key: 'tooLong' };
  const key = byField[field];
  return key ? { key } : { raw: message };
}
