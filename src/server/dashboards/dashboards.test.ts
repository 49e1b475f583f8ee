import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isSuppressed, type Figure } from '#shared/dashboards.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createStaff, createUnit, type StaffSession } from '#tests/factories.ts';
import { linesOf } from './suppression.ts';
import { figureReader, period, table } from './test-figures.ts';
import { seedDashboardFixture } from './test-fixture.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const otherOrg = await createOrganisation(db, 'Ett annat förbund');
const otherUnit = await createUnit(db, otherOrg.id, 'Annanstad');
const staff = (role: StaffSession['role'], unitId?: string) =>
  createStaff(db, { organisationId: org.id, role, unitId });
const manager = await staff('unit_manager', unitA.id);
const coachB = await staff('coach', unitB.id);
const analyst = await staff('analyst');
const administrator = await staff('administrator');
const school = await staff('partner', unitA.id);
const fixture = await seedDashboardFixture(db, {
  organisationId: org.id,
  unitA: unitA.id,
  unitB: unitB.id,
  staffUserId: manager.userId,
});
// Someone else's organisation, which no one here may count.
await seedDashboardFixture(db, {
  organisationId: otherOrg.id,
  unitA: otherUnit.id,
  unitB: (await createUnit(db, otherOrg.id)).id,
  staffUserId: (await createStaff(db, { organisationId: otherOrg.id, role: 'coach', unitId: otherUnit.id }))
    .userId,
});

const get = figureReader(app);
const hidden = { suppressed: true };

describe('a unit’s dashboard, for its staff (nothing hidden)', () => {
  it('counts participants over time, enrolments and exits per month', async () => {
    expect(table(await get(manager, 'participants'))).toEqual({
      '2026-01': [4],
      '2026-02': [6],
      '2026-03': [6],
      '2026-04': [6],
      '2026-05': [6],
      '2026-06': [6],
    });
    expect(table(await get(manager, 'enrolments'))).toEqual({
      '2026-01': [0, 1],
      '2026-02': [3, 0],
      '2026-03': [0, 2],
      '2026-04': [2, 0],
      '2026-05': [0, 1],
      '2026-06': [1, 0],
      total: [6, 4],
    });
  });

  it('counts gender, age bands at the period’s end and the languages spoken most', async () => {
    expect(table(await get(manager, 'gender'))).toEqual({
      woman: [5],
      man: [3],
      non_binary: [1],
      not_stated: [1],
      total: [10],
    });
    expect(table(await get(manager, 'age'))).toEqual({
      under_18: [1],
      '18_29': [4],
      '30_54': [3],
      '55_plus': [1],
      unknown: [1],
      total: [10],
    });
    expect((await get(manager, 'languages')).rows.map((r) => [r.key, ...r.cells])).toEqual([
      ['ar', 6],
      ['en', 3],
      ['fa', 1],
      ['so', 1],
      ['ti', 1],
    ]);
  });

  it('counts attendance at held sessions, distance travelled, the milestone funnel and outcomes', async () => {
    const attendance = table(await get(manager, 'attendance'));
    expect(attendance['2026-02']).toEqual([2, 1, 3]);
    expect(attendance['2026-03']).toEqual([3, 1, 4]);
    expect(attendance.total).toEqual([5, 2, 7]);
    const distance = await get(manager, 'distance');
    expect(distance.rows.map((r) => [r.key, r.label?.sv, ...r.cells])).toEqual([
      ['health', 'Hälsa', 1, 5, 5, 0],
      ['swedish', 'Svenska språket', 2, 2.5, 5.5, 3],
    ]);
    expect(table(await get(manager, 'milestones'))).toEqual({
      enrolled: [10],
      sfi_started: [2],
      sfi_passed: [1],
      studies_started: [0],
      internship_started: [0],
      internship_completed: [0],
      employed: [1],
      left_social_assistance: [0],
    });
    expect(table(await get(manager, 'outcomes'))).toEqual({
      employed: [2, 1, 0],
      in_studies: [1, 0, 0],
      job_seeking: [1, 0, 1],
      social_assistance: [null, 0, 0],
      inactive: [0, null, null],
      other: [0, 0, 0],
      total: [4, 1, 1],
    });
  });

  it('filters by activity and programme, and refuses another unit', async () => {
    const inSfi = table(await get(manager, 'gender', `&activityId=${fixture.activityId}`));
    expect(inSfi).toMatchObject({ woman: [2], man: [2], total: [4] });
    expect(table(await get(manager, 'gender', `&programmeId=${fixture.programmeId}`)).total).toEqual([10]);
    const refused = await as(app, manager).get(`/api/dashboards/gender?${period}&units=${unitB.id}`);
    expect(refused.statusCode).toBe(403);
    // The other unit's coach sees only her own unit's eight.
    expect(table(await get(coachB, 'gender')).total).toEqual([8]);
    const bad = await as(app, manager).get('/api/dashboards/gender?from=2026-06&to=2026-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toEqual(['to']);
  });
});

describe('the Språkvän panels', () => {
  it('count the unit’s language friends for its staff, and are not offered organisation-wide', async () => {
    expect(Object.keys(table(await get(manager, 'languageFriends')))).toEqual([
      'new',
      'interview_booked',
      'approved',
      'declined',
      'paused',
      'active_matches',
      'trial_matches',
      'lasted_six_months',
    ]);
    expect((await get(manager, 'languageFriendMeetings')).rows).toHaveLength(6);
    const refused = await as(app, analyst).get(`/api/dashboards/languageFriends?${period}`);
    expect(refused.statusCode).toBe(403);
  });
});

describe('the programme across units, for the analyst (aggregates only, small counts hidden)', () => {
  it('hides every count under 5 and answers no number for it', async () => {
    const gender = await get(analyst, 'gender');
    expect(gender.suppressed).toBe(true);
    expect(table(gender)).toEqual({
      woman: [13],
      man: [hidden],
      non_binary: [hidden],
      not_stated: [hidden],
      total: [18],
    });
    const numbers = [...gender.rows.flatMap((r) => r.cells), ...gender.total!];
    expect(numbers.filter((c) => typeof c === 'number' && c < 5)).toEqual([]);
    // Languages spoken by fewer than five are not listed at all.
    expect((await get(analyst, 'languages')).rows.map((r) => [r.key, ...r.cells])).toEqual([['ar', 14]]);
  });

  it('hides a further cell where a total would give a hidden one away', async () => {
    const attendance = await get(analyst, 'attendance');
    // 5 attended in all is not small, but expected (7) minus not attended (2, hidden) would reveal it.
    expect(attendance.total).toEqual([hidden, hidden, 7]);
    expect(attendance.rows.every((r) => r.cells.every(isSuppressed))).toBe(true);
    for (const key of [
      'participants',
      'enrolments',
      'gender',
      'age',
      'attendance',
      'milestones',
      'outcomes',
    ]) {
      expect(derivedByAttacker(await get(analyst, key)), key).toEqual([]);
    }
  });

  it('hides averages over fewer than five people', async () => {
    const distance = await get(analyst, 'distance');
    expect(distance.rows.map((r) => r.cells)).toEqual([
      [hidden, hidden, hidden, hidden],
      [hidden, hidden, hidden, hidden],
    ]);
  });

  it('is the same for the administrator, and for one unit chosen', async () => {
    expect(table(await get(administrator, 'gender'))).toEqual(table(await get(analyst, 'gender')));
    expect(table(await get(analyst, 'gender', `&units=${unitA.id}`))).toEqual({
      woman: [5],
      man: [hidden],
      non_binary: [hidden],
      not_stated: [hidden],
      total: [10],
    });
    const foreign = await as(app, analyst).get(`/api/dashboards/gender?${period}&units=${otherUnit.id}`);
    expect(foreign.statusCode).toBe(404);
  });

  it('is refused to the school, and audited without naming anyone', async () => {
    expect((await as(app, school).get(`/api/dashboards/gender?${period}`)).statusCode).toBe(403);
    const { rows } = await db.query<{ participant_id: string | null; details: { suppressed: boolean } }>(
      `select participant_id, details from audit_log where action = 'dashboard.read' and actor_user_id = $1`,
      [analyst.userId],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.participant_id === null && r.details.suppressed)).toBe(true);
  });
});

describe('row-level security of the dashboard views', () => {
  const asRole = (role: string, unitId: string | null, sql: string) =>
    db.transaction(
      async (tx) => (await tx.query(sql)).rows,
      `select set_config('app.organisation_id', '${org.id}', true), set_config('app.unit_id', '${unitId ?? ''}', true),
              set_config('app.role', '${role}', true), set_config('role', 'rodtrad_app', true)`,
      true,
    );

  it('lets the analyst count the organisation’s people but never read a name', async () => {
    expect(await asRole('analyst', null, 'select id from participants')).toEqual([]);
    const seen = await asRole('analyst', null, 'select distinct unit_id from dashboard_participants');
    expect(seen.map((r) => r.unit_id).sort()).toEqual([unitA.id, unitB.id].sort());
    const columns = Object.keys(
      (await asRole('analyst', null, 'select * from dashboard_participants limit 1'))[0]!,
    );
    expect(columns).not.toContain('first_name');
    expect(await asRole('partner', unitA.id, 'select * from dashboard_enrolments')).toEqual([]);
    const coachSees = await asRole('coach', unitB.id, 'select distinct unit_id from dashboard_enrolments');
    expect(coachSees).toEqual([{ unit_id: unitB.id }]);
  });
});

describe('export', () => {
  it('gives a figure’s table as CSV and XLSX, hidden counts written <5', async () => {
    const csv = await as(app, analyst).get(`/api/dashboards/gender/export?${period}&format=csv&lang=sv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('oversikt-kon-2026-01-2026-06.csv');
    expect(parse(csv.body, { bom: true })).toEqual([
      ['Kategori', 'Deltagare'],
      ['Kvinna', '13'],
      ['Man', '<5'],
      ['Icke-binär', '<5'],
      ['Ej angivet', '<5'],
      ['Totalt', '18'],
    ]);
    const xlsx = await as(app, manager).get(
      `/api/dashboards/attendance/export?${period}&format=xlsx&lang=en`,
    );
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Month', 'Attended', 'Not attended', 'Expected']);
    expect(sheet.getRow(3).values).toEqual([undefined, '2026-02', 2, 1, 3]);
    expect(sheet.getRow(8).values).toEqual([undefined, 'Total', 5, 2, 7]);
    const { rows } = await db.query(`select 1 from audit_log where action = 'dashboard.export'`);
    expect(rows).toHaveLength(2);
  });
});

/**
 * An attacker with the published figure: every line that adds up (a column and its total, a row and its
 * row total) where all but one cell is known gives that one away; she repeats while she learns something.
 */
function derivedByAttacker(figure: Figure): string[] {
  const grid = [...figure.rows.map((r) => r.cells), ...(figure.total ? [figure.total] : [])];
  const rowTotals = figure.key === 'attendance';
  const known = grid.map((row) => row.map((c) => (c === null ? 0 : isSuppressed(c) ? null : c)));
  const numbers = grid.map((row) => row.map(() => 0));
  const lines = linesOf(numbers, { columnTotals: figure.total !== null, rowTotals });
  const learnt: string[] = [];
  for (let progress = true; progress;) {
    progress = false;
    for (const line of lines) {
      const unknown = line.filter(([r, c]) => known[r]![c] === null);
      if (unknown.length !== 1) continue;
      const [r, c] = unknown[0]!;
      const total = line[line.length - 1]!;
      const sum = (cells: typeof line) => cells.reduce((s, [i, j]) => s + known[i]![j]!, 0);
      const others = line.filter((at) => at !== unknown[0]);
      known[r]![c] =
        unknown[0] === total
          ? sum(others)
          : known[total[0]]![total[1]]! - sum(others.filter((at) => at !== total));
      learnt.push(`${r},${c}`);
      progress = true;
    }
  }
  return learnt;
}
