import type { Browser, Locator } from 'playwright-core';
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
  let unitId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Malmö stad');
    unitId = unit.id;
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    admin = await createStaff(server.db, { organisationId: organisation.id, role: 'administrator' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = (session: StaffSession): Promise<Tab> => openSignedInTab(browser, session);
  const isFocused = (locator: Locator) => locator.evaluate((e) => e === document.activeElement);
  /** Fills an item's key and names; the Swedish name last, since the item's group is named by it. */
  const fillItem = async (group: Locator, labels: [string, string], key: string, sv: string, en: string) => {
    await group.getByLabel('Nyckel', { exact: true }).fill(key);
    await group.getByLabel(labels[1], { exact: true }).fill(en);
    await group.getByLabel(labels[0], { exact: true }).fill(sv);
  };
  const question: [string, string] = ['Frågan på svenska', 'Frågan på engelska'];
  const option: [string, string] = ['Alternativet på svenska', 'Alternativet på engelska'];

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

    // Questions: an existing one keeps its key and answer type, and can be removed.
    const swedish = page.getByRole('group', { name: 'Område 2: Svenska språket' });
    const sfi = swedish.getByRole('group', { name: 'Fråga 1: Nivå i SFI' });
    await sfi.getByText('Svarstyp: Val mellan svarsalternativ').waitFor();
    await sfi.getByText(/behåller sin nyckel och svarstyp/).waitFor();
    expect(await sfi.getByRole('radio', { name: 'Fritext' }).count()).toBe(0);
    expect(await sfi.getByRole('group', { name: /^Alternativ \d: / }).count()).toBe(5);
    await page.getByRole('button', { name: 'Ta bort frågan Vad är du bra på?' }).click();
    await page.getByRole('status').getByText('Frågan Vad är du bra på? är borttagen.').waitFor();
    await expect
      .poll(() => isFocused(page.getByRole('heading', { level: 3, name: 'Frågor i Styrkor' })))
      .toBe(true);

    // A new choice question: it starts with two options, a third is added and moved into place.
    const health = page.getByRole('group', { name: 'Område 1: Hälsa och välmående' });
    await health.getByRole('button', { name: 'Lägg till en fråga i Hälsa och välmående' }).click();
    await expect.poll(() => isFocused(health.getByLabel('Nyckel', { exact: true }))).toBe(true);
    await fillItem(
      health.getByRole('group', { name: 'Fråga 1: ny fråga' }),
      question,
      'support',
      'Vilket stöd behöver du?',
      'What support do you need?',
    );
    const support = health.getByRole('group', { name: 'Fråga 1: Vilket stöd behöver du?' });
    expect(await support.getByRole('radio', { name: 'Skala från 1 till 10' }).isChecked()).toBe(true);
    await support.getByRole('radio', { name: 'Val mellan svarsalternativ' }).check();
    await support
      .getByRole('heading', { level: 4, name: 'Svarsalternativ för Vilket stöd behöver du?' })
      .waitFor();
    expect(await support.getByRole('group', { name: /^Alternativ \d: nytt alternativ$/ }).count()).toBe(2);
    expect(await support.getByRole('button', { name: /^Ta bort alternativet/ }).count()).toBe(0);
    await expectAccessible(page, 'template form with a new choice question');

    await fillItem(
      support.getByRole('group', { name: 'Alternativ 1: nytt alternativ' }),
      option,
      'none',
      'Inget',
      'None',
    );
    await fillItem(
      support.getByRole('group', { name: 'Alternativ 2: nytt alternativ' }),
      option,
      'much',
      'Mycket',
      'Much',
    );
    await support
      .getByRole('button', { name: 'Lägg till ett alternativ för Vilket stöd behöver du?' })
      .click();
    const third = support.getByRole('group', { name: 'Alternativ 3: nytt alternativ' });
    await expect.poll(() => isFocused(third.getByLabel('Nyckel', { exact: true }))).toBe(true);
    // The same key as the first option: refused below, once it is second.
    await fillItem(third, option, 'none', 'Lite', 'Some');
    await support.getByRole('button', { name: 'Flytta upp alternativet Lite' }).click();
    await page.getByRole('status').getByText('Alternativet Lite är nu alternativ 2 av 3.').waitFor();
    await expect
      .poll(() => isFocused(support.getByRole('button', { name: 'Flytta upp alternativet Lite' })))
      .toBe(true);
    await support.getByRole('group', { name: 'Alternativ 2: Lite' }).waitFor();
    expect(await support.getByRole('button', { name: /^Ta bort alternativet/ }).count()).toBe(3);

    // A free-text question, left without key and wording at first.
    await health.getByRole('button', { name: 'Lägg till en fråga i Hälsa och välmående' }).click();
    const more = health.getByRole('group', { name: 'Fråga 2: ny fråga' });
    await expect.poll(() => isFocused(more.getByLabel('Nyckel', { exact: true }))).toBe(true);
    await more.getByRole('radio', { name: 'Fritext' }).check();
    await expectAccessible(page, 'template form with two new questions');

    await page.getByRole('button', { name: 'Publicera den nya versionen' }).click();
    const refused = page.getByRole('alert');
    await refused
      .getByRole('link', {
        name: 'Område 1, fråga 1, alternativ 2, Nyckel: Ett annat alternativ i frågan har redan den nyckeln.',
      })
      .waitFor();
    await refused.getByRole('link', { name: /^Område 1, fråga 2, Nyckel: Ange en nyckel/ }).waitFor();
    const missing = refused.getByRole('link', {
      name: 'Område 1, fråga 2, Frågan på svenska: Fyll i fältet.',
    });
    expect(await refused.getByRole('link').allInnerTexts()).toEqual([
      'Område 1, fråga 1, alternativ 2, Nyckel: Ett annat alternativ i frågan har redan den nyckeln.',
      'Område 1, fråga 2, Nyckel: Ange en nyckel som börjar med en liten bokstav och bara har a–z, siffror och _.',
      'Område 1, fråga 2, Frågan på svenska: Fyll i fältet.',
      'Område 1, fråga 2, Frågan på engelska: Fyll i fältet.',
    ]);
    await missing.click();
    await expect.poll(() => isFocused(more.getByLabel('Frågan på svenska', { exact: true }))).toBe(true);
    await expectAccessible(page, 'template form with errors in questions');

    await support
      .getByRole('group', { name: 'Alternativ 2: Lite' })
      .getByLabel('Nyckel', { exact: true })
      .fill('some');
    await fillItem(more, question, 'more', 'Något mer du vill berätta?', 'Anything else you want to tell?');
    await health.getByRole('group', { name: 'Fråga 2: Något mer du vill berätta?' }).waitFor();

    await page.getByRole('button', { name: 'Publicera den nya versionen' }).click();
    await expectHeading(page, 'Kartläggningsmallar');
    await page.getByText('Version 1 av Kartläggning 2025 är publicerad.').waitFor();
    const published = page.getByRole('region', { name: 'Kartläggning 2025' });
    await published.getByText('Egen').waitFor();
    const domainItems = published.getByRole('list', { name: '12 områden' }).locator(':scope > li');
    const domains = (await domainItems.allInnerTexts()).map((text) => text.split('\n')[0] ?? '');
    expect(domains[0]).toBe('Hälsa och välmående (2 frågor)');
    expect(domains.at(-2)).toBe('Språkvän');
    expect(domains).toContain('Styrkor');
    expect(domains.some((name) => name.startsWith('Hinder'))).toBe(false);
    expect(domains).toHaveLength(12);
    expect(await domainItems.first().getByRole('listitem').allInnerTexts()).toEqual([
      'Vilket stöd behöver du? (val: Inget, Lite, Mycket)',
      'Något mer du vill berätta? (fritext)',
    ]);
    await expectAccessible(page, 'templates after publishing');
    expect(problems).toEqual([]);
  });

  // Reads the version published by the journey above.
  it('a coach opens a new kartläggning and is asked the questions of the newest version', async () => {
    const participant = await createParticipant(server.db, unitId, 'Selam', 'Tesfaye');
    const { page, problems } = await signedIn(coach);
    await page.goto(`${server.baseUrl}/participants/${participant.id}`);
    await caseFileSection(page, 'Kartläggning').click();
    await page.getByRole('button', { name: 'Ny kartläggning' }).click();
    await page.getByRole('heading', { level: 3, name: 'Ny kartläggning: Kartläggning 2025' }).waitFor();

    const health = page.getByRole('group', { name: 'Hälsa och välmående', exact: true });
    const support = health.getByRole('group', { name: 'Vilket stöd behöver du?', exact: true });
    const choices = await support
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent));
    expect(choices).toEqual(['Inget', 'Lite', 'Mycket']);
    const more = health.getByRole('textbox', { name: /^Något mer du vill berätta\?/ });
    await more.waitFor();
    expect(await page.getByText('Vad är du bra på?').count()).toBe(0);
    await expectAccessible(page, 'kartläggning form with the new questions');

    await support.getByLabel('Lite', { exact: true }).check();
    await more.fill('Vill träffa en fysioterapeut.');
    await page.getByRole('button', { name: 'Spara kartläggningen' }).click();
    await page.getByRole('status').getByText('Kartläggningen är sparad.').waitFor();
    const { rows } = await server.db.query<{ domains: Record<string, { answers?: object }> }>(
      'select domains from assessments where participant_id = $1',
      [participant.id],
    );
    expect(rows[0]!.domains.health!.answers).toEqual({
      support: 'some',
      more: 'Vill träffa en fysioterapeut.',
    });
    await expectAccessible(page, 'kartläggning saved with answers to the new questions');
    expect(problems).toEqual([]);
  });
});
