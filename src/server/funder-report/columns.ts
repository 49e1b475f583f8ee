import type { SensitiveItem } from '#shared/funder-report.ts';
import { sensitiveItems } from '#shared/funder-report.ts';
import type { Cell, Table } from '../lib/spreadsheet.ts';
import type { ReportRow } from './report.ts';

type Lang = 'sv' | 'en';

/**
 * The funder's codes (the feature's README gives the key): gender W, M, NB; status at entry UNE (unemployed),
 * INA (inactive), EMP (employed, including self-employed); age bands <18, 18-29, 30-54, 55+; ISCED 0-2, 3-4,
 * 5-8; sensitive items 1 yes, 0 no, 9 prefers not to answer; results 1 or 0; an empty cell is not recorded.
 */
const codes: Record<string, Record<string, string>> = {
  gender: { woman: 'W', man: 'M', non_binary: 'NB' },
  labourStatus: { unemployed: 'UNE', inactive: 'INA', employed: 'EMP' },
  ageBand: { under_18: '<18', '18_29': '18-29', '30_54': '30-54', '55_over': '55+' },
  education: { isced_0_2: '0-2', isced_3_4: '3-4', isced_5_8: '5-8' },
  sensitive: { yes: '1', no: '0', prefers_not: '9' },
  event: { entry: 'START', exit: 'EXIT' },
};

const coded = (kind: keyof typeof codes, value: string | null): Cell =>
  value === null ? null : (codes[kind]![value] ?? value);
const flag = (value: boolean | null | undefined): Cell =>
  value === null || value === undefined ? null : value ? 1 : 0;

const sensitiveHeaders: Record<Lang, Record<SensitiveItem, string>> = {
  sv: {
    disability: 'Funktionsnedsättning',
    thirdCountryNational: 'Medborgare i tredjeland',
    foreignBackground: 'Utländsk bakgrund',
    minority: 'Minoritet',
    homeless: 'Hemlös eller utestängd från bostad',
    rural: 'Bor på landsbygd',
  },
  en: {
    disability: 'Disability',
    thirdCountryNational: 'Third-country national',
    foreignBackground: 'Foreign background',
    minority: 'Minority',
    homeless: 'Homeless or affected by housing exclusion',
    rural: 'Rural area',
  },
};

export const reportHeaders = {
  sv: {
    code: 'Deltagarkod',
    unit: 'Enhet',
    event: 'Händelse',
    date: 'Datum',
    gender: 'Kön',
    ageBand: 'Ålder vid start',
    labourStatus: 'Arbetsmarknadsstatus vid start',
    longTerm: 'Långtidsarbetslös',
    education: 'Utbildning (ISCED)',
    jobSearching: 'Arbetssökande inom 4 veckor (ej gemensam resultatindikator)',
    inEducation: 'I utbildning inom 4 veckor (ej gemensam resultatindikator)',
    qualification: 'Fått kvalifikation inom 4 veckor (ej gemensam resultatindikator)',
    employed4: 'I arbete inom 4 veckor (gemensam resultatindikator)',
    employed6: 'I arbete 6 månader efter avslut',
    improved6: 'Förbättrad arbetsmarknadssituation 6 månader efter avslut',
    sheet: 'ESF start och avslut',
    file: 'esf-start-avslut',
  },
  en: {
    code: 'Participant code',
    unit: 'Unit',
    event: 'Event',
    date: 'Date',
    gender: 'Gender',
    ageBand: 'Age at entry',
    labourStatus: 'Labour-market status at entry',
    longTerm: 'Long-term unemployed',
    education: 'Education (ISCED)',
    jobSearching: 'Job searching within 4 weeks (not a common result indicator)',
    inEducation: 'In education or training within 4 weeks (not a common result indicator)',
    qualification: 'Gained a qualification within 4 weeks (not a common result indicator)',
    employed4: 'In employment within 4 weeks (common result indicator)',
    employed6: 'In employment 6 months after leaving',
    improved6: 'Improved labour-market situation 6 months after leaving',
    sheet: 'ESF entries and exits',
    file: 'esf-entries-exits',
  },
} as const;

/** The kept rows as the funder's table, headers in the language asked for, values coded alike in both. */
export function reportTable(rows: ReportRow[], lang: Lang): Table {
  const h = reportHeaders[lang];
  return {
    columns: [
      h.code,
      h.unit,
      h.event,
      h.date,
      h.gender,
      h.ageBand,
      h.labourStatus,
      h.longTerm,
      h.education,
      ...sensitiveItems.map((k) => sensitiveHeaders[lang][k]),
      h.jobSearching,
      h.inEducation,
      h.qualification,
      h.employed4,
      h.employed6,
      h.improved6,
    ],
    rows: rows.map((r) => [
      r.code,
      r.unitName,
      coded('event', r.event),
      r.date,
      coded('gender', r.gender),
      coded('ageBand', r.ageBand),
      coded('labourStatus', r.labourStatus),
      flag(r.longTermUnemployed),
      coded('education', r.education),
      ...sensitiveItems.map((k) => coded('sensitive', r.sensitive[k])),
      flag(r.fourWeeks?.jobSearching),
      flag(r.fourWeeks?.inEducation),
      flag(r.fourWeeks?.gainedQualification),
      flag(r.fourWeeks?.employed),
      flag(r.sixMonths?.employed),
      flag(r.sixMonths?.improvedSituation),
    ]),
  };
}
