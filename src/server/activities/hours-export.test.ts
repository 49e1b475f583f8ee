import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const staff = (role: 'coach' | 'case_worker' | 'teacher' | 'language_supporter', unitId = unit.id) =>
  createStaff(db, { organisationId: org.id, role, unitId });
const teacher = await staff('teacher');
const coach = await staff('coach');
const supporter = await staff('language_supporter');
const outsider = await staff('coach', otherUnit.id);
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
// A name that a spreadsheet would run as a formula if it were written as it is.
const yonas = await createParticipant(db, unit.id, 'Yonas', '=HYPERLINK("http://x.test","Tesfaye")');
await db.query("update participants set identity_number = '191212121212' where id = $1", [amina.id]);

const created = async (body: object) => (await as(app, teacher).post('/api/activities', body)).json();
const swedish = await created({ type: 'swedish', title: 'Svenska A' });
const health = await created({ type: 'health_school', title: '@Hälsoskola' });

const addSession = async (activityId: string, date: string, startTime: string, durationMinutes: number) => {
  const res = await as(app, teacher).post(`/api/activities/${activityId}/sessions`, {
    date,
    startTime,
    durationMinutes,
  });
  expect(res.statusCode).toBe(201);
  return res.json()[0] as { id: string; startsAt: string };
};
const join = async (activityId: string, participantId: string) =>
  expect(
    (
      await as(app, coach).post(`/api/activities/${activityId}/participants`, {
        participantId,
        joinedOn: '2026-02-01',
        confirmOverlap: true,
      })
    ).statusCode,
  ).toBe(200);
const mark = async (sessionId: string, participantId: string, status: string) =>
  expect(
    (
      await as(app, teacher).put(`/api/activity-sessions/${sessionId}/attendance/${participantId}`, {
        status,
      })
    ).statusCode,
  ).toBe(200);

for (const p of [amina, hodan]) await join(swedish.id, p.id);
for (const p of [amina, yonas]) await join(health.id, p.id);

// March 2026 in Stockholm: starts at 2026-02-28T23:00Z, daylight saving begins on the 29th at 02:00.
const firstOfMarch = await addSession(swedish.id, '2026-03-01', '00:30', 60); // 2026-02-28T23:30Z
const overDst = await addSession(swedish.id, '2026-03-29', '01:30', 120); // 01:30 CET to 04:30 CEST: 2 hours
const lastOfMarch = await addSession(swedish.id, '2026-03-31', '23:30', 30); // 21:30Z
// 2026-03-31T22:30Z: April in Stockholm (and 45 minutes, so that a month taken in UTC would give other hours).
const firstOfApril = await addSession(swedish.id, '2026-04-01', '00:30', 45);
const cancelled = await addSession(swedish.id, '2026-03-10', '10:00', 90);
const healthDay = await addSession(health.id, '2026-03-15', '10:00', 60);
expect(firstOfMarch.startsAt).toBe('2026-02-28T23:30:00.000Z');
expect(firstOfApril.startsAt).toBe('2026-03-31T22:30:00.000Z');

await mark(firstOfMarch.id, amina.id, 'present');
await mark(firstOfMarch.id, hodan.id, 'absent');
await mark(overDst.id, amina.id, 'present');
await mark(overDst.id, hodan.id, 'excused');
await mark(lastOfMarch.id, amina.id, 'present');
await mark(firstOfApril.id, amina.id, 'present');
await mark(cancelled.id, amina.id, 'present');
await mark(healthDay.id, amina.id, 'present');
await mark(healthDay.id, yonas.id, 'present');
// A past session cannot be cancelled through the API any more; one cancelled after its marks must not count.
await db.query("update activity_sessions set cancelled_at = now(), cancel_reason = 'Sjuk' where id = $1", [
  cancelled.id,
]);

const csvOf = (body: string) =>
  parse(body, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];

async function sheetOf(raw: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(raw as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const values = (n: number) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);
  return { name: sheet.name, rows: Array.from({ length: sheet.rowCount }, (_, i) => values(i + 1)) };
}

const exports = async () =>
  (
    await db.query<{ actor_user_id: string; subject_type: string; subject_id: string; details: object }>(
      "select actor_user_id, subject_type, subject_id, details from audit_log where action = 'attendance.export' order by id",
    )
  ).rows;

describe('attested hours of one activity', () => {
  it('exports a Stockholm month as CSV: the DST night counts its real two hours, cancelled and April sessions do not count', async () => {
    const res = await as(app, coach).get(
      `/api/activities/${swedish.id}/attendance/export?month=2026-03&format=csv`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="narvarotimmar-2026-03-svenska-a.csv"',
    );
    expect(csvOf(res.body)).toEqual([
      {
        Efternamn: 'Ali',
        Förnamn: 'Amina',
        Personnummer: '19121212-****',
        'Markerade tillfällen': '3',
        Närvarande: '3',
        Frånvarande: '0',
        'Giltigt frånvarande': '0',
        Närvarotimmar: '3.5',
      },
      {
        Efternamn: 'Yusuf',
        Förnamn: 'Hodan',
        Personnummer: '',
        'Markerade tillfällen': '2',
        Närvarande: '0',
        Frånvarande: '1',
        'Giltigt frånvarande': '1',
        Närvarotimmar: '0',
      },
    ]);
    const april = csvOf(
      (await as(app, coach).get(`/api/activities/${swedish.id}/attendance/export?month=2026-04&format=csv`))
        .body,
    );
    expect(april.map((r) => [r.Förnamn, r.Närvarotimmar])).toEqual([['Amina', '0.75']]);
  });

  it('exports the same as XLSX with numbers as numbers, headers in English on request', async () => {
    const res = await as(app, teacher).get(
      `/api/activities/${swedish.id}/attendance/export?month=2026-03&format=xlsx&lang=en`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain('filename="attested-hours-2026-03-svenska-a.xlsx"');
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.name).toBe('Attested hours 2026-03');
    expect(sheet.rows).toEqual([
      [
        'Last name',
        'First name',
        'Identity number',
        'Sessions marked',
        'Present',
        'Absent',
        'Excused',
        'Attested hours',
      ],
      ['Ali', 'Amina', '19121212-****', 3, 3, 0, 0, 3.5],
      ['Yusuf', 'Hodan', undefined, 2, 0, 1, 1, 0],
    ]);
  });

  it('answers a bad month or format with problem details, another unit’s activity with 404, a supporter with 403', async () => {
    const bad = await as(app, coach).get(
      `/api/activities/${swedish.id}/attendance/export?month=2026-13&format=pdf`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(
      bad
        .json()
        .errors.map((e: { path: string[] }) => e.path.join('.'))
        .sort(),
    ).toEqual(['format', 'month']);
    const theirs = await as(app, outsider).get(
      `/api/activities/${swedish.id}/attendance/export?month=2026-03&format=csv`,
    );
    expect(theirs.statusCode).toBe(404);
    expect(theirs.headers['content-type']).toContain('application/problem+json');
    const refused = await as(app, supporter).get(
      `/api/activities/${swedish.id}/attendance/export?month=2026-03&format=csv`,
    );
    expect(refused.statusCode).toBe(403);
  });
});

describe('attested hours of the unit', () => {
  const expected = [
    // Sorted by last name as the database compares them: '=' before letters.
    ['\'=HYPERLINK("http://x.test","Tesfaye")', 'Yonas', null, 1, null, 1, 0, 1],
    ['Ali', 'Amina', '19121212-****', 1, 3.5, 4.5, 0, 4.5],
    ['Yusuf', 'Hodan', null, null, 0, 0, 0, 0],
  ];

  it('shows each participant’s hours per activity and her total on screen', async () => {
    const res = await as(app, coach).get('/api/attested-hours?month=2026-03');
    expect(res.statusCode).toBe(200);
    const hours = res.json();
    expect(hours.activities.map((a: { title: string }) => a.title)).toEqual(['@Hälsoskola', 'Svenska A']);
    expect(
      hours.participants.map((p: { firstName: string; hours: (number | null)[]; total: number }) => [
        p.firstName,
        ...p.hours,
        p.total,
      ]),
    ).toEqual([
      ['Yonas', 1, null, 1],
      ['Amina', 1, 3.5, 4.5],
      ['Hodan', null, 0, 0],
    ]);
    expect((await as(app, outsider).get('/api/attested-hours?month=2026-03')).json().participants).toEqual(
      [],
    );
    const { rows } = await db.query<{ subject_id: string; details: object }>(
      "select subject_id, details from audit_log where action = 'attendance.hours' and subject_type = 'unit' order by id",
    );
    expect(rows).toEqual([
      { subject_id: unit.id, details: { month: '2026-03', returned: 3 } },
      { subject_id: otherUnit.id, details: { month: '2026-03', returned: 0 } },
    ]);
  });

  it('exports CSV with formula-looking names and titles defused', async () => {
    const res = await as(app, coach).get('/api/attested-hours/export?month=2026-03&format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="narvarotimmar-2026-03.csv"');
    const rows = parse(res.body, { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Efternamn',
      'Förnamn',
      'Personnummer',
      "'@Hälsoskola",
      'Svenska A',
      'Närvarotimmar totalt',
      'Praktiktimmar',
      'Timmar totalt',
    ]);
    expect(rows.slice(1)).toEqual(expected.map((r) => r.map((c) => (c === null ? '' : String(c)))));
  });

  it('exports XLSX with the same values and no formula in any cell', async () => {
    const res = await as(app, teacher).get('/api/attested-hours/export?month=2026-03&format=xlsx');
    expect(res.statusCode).toBe(200);
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.name).toBe('Närvarotimmar 2026-03');
    expect(sheet.rows[0]).toEqual([
      'Efternamn',
      'Förnamn',
      'Personnummer',
      "'@Hälsoskola",
      'Svenska A',
      'Närvarotimmar totalt',
      'Praktiktimmar',
      'Timmar totalt',
    ]);
    // Empty cells are holes in ExcelJS's row values; compare them as null.
    expect(sheet.rows.slice(1).map((r) => Array.from({ length: 8 }, (_, i) => r[i] ?? null))).toEqual(
      expected,
    );
    expect(sheet.rows.flat().some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
  });

  it('answers a missing format with problem details and audits each export once with its count', async () => {
    const bad = await as(app, coach).get('/api/attested-hours/export?month=2026-03');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toEqual(['format']);
    expect((await as(app, supporter).get('/api/attested-hours?month=2026-03')).statusCode).toBe(403);

    const entries = await exports();
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({
      actor_user_id: coach.userId,
      subject_type: 'activity',
      subject_id: swedish.id,
      details: { month: '2026-03', format: 'csv', exported: 2, participantIds: [amina.id, hodan.id] },
    });
    expect(entries.at(-1)).toMatchObject({
      actor_user_id: teacher.userId,
      subject_type: 'unit',
      subject_id: unit.id,
      details: { month: '2026-03', format: 'xlsx', exported: 3 },
    });
  });
});

describe('her attendance session by session', () => {
  it('lists her activities and her mark at each session held, cancelled ones shown, and audits the read', async () => {
    const res = await as(app, coach).get(`/api/participants/${hodan.id}/attendance/sessions`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.activities).toEqual([
      { activityId: swedish.id, title: 'Svenska A', joinedOn: '2026-02-01', leftOn: null },
    ]);
    expect(
      body.sessions.map((s: { sessionId: string; status: string | null; cancelledAt: string | null }) => [
        s.sessionId,
        s.status,
        s.cancelledAt !== null,
      ]),
    ).toEqual([
      [firstOfApril.id, null, false],
      [lastOfMarch.id, null, false],
      [overDst.id, 'excused', false],
      [cancelled.id, null, true],
      [firstOfMarch.id, 'absent', false],
    ]);
    const { rows } = await db.query<{ participant_id: string; outcome: string }>(
      "select participant_id, outcome from audit_log where action = 'attendance.list' order by id",
    );
    expect(rows).toEqual([{ participant_id: hodan.id, outcome: 'ok' }]);
  });

  it('keeps another unit out (404, audited as denied) and answers a bad id with problem details', async () => {
    const theirs = await as(app, outsider).get(`/api/participants/${hodan.id}/attendance/sessions`);
    expect(theirs.statusCode).toBe(404);
    const { rows } = await db.query<{ outcome: string }>(
      "select outcome from audit_log where action = 'attendance.list' and participant_id = $1 order by id desc limit 1",
      [hodan.id],
    );
    expect(rows[0]!.outcome).toBe('denied');
    const bad = await as(app, coach).get('/api/participants/nope/attendance/sessions');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toEqual(['id']);
  });
});
