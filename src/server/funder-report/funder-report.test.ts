import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { outcomeIndicatorCounts } from './indicators.ts';
import { participantCode } from './rules.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const staff = (role: 'coach' | 'unit_manager' | 'partner', unitId = unit.id) =>
  createStaff(db, { organisationId: org.id, role, unitId });
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const analyst = await createStaff(db, { organisationId: org.id, role: 'analyst' });
const coach = await staff('coach');
const manager = await staff('unit_manager');
const school = await staff('partner');
const otherCoach = await staff('coach', otherUnit.id);
const otherManager = await staff('unit_manager', otherUnit.id);

const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
const sara = await createParticipant(db, unit.id, 'Sara', 'Haile');
const berhane = await createParticipant(db, otherUnit.id, 'Berhane', 'Tesfay');
await db.query(
  `update participants set birth_date = x.b::date, gender = x.g
     from (values ($1::uuid, '1990-05-10', 'woman'), ($2::uuid, '2008-06-01', null),
                  ($3::uuid, '1970-01-01', 'woman'), ($4::uuid, '1985-02-02', 'man')) x(id, b, g)
    where participants.id = x.id`,
  [amina.id, hodan.id, sara.id, berhane.id],
);

const programme = (
  await as(app, admin).post('/api/programmes', {
    name: 'Vägen vidare',
    funder: 'Europeiska socialfonden+',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  })
).json() as { id: string };

const enrol = async (who: typeof coach, participantId: string, startedOn: string) => {
  const res = await as(app, who).post(`/api/participants/${participantId}/enrolments`, {
    programmeId: programme.id,
    startedOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
};
const exit = async (enrolment: { id: string; version: number }, exitedOn: string) => {
  const res = await as(app, coach).post(`/api/enrolments/${enrolment.id}/exit`, {
    exitedOn,
    reason: 'employment',
    status: 'employed',
    version: enrolment.version,
  });
  expect(res.statusCode, res.body).toBe(200);
};

const aminaEnrolment = await enrol(coach, amina.id, '2026-03-02');
await enrol(coach, hodan.id, '2026-03-15');
await enrol(otherCoach, berhane.id, '2026-03-20');

const entries = (id: string) => `/api/participants/${id}/esf-entries`;
const entryUrl = (id: string) => `${entries(id)}/${programme.id}`;
const noSensitive = {
  disability: null,
  thirdCountryNational: null,
  foreignBackground: null,
  minority: null,
  homeless: null,
  rural: null,
};
const aminaData = {
  gender: 'woman',
  labourStatus: { status: 'unemployed', longTermUnemployed: true },
  education: 'isced_3_4',
  sensitive: { ...noSensitive, disability: 'prefers_not', thirdCountryNational: 'yes', rural: 'no' },
  fourWeeks: null,
  sixMonths: null,
};
const month = (m: string) => `/api/funder-report/${programme.id}/months/${m}`;
const auditOf = async (like: string) =>
  (
    await db.query<{ action: string; participant_id: string | null; details: Record<string, unknown> }>(
      'select action, participant_id, details from audit_log where action like $1 order by id',
      [like],
    )
  ).rows;

describe('ESF+ entry and exit data', () => {
  it('starts from the register, is recorded at the version read, refuses contradictions and is audited', async () => {
    const [before] = (await as(app, coach).get(entries(amina.id))).json();
    expect(before).toMatchObject({
      programmeId: programme.id,
      programmeName: 'Vägen vidare',
      entryOn: '2026-03-02',
      exitedOn: null,
      ageBand: '30_54',
      entry: null,
      prefill: { gender: 'woman' },
      problems: ['no_entry_data'],
    });

    // Impossible: refused at the edge, each naming its field.
    const inactiveLongTerm = await as(app, coach).put(entryUrl(amina.id), {
      ...aminaData,
      labourStatus: { status: 'inactive', longTermUnemployed: true },
    });
    expect(inactiveLongTerm.statusCode).toBe(400);
    const improved = await as(app, coach).put(entryUrl(amina.id), {
      ...aminaData,
      sixMonths: { employed: true, improvedSituation: true },
    });
    expect(improved.statusCode).toBe(400);
    expect(JSON.stringify(improved.json())).toContain('improvedSituation');
    // Results belong to after she left.
    const early = await as(app, coach).put(entryUrl(amina.id), {
      ...aminaData,
      fourWeeks: { jobSearching: true, inEducation: false, gainedQualification: false, employed: false },
    });
    expect(early.statusCode).toBe(400);

    const saved = await as(app, coach).put(entryUrl(amina.id), aminaData);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      entry: {
        ...aminaData,
        code: participantCode(amina.id, programme.id),
        ageBand: '30_54',
        version: 0,
      },
      problems: [],
    });
    // A second first recording (someone else's form) is a conflict carrying what is there now.
    const again = await as(app, manager).put(entryUrl(amina.id), { ...aminaData, gender: 'man' });
    expect(again.statusCode).toBe(409);
    expect(again.json().current.entry.gender).toBe('woman');
    const changed = await as(app, coach).put(entryUrl(amina.id), {
      ...aminaData,
      education: 'isced_5_8',
      version: 0,
    });
    expect(changed.json().entry).toMatchObject({ education: 'isced_5_8', version: 1 });
    const stale = await as(app, manager).put(entryUrl(amina.id), { ...aminaData, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.entry.version).toBe(1);

    // Sensitive data: never the school, the analyst not even to read, another unit not at all.
    expect((await as(app, school).get(entries(amina.id))).statusCode).toBe(403);
    expect((await as(app, analyst).get(entries(amina.id))).statusCode).toBe(403);
    expect((await as(app, otherCoach).get(entries(amina.id))).statusCode).toBe(404);
    expect((await as(app, admin).get(entries(amina.id))).statusCode).toBe(403);

    const audited = await auditOf('esf_entry.%');
    expect(audited.map((a) => a.action)).toEqual([
      'esf_entry.list',
      'esf_entry.save',
      'esf_entry.save',
      'esf_entry.list',
    ]);
    expect(audited[1]!.details).toMatchObject({
      programmeId: programme.id,
      created: true,
      sensitiveAnswered: 3,
    });
    // The answers themselves never reach the audit log.
    expect(JSON.stringify(audited)).not.toContain('prefers_not');
  });

  it('keeps the first entry data when she enters the same programme again', async () => {
    const first = await enrol(coach, sara.id, '2026-02-02');
    const recorded = await as(app, coach).put(entryUrl(sara.id), {
      ...aminaData,
      labourStatus: { status: 'employed' },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    await exit(first, '2026-02-27');
    await enrol(coach, sara.id, '2026-05-04');
    const [stay] = (await as(app, coach).get(entries(sara.id))).json();
    expect(stay).toMatchObject({
      entryOn: '2026-02-02',
      exitedOn: null,
      entry: { code: recorded.json().entry.code, labourStatus: { status: 'employed' }, version: 0 },
    });
    const corrected = await as(app, coach).put(entryUrl(sara.id), {
      ...aminaData,
      gender: 'woman',
      version: 0,
    });
    expect(corrected.json()).toMatchObject({ entryOn: '2026-02-02', entry: { version: 1 } });
    const rows = await db.query('select entry_on::text from esf_entries where participant_id = $1', [
      sara.id,
    ]);
    expect(rows.rows).toEqual([{ entry_on: '2026-02-02' }]);
    // She starts once in the funder's lists (February), not again in May.
    expect((await as(app, manager).get(month('2026-05'))).json()).toMatchObject({ entries: 0, exits: 0 });
    expect((await as(app, manager).get(month('2026-02'))).json()).toMatchObject({ entries: 1, exits: 1 });
  });
});

describe('the monthly start and exit lists', () => {
  it('list everyone with missing or contradictory data, with her name for the unit manager', async () => {
    await exit({ ...aminaEnrolment, version: 0 }, '2026-04-20');
    await as(app, coach).put(entryUrl(hodan.id), {
      ...aminaData,
      gender: null,
      labourStatus: null,
      education: null,
    });
    // The register's birth date was wrong at the time and has been corrected since.
    await db.query("update participants set birth_date = '2007-01-01' where id = $1", [hodan.id]);

    const preview = await as(app, manager).get(month('2026-03'));
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ scope: 'unit', entries: 2, exits: 0 });
    const problems = Object.fromEntries(
      preview.json().validation.map((v: { name: string; problems: string[] }) => [v.name, v.problems]),
    );
    expect(problems).toEqual({
      'Amina Ali': ['four_weeks_missing', 'six_months_missing'],
      'Hodan Yusuf': ['missing_gender', 'missing_status', 'missing_education', 'age_band_mismatch'],
    });

    // Corrected from her record: the problems go.
    const [amina_] = (await as(app, coach).get(entries(amina.id))).json();
    await as(app, coach).put(entryUrl(amina.id), {
      ...aminaData,
      fourWeeks: { jobSearching: false, inEducation: false, gainedQualification: true, employed: true },
      sixMonths: { employed: true, improvedSituation: null },
      version: amina_.entry.version,
    });
    const after = (await as(app, manager).get(month('2026-03'))).json();
    expect(after.validation.map((v: { name: string }) => v.name)).toEqual(['Hodan Yusuf']);
  });

  it('export a month as kept versions, read back as CSV and XLSX, and re-export later months in one go', async () => {
    const march = await as(app, manager).post(`${month('2026-03')}/exports`, {});
    expect(march.statusCode, march.body).toBe(201);
    expect(march.json()).toMatchObject([{ month: '2026-03', version: 1, rows: 2, unitId: unit.id }]);
    const april = (await as(app, manager).post(`${month('2026-04')}/exports`, {})).json();
    expect(april).toMatchObject([{ month: '2026-04', version: 1, rows: 1 }]);

    const csv = await as(app, manager).get(`/api/funder-exports/${march.json()[0].id}/file?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      Deltagarkod: participantCode(amina.id, programme.id),
      Enhet: 'Södertälje',
      Händelse: 'START',
      Datum: '2026-03-02',
      Kön: 'W',
      'Ålder vid start': '30-54',
      'Arbetsmarknadsstatus vid start': 'UNE',
      Långtidsarbetslös: '1',
      'Utbildning (ISCED)': '3-4',
      Funktionsnedsättning: '9',
      'Medborgare i tredjeland': '1',
      'Bor på landsbygd': '0',
      Minoritet: '',
    });
    expect(lines[1]).toMatchObject({
      Händelse: 'START',
      Datum: '2026-03-15',
      Kön: '',
      'Ålder vid start': '<18',
    });
    // No names, no identity numbers.
    expect(csv.body).not.toMatch(/Amina|Hodan|Ali/);

    const xlsx = await as(app, manager).get(`/api/funder-exports/${april[0].id}/file?format=xlsx&lang=en`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Event')).toBe('EXIT');
    expect(cell('Date')).toBe('2026-04-20');
    expect(cell('In employment within 4 weeks (common result indicator)')).toBe(1);
    expect(cell('Gained a qualification within 4 weeks (not a common result indicator)')).toBe(1);
    expect(cell('In employment 6 months after leaving')).toBe(1);

    // A correction to March: March and April again, as new versions; the first ones stay downloadable.
    const [hodan_] = (await as(app, coach).get(entries(hodan.id))).json();
    await as(app, coach).put(entryUrl(hodan.id), { ...aminaData, version: hodan_.entry.version });
    const again = await as(app, manager).post(`${month('2026-03')}/exports`, { andLater: true });
    expect(again.json().map((e: { month: string; version: number }) => [e.month, e.version])).toEqual([
      ['2026-03', 2],
      ['2026-04', 2],
    ]);
    const kept = (await as(app, manager).get(`/api/funder-report/${programme.id}/exports`)).json();
    expect(kept.map((e: { month: string; version: number }) => `${e.month}/${e.version}`)).toEqual([
      '2026-04/2',
      '2026-04/1',
      '2026-03/2',
      '2026-03/1',
    ]);
    const v1 = parse(
      (await as(app, manager).get(`/api/funder-exports/${march.json()[0].id}/file?format=csv`)).body,
      { columns: true, bom: true },
    ) as Record<string, string>[];
    const v2 = parse(
      (await as(app, manager).get(`/api/funder-exports/${again.json()[0].id}/file?format=csv`)).body,
      { columns: true, bom: true },
    ) as Record<string, string>[];
    expect([v1[1]!.Kön, v2[1]!.Kön]).toEqual(['', 'W']);

    // The checksum is of the rows as stored, and a kept export never changes.
    const sums = await db.query<{ ok: boolean }>(
      `select checksum = encode(sha256(convert_to(rows::text, 'UTF8')), 'hex') as ok from funder_exports`,
    );
    expect(sums.rows.every((r) => r.ok)).toBe(true);
    await expect(db.query("update funder_exports set month = '2026-01'")).rejects.toThrow(/never changes/);

    const exported = await auditOf('funder_report.export');
    expect(exported).toHaveLength(4);
    expect(exported[0]!.details).toMatchObject({
      month: '2026-03',
      version: 1,
      exported: 2,
      participantIds: expect.arrayContaining([amina.id, hodan.id]),
    });
    expect((await auditOf('funder_report.download')).length).toBe(4);
  });

  it('span the programme for the administrator without names, and are closed to everyone else', async () => {
    const preview = (await as(app, admin).get(month('2026-03'))).json();
    expect(preview).toMatchObject({ scope: 'programme', entries: 3, exits: 0, exports: [] });
    expect(preview.validation.every((v: { name: string | null }) => v.name === null)).toBe(true);
    expect(preview.validation.map((v: { unitName: string }) => v.unitName)).toContain('Botkyrka');
    const kept = (await as(app, admin).post(`${month('2026-03')}/exports`, {})).json();
    expect(kept).toMatchObject([{ unitId: null, version: 1, rows: 3 }]);

    // Each sees only their own kept exports.
    expect((await as(app, otherManager).get(`/api/funder-report/${programme.id}/exports`)).json()).toEqual(
      [],
    );
    const theirs = (await as(app, manager).get(`/api/funder-report/${programme.id}/exports`)).json();
    expect(
      (await as(app, otherManager).get(`/api/funder-exports/${theirs[0].id}/file?format=csv`)).statusCode,
    ).toBe(404);
    expect((await as(app, otherManager).get(month('2026-03'))).json()).toMatchObject({ entries: 1 });

    for (const who of [coach, analyst, school]) {
      expect((await as(app, who).get(month('2026-03'))).statusCode).toBe(403);
      expect((await as(app, who).get(`/api/funder-exports/${kept[0].id}/file?format=csv`)).statusCode).toBe(
        403,
      );
    }
    // Row-level security too: the analyst's and the school's transactions see no entry data and no export.
    for (const role of ['analyst', 'partner', 'coach']) {
      const seen = await db.transaction(
        async (tx) =>
          (
            await tx.query<{ n: number }>(
              'select (select count(*) from esf_entries)::int + (select count(*) from funder_exports)::int as n',
            )
          ).rows[0]!.n,
        `select set_config('app.organisation_id', '${org.id}', true),
                set_config('app.unit_id', '${role === 'analyst' ? '' : unit.id}', true),
                set_config('app.role', '${role}', true), set_config('role', 'rodtrad_app', true)`,
        true,
      );
      expect(seen, role).toBe(role === 'coach' ? 3 : 0);
    }
  });
});

describe('outcome indicator counts (for dashboards)', () => {
  it('count entries by the Annex I items and the results of those who left, without names', async () => {
    const counts = await outcomeIndicatorCounts(db, {
      unitIds: [unit.id, otherUnit.id],
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(counts).toEqual({
      entries: 4,
      byGender: { woman: 3, man: 0, non_binary: 0, unknown: 1 },
      byStatus: { unemployed: 3, longTermUnemployed: 3, inactive: 0, employed: 0, unknown: 1 },
      byAgeBand: { under_18: 0, '18_29': 1, '30_54': 1, '55_over': 1, unknown: 1 },
      byEducation: { isced_0_2: 0, isced_3_4: 3, isced_5_8: 0, unknown: 1 },
      exits: 2,
      fourWeeks: { recorded: 1, jobSearching: 0, inEducation: 0, gainedQualification: 1, employed: 1 },
      sixMonths: { recorded: 1, employed: 1, improvedSituation: 0 },
    });
    const march = await outcomeIndicatorCounts(db, {
      unitIds: [unit.id],
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect([march.entries, march.exits]).toEqual([2, 0]);
  });
});

describe('a merge of two records of one person', () => {
  it('moves her entry data to the record that stays, and undoing it moves the data back', async () => {
    const kept = await createParticipant(db, unit.id, 'Fatuma', 'Ali');
    const twin = await createParticipant(db, unit.id, 'Fatuma', 'Ali');
    await enrol(coach, twin.id, '2026-09-01');
    const saved = (await as(app, coach).put(entryUrl(twin.id), aminaData)).json();
    const preview = (
      await as(app, coach).get(`/api/participants/${twin.id}/merge-preview?into=${kept.id}`)
    ).json();
    const merged = await as(app, coach).post(`/api/participants/${twin.id}/merge`, {
      into: kept.id,
      version: preview.source.version,
      intoVersion: preview.target.version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await as(app, coach).get(entries(kept.id))).json()[0].entry.code).toBe(saved.entry.code);
    // The merged record can still be read (it is kept so the merge can be undone).
    expect((await as(app, coach).get(entries(twin.id))).json()).toEqual([]);
    expect((await as(app, coach).post(`/api/participant-merges/${merged.json().id}/undo`)).statusCode).toBe(
      200,
    );
    expect((await as(app, coach).get(entries(kept.id))).json()).toEqual([]);
    expect((await as(app, coach).get(entries(twin.id))).json()[0].entry.code).toBe(saved.entry.code);
  });
});
