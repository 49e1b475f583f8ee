import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '#tests/app.ts';
import { createOrganisation, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const count = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from participants')).rows[0]!.n;

const upload = (body: string | Buffer, type: string, dryRun: boolean, session = coach) =>
  app.inject({
    method: 'POST',
    url: `/api/participants/import?dryRun=${dryRun}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': type },
    payload: body,
  });

// Swedish Excel's CSV: semicolons, a BOM, Swedish headers. 19121212-1212 is Skatteverket's test number.
const badCsv = [
  '\uFEFFFörnamn;Efternamn;Personnummer;Språk;Tolkspråk;Ankomstår;Favoritfärg',
  'Amina;Ali;19121212-1212;ar, sv;ar;2019;',
  'Hodan;Yusuf;19121212-1213;so;;2031;blå',
  'Yonas;;;ti;;2018;',
  'Amina;Ali;191212121212;ar;;;',
].join('\n');

describe('importing the programme’s spreadsheet', () => {
  it('reports every row’s problems in a dry run, and writes nothing', async () => {
    const res = await upload(badCsv, 'text/csv', true);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ rows: 4, accepted: false, written: 0 });
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'identityNumber' }),
        expect.objectContaining({ row: 3, field: 'arrivalYear' }),
        expect.objectContaining({ row: 3, field: 'Favoritfärg', message: 'unknown column' }),
        expect.objectContaining({ row: 4, field: 'lastName' }),
        expect.objectContaining({ row: 5, field: 'identityNumber', message: 'the same person as row 2' }),
      ]),
    );
    expect(await count()).toBe(0);
  });

  it('refuses the whole file when any row is wrong', async () => {
    const res = await upload(badCsv, 'text/csv', false);
    expect(res.statusCode).toBe(400);
    expect(res.json().report.problems.length).toBeGreaterThan(3);
    expect(await count()).toBe(0);
  });

  it('writes every row of an accepted XLSX file, and finds them as duplicates next time', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Deltagare');
    sheet.addRow(['Förnamn', 'Efternamn', 'Personnummer', 'Födelsedatum', 'Språk', 'Kön']);
    sheet.addRow(['Amina', 'Ali', '19121212-1212', null, 'ar', 'kvinna']);
    sheet.addRow(['Olena', 'Kovalenko', null, new Date('1988-05-04'), 'uk ru', 'Kvinna']);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const dry = (await upload(file, type, true)).json();
    expect(dry).toEqual({ rows: 2, accepted: true, written: 0, problems: [] });
    const done = (await upload(file, type, false)).json();
    expect(done).toMatchObject({ accepted: true, written: 2 });
    const { rows } = await db.query<{
      first_name: string;
      birth_date: string;
      languages: string[];
      gender: string;
    }>('select first_name, birth_date, languages, gender from participants order by first_name');
    expect(rows).toEqual([
      { first_name: 'Amina', birth_date: '1912-12-12', languages: ['ar'], gender: 'woman' },
      { first_name: 'Olena', birth_date: '1988-05-04', languages: ['uk', 'ru'], gender: 'woman' },
    ]);
    const again = (await upload(file, type, true)).json();
    expect(again.problems.map((p: { message: string }) => p.message)).toEqual([
      'already registered in this unit',
      'already registered in this unit',
    ]);
  });

  it('refuses a file that is neither CSV nor XLSX, and a teacher', async () => {
    expect((await upload(Buffer.from('PK\u0003\u0004garbage'), 'text/csv', true)).statusCode).toBe(400);
    expect((await upload('a;b', 'text/csv', true, teacher)).statusCode).toBe(403);
  });
});
