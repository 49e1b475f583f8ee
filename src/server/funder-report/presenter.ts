import type { EsfEntry, Sensitive, SensitiveItem } from '#shared/funder-report.ts';
import { sensitiveItems } from '#shared/funder-report.ts';
import { ageBandOf, problemsOf, type StoredEntry } from './rules.ts';

/** An esf_entries row (or its to_jsonb in the report source, where dates are text). */
export type EntryRow = StoredEntry & {
  id: string;
  participant_id: string;
  programme_id: string;
  unit_id: string;
  code: string;
  entry_on: string;
  disability: string | null;
  third_country_national: string | null;
  foreign_background: string | null;
  minority: string | null;
  homeless: string | null;
  rural: string | null;
  result4_job_searching: boolean | null;
  result4_in_education: boolean | null;
  result4_qualification: boolean | null;
  version: number;
};

/** The sensitive items' columns, in the order of `sensitiveItems`. */
export const sensitiveColumns = {
  disability: 'disability',
  thirdCountryNational: 'third_country_national',
  foreignBackground: 'foreign_background',
  minority: 'minority',
  homeless: 'homeless',
  rural: 'rural',
} as const satisfies Record<SensitiveItem, keyof EntryRow>;

export const entrySelect = `select id, participant_id, programme_id, unit_id, code, entry_on::text, gender,
  labour_status, long_term_unemployed, age_band, education, disability, third_country_national,
  foreign_background, minority, homeless, rural, result4_job_searching, result4_in_education,
  result4_qualification, result4_employed, result6_employed, result6_improved, version
  from esf_entries`;

type Entry = NonNullable<EsfEntry['entry']>;

export function presentEntryData(r: EntryRow): Entry {
  return {
    code: r.code,
    gender: r.gender as Entry['gender'],
    labourStatus:
      r.labour_status === 'unemployed'
        ? { status: 'unemployed', longTermUnemployed: r.long_term_unemployed }
        : r.labour_status === 'inactive' || r.labour_status === 'employed'
          ? { status: r.labour_status }
          : null,
    education: r.education as Entry['education'],
    ageBand: r.age_band as Entry['ageBand'],
    sensitive: Object.fromEntries(sensitiveItems.map((k) => [k, r[sensitiveColumns[k]]])) as Sensitive,
    fourWeeks:
      r.result4_employed === null
        ? null
        : {
            jobSearching: r.result4_job_searching!,
            inEducation: r.result4_in_education!,
            gainedQualification: r.result4_qualification!,
            employed: r.result4_employed,
          },
    sixMonths:
      r.result6_employed === null
        ? null
        : { employed: r.result6_employed, improvedSituation: r.result6_improved },
    version: r.version,
  };
}

/** Her enrolments in one programme, summed up: the first start, and her exit if she has left and not returned. */
export type ProgrammeStay = {
  programme_id: string;
  programme_name: string;
  entry_on: string;
  exited_on: string | null;
  birth_date: string | null;
  register_gender: string | null;
};

export function presentEsfEntry(stay: ProgrammeStay, row: EntryRow | null, today: string): EsfEntry {
  const entryOn = row?.entry_on ?? stay.entry_on;
  const gender = stay.register_gender;
  return {
    programmeId: stay.programme_id,
    programmeName: stay.programme_name,
    entryOn,
    exitedOn: stay.exited_on,
    ageBand: ageBandOf(stay.birth_date, entryOn),
    entry: row ? presentEntryData(row) : null,
    prefill: { gender: gender === 'woman' || gender === 'man' || gender === 'non_binary' ? gender : null },
    problems: problemsOf({
      entry: row,
      birthDate: stay.birth_date,
      entryOn,
      exitedOn: stay.exited_on,
      today,
    }),
  };
}
