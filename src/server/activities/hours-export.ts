import type { z } from 'zod';
import { maskIdentityNumber } from '#shared/identity-number.ts';
import type { HoursExportQuery, UnitHours } from '#shared/attested-hours.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { tableCsv, tableXlsx, type Table } from '../lib/spreadsheet.ts';
import { inMonth, placementHoursSql, tally } from './attendance.ts';
import { findActivity, unitOf } from './service.ts';

type Query = z.output<typeof HoursExportQuery>;
type Lang = Query['lang'];

type HoursRow = {
  participantId: string;
  firstName: string;
  lastName: string;
  identityNumber: string | null;
  activityId: string;
  title: string;
  sessions: number;
  present: number;
  absent: number;
  excused: number;
  hours: number;
};

/**
 * Marks and attested hours per participant and activity in a month (Stockholm time, cancelled sessions left
 * out), for one activity or the whole unit.
 */
async function hoursRows(tx: Queryable, unitId: string, month: string, activityId: string | null) {
  const { rows } = await tx.query<HoursRow>(
    `select p.id as "participantId", p.first_name as "firstName", p.last_name as "lastName",
            p.identity_number as "identityNumber", a.id as "activityId", a.title, ${tally}
       from activity_sessions s
       join attendance at on at.session_id = s.id
       join participants p on p.id = at.participant_id
       join activities a on a.id = s.activity_id
      where s.unit_id = $1 and ($3::uuid is null or s.activity_id = $3) and ${inMonth}
      group by p.id, a.id
      order by p.last_name, p.first_name, p.id, a.title, a.id`,
    [unitId, month, activityId],
  );
  return rows;
}

const masked = (n: string | null) => (n ? maskIdentityNumber(n) : null);

/** Sums hours without floating-point dust (hours are rounded to hundredths). */
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b * 100, 0)) / 100;

type Person = { id: string; firstName: string; lastName: string; identityNumber: string | null };

/** Attested placement hours per participant in the month (rule at `placementHoursSql`). */
async function placementHours(tx: Queryable, unitId: string, month: string): Promise<Map<string, number>> {
  const { rows } = await tx.query<{ participantId: string; hours: number }>(placementHoursSql, [
    unitId,
    month,
  ]);
  return new Map(rows.map((r) => [r.participantId, r.hours]));
}

/** The people of the rows, sorted as the database sorts names (as the activity lists are). */
async function peopleOf(tx: Queryable, ids: string[]): Promise<Person[]> {
  const { rows } = await tx.query<Person>(
    `select id, first_name as "firstName", last_name as "lastName", identity_number as "identityNumber"
       from participants where id = any($1::uuid[]) order by last_name, first_name, id`,
    [ids],
  );
  return rows;
}

/** The unit's month: hours per activity, at placements, and the totals, for everyone with either. */
async function unitHoursOf(tx: Queryable, unitId: string, month: string): Promise<UnitHours> {
  const rows = await hoursRows(tx, unitId, month, null);
  const placements = await placementHours(tx, unitId, month);
  const titles = new Map<string, string>();
  for (const r of [...rows].sort((a, b) => a.title.localeCompare(b.title, 'sv'))) {
    titles.set(r.activityId, r.title);
  }
  const columns = [...titles.keys()];
  const ids = [...new Set([...rows.map((r) => r.participantId), ...placements.keys()])];
  const participants = (await peopleOf(tx, ids)).map((p) => {
    const hours: (number | null)[] = columns.map(() => null);
    for (const r of rows.filter((row) => row.participantId === p.id))
      hours[columns.indexOf(r.activityId)] = r.hours;
    const attendance = sum(hours.map((h) => h ?? 0));
    const placement = placements.get(p.id) ?? 0;
    return {
      participantId: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      identityNumberMasked: masked(p.identityNumber),
      hours,
      attendance,
      placement,
      total: sum([attendance, placement]),
    };
  });
  return {
    month,
    activities: columns.map((activityId) => ({ activityId, title: titles.get(activityId)! })),
    participants,
  };
}

/** The unit's attested hours in a month, per participant and activity, with her total. */
export function getUnitHours(ctx: Ctx, month: string): Promise<UnitHours> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const hours = await unitHoursOf(tx, unitId, month);
    await audit(tx, ctx, {
      action: 'attendance.hours',
      subjectType: 'unit',
      subjectId: unitId,
      details: { month, returned: hours.participants.length },
    });
    return hours;
  });
}

const headers = {
  sv: {
    lastName: 'Efternamn',
    firstName: 'Förnamn',
    identityNumber: 'Personnummer',
    sessions: 'Markerade tillfällen',
    present: 'Närvarande',
    absent: 'Frånvarande',
    excused: 'Giltigt frånvarande',
    hours: 'Närvarotimmar',
    total: 'Närvarotimmar totalt',
    placement: 'Praktiktimmar',
    grandTotal: 'Timmar totalt',
    sheet: 'Närvarotimmar',
    file: 'narvarotimmar',
  },
  en: {
    lastName: 'Last name',
    firstName: 'First name',
    identityNumber: 'Identity number',
    sessions: 'Sessions marked',
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    hours: 'Attested hours',
    total: 'Attested hours in total',
    placement: 'Placement hours',
    grandTotal: 'Hours in total',
    sheet: 'Attested hours',
    file: 'attested-hours',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Column headers must differ: a second activity with the same title gets its number. */
function distinct(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    return n === 1 ? title : `${title} (${n})`;
  });
}

function activityTable(rows: HoursRow[], lang: Lang): Table {
  const h = headers[lang];
  return {
    columns: [h.lastName, h.firstName, h.identityNumber, h.sessions, h.present, h.absent, h.excused, h.hours],
    rows: rows.map((r) => [
      r.lastName,
      r.firstName,
      masked(r.identityNumber),
      r.sessions,
      r.present,
      r.absent,
      r.excused,
      r.hours,
    ]),
  };
}

function unitTable(hours: UnitHours, lang: Lang): Table {
  const h = headers[lang];
  return {
    columns: [
      h.lastName,
      h.firstName,
      h.identityNumber,
      ...distinct(hours.activities.map((a) => a.title)),
      h.total,
      h.placement,
      h.grandTotal,
    ],
    rows: hours.participants.map((p) => [
      p.lastName,
      p.firstName,
      p.identityNumberMasked,
      ...p.hours,
      p.attendance,
      p.placement,
      p.total,
    ]),
  };
}

/** An ASCII file name part from a title: å→a, spaces and the rest to hyphens. */
const slug = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'aktivitet';

export type ExportFile = { body: string | Buffer; contentType: string; fileName: string };

async function fileOf(table: Table, query: Query, name: string): Promise<ExportFile> {
  const h = headers[query.lang];
  if (query.format === 'csv') {
    return { body: tableCsv(table), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
  }
  return {
    body: await tableXlsx(table, `${h.sheet} ${query.month}`),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${name}.xlsx`,
  };
}

/** One audit entry per export: what was exported, how many participants, and who they were. */
const auditExport = (tx: Queryable, ctx: Ctx, query: Query, participantIds: string[], activityId?: string) =>
  audit(tx, ctx, {
    action: 'attendance.export',
    subjectType: activityId ? 'activity' : 'unit',
    subjectId: activityId ?? ctx.actor.unitId!,
    details: { month: query.month, format: query.format, exported: participantIds.length, participantIds },
  });

/** One activity's attested hours in a month as CSV or XLSX, one line per participant. */
export function exportActivityHours(ctx: Ctx, activityId: string, query: Query): Promise<ExportFile> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const activity = await findActivity(tx, activityId);
    const rows = await hoursRows(tx, unitId, query.month, activityId);
    await auditExport(
      tx,
      ctx,
      query,
      rows.map((r) => r.participantId),
      activityId,
    );
    const name = `${headers[query.lang].file}-${query.month}-${slug(activity.title)}`;
    return fileOf(activityTable(rows, query.lang), query, name);
  });
}

/** The unit's attested hours in a month as CSV or XLSX: one line per participant, a column per activity. */
export function exportUnitHours(ctx: Ctx, query: Query): Promise<ExportFile> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const hours = await unitHoursOf(tx, unitId, query.month);
    await auditExport(
      tx,
      ctx,
      query,
      hours.participants.map((p) => p.participantId),
    );
    return fileOf(unitTable(hours, query.lang), query, `${headers[query.lang].file}-${query.month}`);
  });
}
