import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createStaff, createUnit, type StaffSession } from '#tests/factories.ts';
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  skipJourneys,
  startServer,
  type Tab,
  type TestServer,
} from './harness.ts';

// Swedish Excel's CSV: semicolons and Swedish headings. 19121212-1212 is Skatteverket's test number;
// 19121212-1213 has the wrong check digit.
const csv = (...rows: string[]) => ({
  name: 'deltagare.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['Förnamn;Efternamn;Personnummer;Födelsedatum;Språk', ...rows].join('\n')),
});
const withBadRow = csv('Amina;Ali;19121212-1212;;ar, sv', 'Hodan;Yusuf;19121212-1213;;so');
const corrected = csv('Amina;Ali;19121212-1212;;ar, sv', 'Hodan;Yusuf;;1990-05-01;so');

describe.skipIf(skipJourneys)('importing participants and publishing a kartläggning template', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let admin: StaffSession;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Malmö stad');
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    admin = await createStaff(server.db, { organisationId: organisation.id, role: 'administrator' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = (session: StaffSession): Promise<Tab> => openSignedInTab(browser, session);

  it('a coach checks a spreadsheet, cannot import it with a bad row, corrects it and imports it', async () => {
    const { page, problems } = await signedIn(coach);
    await page.goto(`${server.baseUrl}/participants`);
    await expectHeading(page, 'Deltagare');
    await page.getByRole('link', { name: 'Importera från kalkylblad' }).click();
    await expectHeading(page, 'Importera deltagare');
    await page.getByText('Vilka kolumner kan filen ha?').click();
    const columns = page.getByRole('table', { name: 'Kolumner som kan importeras' });
    await columns.getByRole('rowheader', { name: 'Personnummer' }).waitFor();
    await expectAccessible(page, 'import page with its columns');

    // Checking without a file says what is missing.
    await page.getByRole('button', { name: 'Granska filen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Fil med deltagare: Välj en fil.' }).waitFor();
    await expectAccessible(page, 'import without a file');

    // A file with a bad row: that row's problem, and no way to import.
    await page.getByLabel('Fil med deltagare').setInputFiles(withBadRow);
    await page.getByRole('button', { name: 'Granska filen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Granskning av deltagare.csv' }).waitFor();
    const found = page.getByRole('table', { name: 'Fel per rad' });
    await found.getByRole('row', { name: /^3 Personnummer Inte ett giltigt personnummer/ }).waitFor();
    expect(await found.getByRole('row').count()).toBe(2); // the heading row and the one problem
    await page.getByText('Filen kan inte importeras förrän alla fel är rättade').waitFor();
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    await expectAccessible(page, 'import report with a problem');

    // The corrected file can be imported, and only then is anything written.
    await page.getByLabel('Fil med deltagare').setInputFiles(corrected);
    await page.getByRole('button', { name: 'Granska filen' }).click();
    await page.getByText('Alla 2 rader är granskade och har inga fel. Inget är sparat ännu.').waitFor();
    expect(await page.getByRole('table', { name: 'Fel per rad' }).count()).toBe(0);
    const count = async () =>
      (await server.db.query<{ n: number }>('select count(*)::int as n from participants')).rows[0]!.n;
    expect(await count()).toBe(0);
    await expectAccessible(page, 'import report without problems');

    await page.getByRole('button', { name: 'Importera 2 deltagare' }).click();
    await page.getByRole('heading', { level: 2, name: 'Importen är klar' }).waitFor();
    await page.getByText('2 deltagare är importerade.').waitFor();
    expect(await count()).toBe(2);
    await expectAccessible(page, 'import done');

    await page.getByRole('link', { name: 'Till deltagarlistan' }).click();
    await expectHeading(page, 'Deltagare');
    await page.getByRole('link', { name: 'Ali, Amina' }).waitFor();
    await page.getByRole('link', { name: 'Yusuf, Hodan' }).waitFor();
    await expectAccessible(page, 'participants after the import');
    expect(problems).toEqual([]);
  });

  it('an administrator publishes a new version of the kartläggning template', async () => {
    const { page, problems } = await signedIn(admin);
    await page.goto(`${server.baseUrl}/`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Kartläggningsmallar' })
      .click();
    await expectHeading(page, 'Kartläggningsmallar');
    await page.getByRole('heading', { level: 2, name: 'Kartläggning' }).waitFor();
    await page.getByText('12 områden').waitFor();
    await expectAccessible(page, 'templates');

    await page.getByRole('link', { name: 'Publicera en ny version av Kartläggning' }).click();
    await expectHeading(page, 'Ny version av Kartläggning');
    await page.getByLabel('Mallens namn på svenska').fill('Kartläggning 2025');
    await page
      .getByRole('group', { name: 'Område 1: Hälsa' })
      .getByLabel('Namn på svenska')
      .fill('Hälsa och välmående');
    await page.getByRole('button', { name: 'Ta bort Hinder' }).click();
    await page.getByRole('status').getByText('Hinder är borttaget.').waitFor();
    await page.getByRole('button', { name: 'Lägg till ett område' }).click();
    const added = page.getByRole('group', { name: 'Område 12: nytt område' });
    await expect
      .poll(() => added.getByLabel('Nyckel').evaluate((e) => e === document.activeElement))
      .toBe(true);
    await expectAccessible(page, 'template form with a new domain');

    // An empty new domain is refused field by field.
    await page.getByRole('button', { name: 'Publicera den nya versionen' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: /^Område 12, Nyckel: Ange en nyckel/ }).waitFor();
    await summary.getByRole('link', { name: 'Område 12, Namn på svenska: Fyll i fältet.' }).waitFor();
    await expectAccessible(page, 'template form with errors');

    await added.getByLabel('Nyckel').fill('language_friend');
    await added.getByLabel('Namn på svenska').fill('Språkvän');
    await page
      .getByRole('group', { name: 'Område 12: Språkvän' })
      .getByLabel('Namn på engelska')
      .fill('Language friend');
    await page.getByRole('button', { name: 'Flytta upp Språkvän' }).click();
    await page.getByRole('status').getByText('Språkvän är nu område 11 av 12.').waitFor();
    await page.getByRole('group', { name: 'Område 11: Språkvän' }).waitFor();
    await expectAccessible(page, 'template form ready');

    await page.getByRole('button', { name: 'Publicera den nya versionen' }).click();
    await expectHeading(page, 'Kartläggningsmallar');
    await page.getByText('Version 1 av Kartläggning 2025 är publicerad.').waitFor();
    const published = page.getByRole('region', { name: 'Kartläggning 2025' });
    await published.getByText('Egen').waitFor();
    const domains = await published.getByRole('listitem').allInnerTexts();
    expect(domains[0]).toBe('Hälsa och välmående');
    expect(domains.at(-2)).toBe('Språkvän');
    expect(domains).not.toContain('Hinder');
    expect(domains).toHaveLength(12);
    await expectAccessible(page, 'templates after publishing');
    expect(problems).toEqual([]);
  });
});
