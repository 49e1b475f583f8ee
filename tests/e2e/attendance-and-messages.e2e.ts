import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  type StaffSession,
} from '#tests/factories.ts';
import {
  caseFileSection,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  skipJourneys,
  startServer,
  type TestServer,
  stockholmDay,
  callApi,
} from './harness.ts';

const month = stockholmDay(-1).slice(0, 7);
const monthName = new Intl.DateTimeFormat('sv-SE', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${month}-01T00:00:00Z`));

describe.skipIf(skipJourneys)('attendance, attested hours and her messages', () => {
  let server: TestServer;
  let browser: Browser;
  let teacher: StaffSession;
  let coach: StaffSession;
  let amina: { id: string };
  let yesterday: { id: string };

  /** The API as a staff member calls it, to set the scene where the interface is covered elsewhere. */
  const call = <T>(session: StaffSession, method: string, path: string, body?: unknown) =>
    callApi<T>(server, session, method, path, body);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    teacher = await createStaff(server.db, {
      organisationId: organisation.id,
      role: 'teacher',
      unitId: unit.id,
    });
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    amina = await createParticipant(server.db, unit.id, 'Amina', 'Ali');
    const hodan = await createParticipant(server.db, unit.id, 'Hodan', 'Yusuf');
    await server.db.query("update participants set identity_number = '191212121212' where id = $1", [
      amina.id,
    ]);

    const activity = await call<{ id: string }>(teacher, 'POST', '/api/activities', {
      type: 'swedish',
      title: 'Svenska för nybörjare',
    });
    for (const p of [amina, hodan]) {
      await call(coach, 'POST', `/api/activities/${activity.id}/participants`, {
        participantId: p.id,
        joinedOn: stockholmDay(-30),
      });
    }
    const add = (date: string, startTime: string, durationMinutes: number) =>
      call<{ id: string }[]>(teacher, 'POST', `/api/activities/${activity.id}/sessions`, {
        date,
        startTime,
        durationMinutes,
      });
    [yesterday] = (await add(stockholmDay(-1), '09:00', 120)) as [{ id: string }];
    const [before] = (await add(stockholmDay(-2), '13:00', 90)) as [{ id: string }];
    await call(teacher, 'PUT', `/api/activity-sessions/${before.id}/attendance/${amina.id}`, {
      status: 'excused',
    });

    // Her message log: one reminder kept on the server (OUTBOX=log), one held by an earlier pause.
    const message = (id: string, status: string, providerId: string | null, body: string) =>
      server.db.query(
        `insert into outbox_messages (id, unit_id, participant_id, kind, dedupe_key, channel, to_address, language,
           body, status, provider_id, sent_at, attempts)
         values ($1, $2, $3, 'session_reminder', $4, 'sms', '+46701234567', 'sv', $5, $6, $7,
           case when $6 = 'sent' then now() end, 1)`,
        [
          id,
          unit.id,
          amina.id,
          `session_reminder:${yesterday.id}:${amina.id}:${id}`,
          body,
          status,
          providerId,
        ],
      );
    await message(
      '0193a6f0-0000-7000-8000-000000000001',
      'sent',
      'log',
      'Hej Amina! Påminnelse: Svenska för nybörjare i morgon 09:00.',
    );
    await message(
      '0193a6f0-0000-7000-8000-000000000002',
      'held',
      null,
      'Hej Amina! Påminnelse om i dag 09:00.',
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a teacher takes attendance for yesterday’s class', async () => {
    const { page, problems } = await openSignedInTab(browser, teacher);
    await page.goto(`${server.baseUrl}/activity-sessions/${yesterday.id}/attendance`);
    await expectHeading(page, 'Närvaro');
    const person = (name: string) => page.getByRole('group', { name });
    await person('Amina Ali').getByRole('button', { name: 'Närvarande', exact: true }).click();
    await person('Hodan Yusuf').getByRole('button', { name: 'Frånvarande', exact: true }).click();
    await page.getByText('2 av 2 markerade').waitFor();
    await expect
      .poll(
        async () =>
          (await server.db.query('select 1 from attendance where session_id = $1', [yesterday.id])).rows
            .length,
      )
      .toBe(2);
    await expectAccessible(page, 'attendance taken');
    expect(problems).toEqual([]);
  });

  it('a coach sees her attendance and hours, downloads the unit’s hours, and pauses her reminders', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${amina.id}`);
    await caseFileSection(page, 'Närvaro').click();
    await page.getByRole('heading', { level: 2, name: 'Närvaro' }).waitFor();
    await page.getByLabel('Månad').fill(month);
    const hours = page.getByRole('table', { name: `Hennes närvarotimmar ${monthName}` });
    await hours.getByRole('row', { name: /Svenska för nybörjare/ }).waitFor();
    expect(
      await hours
        .getByRole('row', { name: /Svenska för nybörjare/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(
      // Tillfällen, närvarande, frånvarande, giltigt frånvarande, timmar (the excused one is the day before).
      stockholmDay(-2).startsWith(month) ? ['2', '1', '0', '1', '2'] : ['1', '1', '0', '0', '2'],
    );
    const sessions = page.getByRole('table', { name: 'Hennes närvaro vid varje tillfälle, senaste först' });
    expect(await sessions.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual([
      'Närvarande',
      'Giltigt frånvarande',
    ]);
    await expectAccessible(page, 'her attendance tab');

    // The unit's hours for the funder.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Aktiviteter' })
      .click();
    await expectHeading(page, 'Aktiviteter');
    await page.getByRole('link', { name: 'Närvarotimmar för hela enheten' }).click();
    await expectHeading(page, 'Närvarotimmar');
    await page.getByLabel('Månad').fill(month);
    const unitTable = page.getByRole('table', {
      name: `Närvarotimmar per deltagare och aktivitet, ${monthName}`,
    });
    await unitTable.getByRole('row', { name: /Amina Ali/ }).waitFor();
    await expectAccessible(page, 'unit hours');

    const xlsx = await downloaded(page, `Ladda ner Excel-fil (XLSX), ${monthName}`);
    expect(xlsx.name).toBe(`narvarotimmar-${month}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().slice(1) as ExcelJS.CellValue[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      [
        'Efternamn',
        'Förnamn',
        'Personnummer',
        'Svenska för nybörjare',
        'Närvarotimmar totalt',
        'Praktiktimmar',
        'Timmar totalt',
      ],
      ['Ali', 'Amina', '19121212-****', 2, 2, 0, 2],
      ['Yusuf', 'Hodan', undefined, 0, 0, 0, 0],
    ]);
    const csv = await downloaded(page, `Ladda ner CSV-fil, ${monthName}`);
    expect(csv.name).toBe(`narvarotimmar-${month}.csv`);
    expect(parse(csv.content.toString('utf8'), { columns: true, bom: true })).toEqual([
      {
        Efternamn: 'Ali',
        Förnamn: 'Amina',
        Personnummer: '19121212-****',
        'Svenska för nybörjare': '2',
        'Närvarotimmar totalt': '2',
        Praktiktimmar: '0',
        'Timmar totalt': '2',
      },
      {
        Efternamn: 'Yusuf',
        Förnamn: 'Hodan',
        Personnummer: '',
        'Svenska för nybörjare': '0',
        'Närvarotimmar totalt': '0',
        Praktiktimmar: '0',
        'Timmar totalt': '0',
      },
    ]);

    // One activity's hours, from its page.
    await unitTable.getByRole('link', { name: 'Svenska för nybörjare' }).click();
    await expectHeading(page, 'Svenska för nybörjare');
    await page.getByLabel('Månad').fill(month);
    await page.getByRole('table', { name: `Närvarotimmar ${month}` }).waitFor();
    await expectAccessible(page, 'activity hours with downloads');
    const one = await downloaded(page, `Ladda ner CSV-fil, ${monthName}`);
    expect(one.name).toBe(`narvarotimmar-${month}-svenska-for-nyborjare.csv`);
    expect(
      (parse(one.content.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[]).map(
        (r) => [r.Förnamn, r['Markerade tillfällen'], r.Närvarotimmar],
      ),
    ).toEqual(
      stockholmDay(-2).startsWith(month)
        ? [
            ['Amina', '2', '2'],
            ['Hodan', '1', '0'],
          ]
        : [
            ['Amina', '1', '2'],
            ['Hodan', '1', '0'],
          ],
    );
    const { rows: exports } = await server.db.query<{ subject_type: string }>(
      "select subject_type from audit_log where action = 'attendance.export' order by id",
    );
    expect(exports.map((e) => e.subject_type)).toEqual(['unit', 'unit', 'activity']);

    // Her messages: the kept and the held reminder; then a pause, refused without a reason, and its end.
    await page.goto(`${server.baseUrl}/participants/${amina.id}`);
    await caseFileSection(page, 'Meddelanden').click();
    await page.getByRole('heading', { level: 2, name: 'Meddelanden' }).waitFor();
    const log = page.getByRole('table', { name: 'Meddelanden till henne, senaste först' });
    await log.getByText('Sparat på servern, inte skickat').waitFor();
    await log.getByText('Hålls inne (pausat)').waitFor();
    await page.getByText('Hon får påminnelser om sina tillfällen som vanligt.').waitFor();
    await expectAccessible(page, 'messages, not paused');

    await page.getByRole('button', { name: 'Pausa påminnelserna' }).click();
    await page.getByRole('alert').getByText('Skriv ett skäl till pausen.').waitFor();
    await expectAccessible(page, 'pause form, error');
    await page.getByLabel(/^Till och med/).fill(stockholmDay(14));
    await page.getByLabel(/^Skäl/).fill('Sjukskriven');
    await page.getByRole('button', { name: 'Pausa påminnelserna' }).click();
    await page.getByText('Påminnelserna är pausade.', { exact: true }).waitFor();
    await page.getByText(/^Påminnelserna är pausade från .+ till och med /).waitFor();
    await page.getByText('Skäl: Sjukskriven. Pausad av Test coach.').waitFor();
    await expectAccessible(page, 'messages, paused');
    const pauses = () =>
      server.db.query<{ until_on: string; ended_at: Date | null }>(
        'select until_on::text, ended_at from reminder_pauses where participant_id = $1',
        [amina.id],
      );
    expect((await pauses()).rows).toEqual([{ until_on: stockholmDay(14), ended_at: null }]);

    await page.getByRole('button', { name: 'Avsluta pausen' }).click();
    await page.getByText(/^Pausen är avslutad\./).waitFor();
    await page.getByText('Hon får påminnelser om sina tillfällen som vanligt.').waitFor();
    await page.getByText('En tidigare paus').waitFor();
    // The held reminder was for a session that has passed: it is marked as never to be sent, and why.
    await log.getByText('Misslyckades').waitFor();
    await log.getByText(/^Inte skickat: påminnelserna var pausade/).waitFor();
    expect((await pauses()).rows[0]!.ended_at).not.toBeNull();
    await expectAccessible(page, 'messages, pause ended');

    expect(problems).toEqual([]);
  });
});

/** Clicks a download link and returns the file's name and content. */
async function downloaded(page: Page, linkName: string): Promise<{ name: string; content: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), content: fs.readFileSync(await download.path()) };
}
