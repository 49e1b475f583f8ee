import { createHash } from 'node:crypto';
import type { AgeBand, EsfProblem } from '#shared/funder-report.ts';

/** A date (YYYY-MM-DD) moved by days or months, in calendar terms (no time zone involved). */
export function addToDate(
  date: string,
  { days = 0, months = 0 }: { days?: number; months?: number },
): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // The same day of the month, or the month's last day (31 August + 6 months = 28/29 February).
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last) + days);
  return target.toISOString().slice(0, 10);
}

/** Full years between a birth date and a day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The Annex I age band on the entry day: under 18, 18–29, 30–54, 55 and over. */
export function ageBandOf(birthDate: string | null, entryOn: string): AgeBand | null {
  if (!birthDate) return null;
  const age = ageOn(birthDate, entryOn);
  if (age < 18) return 'under_18';
  if (age < 30) return '18_29';
  if (age < 55) return '30_54';
  return '55_over';
}

/**
 * Her pseudonymous code in the funder's lists: 48 bits of SHA-256 of her record and the programme. It is the
 * same in every month and every re-export (so the funder can link her start with her exit and count her once)
 * and tells nothing about her; only Rödtråd can say whom it names. The code is stored with her entry data when
 * first recorded, so it survives a merge of her records.
 */
export function participantCode(participantId: string, programmeId: string): string {
  const hex = createHash('sha256').update(`${participantId}:${programmeId}`).digest('hex').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/** The stored entry data the rules look at (snake_case as in esf_entries). */
export type StoredEntry = {
  gender: string | null;
  labour_status: string | null;
  long_term_unemployed: boolean;
  education: string | null;
  age_band: string | null;
  result4_employed: boolean | null;
  result6_employed: boolean | null;
  result6_improved: boolean | null;
};

/**
 * What is missing or contradictory in her data on `today`: the four-week results are due four weeks after she
 * left, the six-month results six months after; the age band must agree with her birth date in the register.
 */
export function problemsOf(input: {
  entry: StoredEntry | null;
  birthDate: string | null;
  entryOn: string;
  exitedOn: string | null;
  today: string;
}): EsfProblem[] {
  const { entry, birthDate, entryOn, exitedOn, today } = input;
  if (!entry) return ['no_entry_data'];
  const problems: EsfProblem[] = [];
  if (!entry.gender) problems.push('missing_gender');
  if (!entry.labour_status) problems.push('missing_status');
  if (entry.long_term_unemployed && entry.labour_status !== 'unemployed') {
    problems.push('long_term_without_unemployed');
  }
  if (!entry.education) problems.push('missing_education');
  if (!birthDate) problems.push('missing_birth_date');
  else if (entry.age_band !== ageBandOf(birthDate, entryOn)) problems.push('age_band_mismatch');
  if (exitedOn && today > addToDate(exitedOn, { days: 28 }) && entry.result4_employed === null) {
    problems.push('four_weeks_missing');
  }
  if (exitedOn && today >= addToDate(exitedOn, { months: 6 }) && entry.result6_employed === null) {
    problems.push('six_months_missing');
  }
  if (
    entry.labour_status === 'employed' &&
    entry.result6_employed !== null &&
    entry.result6_improved === null
  ) {
    problems.push('improved_missing');
  }
  return problems;
}
