import type { EsfEntry, SaveEsfEntryInput, SensitiveItem } from '#shared/funder-report.ts';
import { sensitiveItems } from '#shared/funder-report.ts';

/**
 * The entry form as the screen holds it: one string per question, '' when not answered. The labour-market
 * status is one choice of four (long-term unemployed is a kind of unemployed), so the flag cannot stand
 * without unemployment here either.
 */
export type EsfValues = {
  gender: string;
  status: string;
  education: string;
  jobSearching: string;
  inEducation: string;
  gainedQualification: string;
  employed4: string;
  employed6: string;
  improved6: string;
} & Record<SensitiveItem, string>;

export const statusChoices = ['unemployed', 'long_term_unemployed', 'inactive', 'employed'] as const;
export const fourWeekFields = ['jobSearching', 'inEducation', 'gainedQualification', 'employed4'] as const;

const yesNo = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : '');
const fromYesNo = (value: string) => (value === 'yes' ? true : value === 'no' ? false : null);
const orNull = <T extends string>(value: string) => (value === '' ? null : (value as T));

export function esfValuesOf(stay: EsfEntry): EsfValues {
  const entry = stay.entry;
  const status = entry?.labourStatus;
  return {
    gender: entry ? (entry.gender ?? '') : (stay.prefill.gender ?? ''),
    status: !status
      ? ''
      : status.status === 'unemployed' && status.longTermUnemployed
        ? 'long_term_unemployed'
        : status.status,
    education: entry?.education ?? '',
    ...(Object.fromEntries(sensitiveItems.map((k) => [k, entry?.sensitive[k] ?? ''])) as Record<
      SensitiveItem,
      string
    >),
    jobSearching: yesNo(entry?.fourWeeks?.jobSearching),
    inEducation: yesNo(entry?.fourWeeks?.inEducation),
    gainedQualification: yesNo(entry?.fourWeeks?.gainedQualification),
    employed4: yesNo(entry?.fourWeeks?.employed),
    employed6: yesNo(entry?.sixMonths?.employed),
    improved6: yesNo(entry?.sixMonths?.improvedSituation),
  };
}

function labourStatusOf(status: string): SaveEsfEntryInput['labourStatus'] {
  if (status === 'unemployed' || status === 'long_term_unemployed') {
    return { status: 'unemployed', longTermUnemployed: status === 'long_term_unemployed' };
  }
  if (status === 'inactive' || status === 'employed') return { status };
  return null;
}

/**
 * The request body. The four-week results go together: none answered is "not yet", some answered leaves the
 * others as missing (`incomplete` names them, for the form to mark). The improved situation is sent only for
 * someone employed at entry.
 */
export function esfInputOf(
  values: EsfValues,
  version: number | undefined,
): { input: SaveEsfEntryInput; incomplete: string[] } {
  const answered = fourWeekFields.filter((f) => values[f] !== '');
  const incomplete = answered.length > 0 ? fourWeekFields.filter((f) => values[f] === '') : [];
  const employedAtEntry = values.status === 'employed';
  return {
    incomplete,
    input: {
      gender: orNull(values.gender),
      labourStatus: labourStatusOf(values.status),
      education: orNull(values.education),
      sensitive: Object.fromEntries(
        sensitiveItems.map((k) => [k, orNull(values[k])]),
      ) as SaveEsfEntryInput['sensitive'],
      fourWeeks:
        answered.length === 4
          ? {
              jobSearching: values.jobSearching === 'yes',
              inEducation: values.inEducation === 'yes',
              gainedQualification: values.gainedQualification === 'yes',
              employed: values.employed4 === 'yes',
            }
          : null,
      sixMonths:
        values.employed6 === ''
          ? null
          : {
              employed: values.employed6 === 'yes',
              improvedSituation: employedAtEntry ? fromYesNo(values.improved6) : null,
            },
      ...(version === undefined ? {} : { version }),
    },
  };
}
