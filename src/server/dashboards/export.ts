import { isSuppressed, smallestShown, type Figure, type FigureKey } from '#shared/dashboards.ts';
import type { Cell as SheetCell, Table } from '../lib/spreadsheet.ts';

type Lang = 'sv' | 'en';

/** File and sheet names per figure. */
export const exportNames = {
  sv: {
    file: 'oversikt',
    participants: 'deltagare',
    enrolments: 'inskrivningar',
    gender: 'kon',
    age: 'alder',
    languages: 'sprak',
    attendance: 'narvaro',
    distance: 'forflyttning',
    milestones: 'steg',
    outcomes: 'utfall',
    languageFriends: 'sprakvanner',
    languageFriendMeetings: 'sprakvanstraffar',
  },
  en: {
    file: 'dashboard',
    participants: 'participants',
    enrolments: 'enrolments',
    gender: 'gender',
    age: 'age',
    languages: 'languages',
    attendance: 'attendance',
    distance: 'distance-travelled',
    milestones: 'milestones',
    outcomes: 'outcomes',
    languageFriends: 'language-friends',
    languageFriendMeetings: 'language-friend-meetings',
  },
} as const satisfies Record<Lang, Record<FigureKey | 'file', string>>;

const words: Record<Lang, Record<string, string>> = {
  sv: {
    month: 'Månad',
    category: 'Kategori',
    total: 'Totalt',
    active: 'Deltagare inskrivna',
    started: 'Inskrivna',
    exited: 'Avslutade',
    participants: 'Deltagare',
    attended: 'Närvarande',
    notAttended: 'Inte närvarande',
    expected: 'Förväntade',
    people: 'Personer',
    first: 'Första skattning (medel)',
    latest: 'Senaste skattning (medel)',
    change: 'Förändring (medel)',
    atExit: 'Vid avslut',
    at6Months: 'Efter 6 månader',
    at12Months: 'Efter 12 månader',
    woman: 'Kvinna',
    man: 'Man',
    non_binary: 'Icke-binär',
    not_stated: 'Ej angivet',
    under_18: 'Under 18',
    '18_29': '18–29',
    '30_54': '30–54',
    '55_plus': '55 och äldre',
    unknown: 'Okänd',
    enrolled: 'Inskrivna under perioden',
    sfi_started: 'Började SFI',
    sfi_passed: 'Klarade SFI-kurs',
    studies_started: 'Började andra studier',
    internship_started: 'Började praktik',
    internship_completed: 'Fullföljde praktik',
    employed: 'Anställd',
    left_social_assistance: 'Lämnade försörjningsstöd',
    in_studies: 'Studerar',
    job_seeking: 'Arbetssökande',
    social_assistance: 'Försörjningsstöd',
    inactive: 'Utanför arbetskraften',
    other: 'Annat',
    count: 'Antal',
    meetings: 'Träffar',
    hours: 'Timmar',
    new: 'Nyanmäld',
    interview_booked: 'Intervju bokad',
    approved: 'Godkänd',
    declined: 'Avböjd',
    paused: 'Pausad',
    active_matches: 'Aktiva matchningar',
    trial_matches: 'Matchningar på prov',
    lasted_six_months: 'Matchningar som varat sex månader',
  },
  en: {
    month: 'Month',
    category: 'Category',
    total: 'Total',
    active: 'Participants enrolled',
    started: 'Enrolled',
    exited: 'Exited',
    participants: 'Participants',
    attended: 'Attended',
    notAttended: 'Not attended',
    expected: 'Expected',
    people: 'People',
    first: 'First rating (mean)',
    latest: 'Latest rating (mean)',
    change: 'Change (mean)',
    atExit: 'At exit',
    at6Months: 'After 6 months',
    at12Months: 'After 12 months',
    woman: 'Woman',
    man: 'Man',
    non_binary: 'Non-binary',
    not_stated: 'Not stated',
    under_18: 'Under 18',
    '18_29': '18–29',
    '30_54': '30–54',
    '55_plus': '55 and over',
    unknown: 'Unknown',
    enrolled: 'Enrolled in the period',
    sfi_started: 'Started SFI',
    sfi_passed: 'Passed an SFI course',
    studies_started: 'Started other studies',
    internship_started: 'Started an internship',
    internship_completed: 'Completed an internship',
    employed: 'Employed',
    left_social_assistance: 'Left social assistance',
    in_studies: 'Studying',
    job_seeking: 'Job seeking',
    social_assistance: 'Social assistance',
    inactive: 'Inactive',
    other: 'Other',
    count: 'Number',
    meetings: 'Meetings',
    hours: 'Hours',
    new: 'New',
    interview_booked: 'Interview booked',
    approved: 'Approved',
    declined: 'Declined',
    paused: 'Paused',
    active_matches: 'Active matches',
    trial_matches: 'Matches on trial',
    lasted_six_months: 'Matches that lasted six months',
  },
};

const languageName = (code: string, lang: Lang) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** A hidden count is written as on screen; a measure that does not apply is an empty cell. */
const sheetCell = (cell: Figure['rows'][number]['cells'][number]): SheetCell =>
  cell === null ? null : isSuppressed(cell) ? `<${smallestShown}` : cell;

/** The figure's table as exported: a header per column in the chosen language, and the total row. */
export function figureTable(figure: Figure, lang: Lang): Table {
  const w = words[lang];
  const monthly = figure.chart === 'line';
  const rowName = (row: Figure['rows'][number]) =>
    monthly
      ? row.key
      : (row.label?.[lang] ??
        (figure.key === 'languages' ? languageName(row.key, lang) : (w[row.key] ?? row.key)));
  return {
    columns: [monthly ? w.month! : w.category!, ...figure.columns.map((c) => w[c.key] ?? c.key)],
    rows: [
      ...figure.rows.map((row) => [rowName(row), ...row.cells.map(sheetCell)]),
      ...(figure.total ? [[w.total!, ...figure.total.map(sheetCell)]] : []),
    ],
  };
}
