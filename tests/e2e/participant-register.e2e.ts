import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  type StaffSession,
} from '#tests/factories.ts';
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';

describe.skipIf(skipJourneys)('a coach registers a participant', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let unitId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    unitId = unit.id;
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers her, and a second attempt shows the duplicate warning', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    const field = (label: string) => page.getByLabel(label, { exact: true });

    await page.goto(`${server.baseUrl}/participants`);
    await expectHeading(page, 'Deltagare');
    await page.getByRole('link', { name: 'Registrera ny deltagare' }).click();
    await expectHeading(page, 'Registrera deltagare');
    await expectAccessible(page, 'participant create form');

    // A wrong check digit is named in the error summary.
    await field('Förnamn').fill('Amina');
    await field('Efternamn').fill('Ali');
    await page.getByLabel(/^Personnummer eller samordningsnummer/).fill('19121212-1213');
    await page.getByRole('button', { name: 'Registrera deltagaren' }).click();
    await page
      .getByRole('alert')
      .getByText(/Kontrollera datum och sista siffran/)
      .waitFor();
    await expectAccessible(page, 'participant create form, bad identity number');

    await page.getByLabel(/^Personnummer eller samordningsnummer/).fill('19121212-1212');
    await page.getByRole('checkbox', { name: /somaliska/ }).check();
    await field('Behöver tolk').check();
    await field('Tolkspråk').selectOption('so');
    await page.getByRole('button', { name: 'Registrera deltagaren' }).click();
    await expectHeading(page, 'Amina Ali');
    await page.getByText('19121212-1212').waitFor();
    // The record's sections come in named groups.
    const sections = page.getByRole('navigation', { name: 'Delar av akten' });
    await sections
      .getByRole('list', { name: 'Resultat' })
      .getByRole('link', { name: 'Steg mot arbete' })
      .waitFor();
    await sections
      .getByRole('list', { name: 'Om akten' })
      .getByRole('link', { name: 'Samma person' })
      .waitFor();
    await expectAccessible(page, 'participant record');

    // The same person again: the warning links to her record.
    await page.goto(`${server.baseUrl}/participants/new`);
    await expectHeading(page, 'Registrera deltagare');
    await field('Förnamn').fill('Amina');
    await field('Efternamn').fill('Ali');
    await page.getByLabel(/^Personnummer eller samordningsnummer/).fill('121212+1212');
    await page.getByRole('button', { name: 'Registrera deltagaren' }).click();
    await page.getByRole('heading', { name: 'Personnumret är redan registrerat' }).waitFor();
    await expectAccessible(page, 'duplicate warning');
    await page.getByRole('link', { name: /^Amina Ali, född/ }).click();
    await expectHeading(page, 'Amina Ali');

    // In the list the number is masked.
    await page.goto(`${server.baseUrl}/participants?q=19121212`);
    await page.getByRole('cell', { name: '19121212-****' }).waitFor();
    await expectAccessible(page, 'participant list');
    expect(problems).toEqual([]);
  });

  it('pages through the register forwards and back', async () => {
    for (let i = 0; i < 30; i++)
      await createParticipant(server.db, unitId, `Nour${String(i).padStart(2, '0')}`, 'Öberg');
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants?q=Öberg`);
    const range = page.locator('.pager__range');
    await expect.poll(() => range.textContent()).toMatch(/Visar 1–25 av 30/);
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect.poll(() => range.textContent()).toMatch(/Visar 26–30 av 30/);
    await page.getByRole('link', { name: /Nour29/ }).waitFor();
    await expectAccessible(page, 'participant list, second page');
    await page.getByRole('button', { name: 'Föregående' }).click();
    await expect.poll(() => range.textContent()).toMatch(/Visar 1–25 av 30/);
    await page.getByRole('link', { name: /Nour00/ }).waitFor();
    expect(problems).toEqual([]);
  });
});
