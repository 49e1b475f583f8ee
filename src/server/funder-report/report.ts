import type { FourWeekResults, SixMonthResults } from '#shared/funder-report.ts';
import { sensitiveItems, type SensitiveItem } from '#shared/funder-report.ts';
import type { Queryable } from '../db/types.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { presentEntryData, type EntryRow } from './presenter.ts';
import { ageBandOf, participantCode } from './rules.ts';

type SourceRow = {
  enrolment_id: string;
  unit_id: string;
  participant_id: string;
  started_on: string;
  exited_on: string | null;
  birth_date: string | null;
  register_gender: string | null;
  entry: EntryRow | null;
};

/** One line of a month's list as kept in funder_exports: coded values, her pseudonymous code, no name. */
export type ReportRow = {
  participantId: string;
  code: string;
  unitName: string;
  event: 'entry' | 'exit';
  date: string;
  gender: string | null;
  ageBand: string | null;
  labourStatus: string | null;
  longTermUnemployed: boolean | null;
  education: string | null;
  sensitive: Record<SensitiveItem, string | null>;
  fourWeeks: FourWeekResults | null;
  sixMonths: SixMonthResults | null;
};

/** Her data in the programme: her first entry, her latest exit (if she has left and not returned). */
type Person = {
  participantId: string;
  unitId: string;
  entryOn: string;
  exitedOn: string | null;
  exits: string[];
  birthDate: string | null;
  entry: EntryRow | null;
};

export type ReportScope = { programmeId: string; unitId: string | null };

/** A refusal of the report's security-definer functions (migrations 0025, 0032) as the API says it. */
export async function asReportError<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if ((error as { hint?: string }).hint === 'not_found') throw notFound('Programme');
    if ((error as { code?: string }).code === '42501') throw new AppError('forbidden', 'Not your report.');
    throw error;
  }
}

/** The first and last day of a month (YYYY-MM), as dates. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
}

/**
 * The programme's enrolments with entry data, grouped per person, for the people who start or leave between
 * two days (all their enrolments, so a re-entry is still seen as one): security definer, see migration 0032.
 */
export async function loadPeople(
  tx: Queryable,
  scope: ReportScope,
  days: { from: string; to: string },
): Promise<Person[]> {
  const { rows } = await asReportError(
    tx.query<SourceRow>(
      `select enrolment_id, unit_id, participant_id, started_on::text, exited_on::text, birth_date::text,
              register_gender, entry
         from esf_report_people($1, $2, $3, $4) order by participant_id, started_on`,
      [scope.programmeId, scope.unitId, days.from, days.to],
    ),
  );
  const people = new Map<string, Person>();
  for (const r of rows) {
    let person = people.get(r.participant_id);
    if (!person) {
      person = {
        participantId: r.participant_id,
        unitId: r.unit_id,
        entryOn: r.entry?.entry_on ?? r.started_on,
        exitedOn: null,
        exits: [],
        birthDate: r.birth_date,
        entry: r.entry,
      };
      people.set(r.participant_id, person);
    }
    // Ordered by start: the last enrolment decides whether she is out now.
    person.exitedOn = r.exited_on;
    if (r.exited_on) person.exits.push(r.exited_on);
  }
  return [...people.values()];
}

const inMonth = (date: string, month: string) => date.slice(0, 7) === month;

function rowOf(
  person: Person,
  scope: ReportScope,
  unitName: string,
  event: ReportRow['event'],
  date: string,
): ReportRow {
  const data = person.entry ? presentEntryData(person.entry) : null;
  const status = data?.labourStatus ?? null;
  return {
    participantId: person.participantId,
    code: person.entry?.code ?? participantCode(person.participantId, scope.programmeId),
    unitName,
    event,
    date,
    gender: data?.gender ?? null,
    ageBand: data?.ageBand ?? ageBandOf(person.birthDate, person.entryOn),
    labourStatus: status?.status ?? null,
    longTermUnemployed: status ? status.status === 'unemployed' && status.longTermUnemployed : null,
    education: data?.education ?? null,
    sensitive: Object.fromEntries(sensitiveItems.map((k) => [k, data?.sensitive[k] ?? null])) as Record<
      SensitiveItem,
      string | null
    >,
    fourWeeks: event === 'exit' ? (data?.fourWeeks ?? null) : null,
    sixMonths: event === 'exit' ? (data?.sixMonths ?? null) : null,
  };
}

/**
 * The month's list: one line per participant whose first entry into the programme falls in the month (a
 * re-entry is not a new start) and one per exit in the month, starts first, then by date and code.
 */
export function monthRows(
  people: Person[],
  scope: ReportScope,
  month: string,
  unitNames: Map<string, string>,
): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const p of people) {
    const unitName = unitNames.get(p.unitId) ?? '';
    if (inMonth(p.entryOn, month)) rows.push(rowOf(p, scope, unitName, 'entry', p.entryOn));
    for (const exit of p.exits.filter((d) => inMonth(d, month))) {
      rows.push(rowOf(p, scope, unitName, 'exit', exit));
    }
  }
  const order = { entry: 0, exit: 1 };
  return rows.sort(
    (a, b) => order[a.event] - order[b.event] || a.date.localeCompare(b.date) || a.code.localeCompare(b.code),
  );
}
