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
  type TestServer,
} from './harness.ts';

describe.skipIf(skipJourneys)('a coach keeps the employer register', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers an employer, finds it by search and by offer, and changes it', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    const search = async (q: string, offer: string) => {
      await page.getByRole('searchbox', { name: /^Sök/ }).fill(q);
      await page.getByLabel(/^Kan erbjuda/).selectOption(offer);
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
    };

    await page.goto(`${server.baseUrl}/`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Arbetsgivare' })
      .click();
    await expectHeading(page, 'Arbetsgivare');
    await page.getByText('Inga arbetsgivare hittades.').waitFor();
    await expectAccessible(page, 'employer list, empty');

    await page.getByRole('link', { name: 'Registrera ny arbetsgivare' }).click();
    await expectHeading(page, 'Registrera arbetsgivare');
    await expectAccessible(page, 'employer create form');

    // A wrong check digit is named in the error summary and at the field.
    await page.getByLabel('Namn', { exact: true }).fill('Bageriet Test AB');
    await page.getByLabel(/^Organisationsnummer/).fill('556677-8898');
    await page.getByRole('button', { name: 'Registrera arbetsgivaren' }).click();
    await page
      .getByRole('alert')
      .getByText(/Organisationsnumret stämmer inte/)
      .waitFor();
    await expectAccessible(page, 'employer create form, wrong check digit');

    await page.getByLabel(/^Organisationsnummer/).fill('556677-8899');
    await page.getByLabel(/^SNI-kod/).fill('10710');
    await page.getByLabel(/^Bransch/).fill('Bageri');
    await page.getByRole('checkbox', { name: 'Studiebesök' }).check();
    await page.getByRole('checkbox', { name: 'Praktik' }).check();
    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    const contact = page.getByRole('group', { name: 'Kontaktperson 1' });
    // Focus moved to the new person's name.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('employer-create-contacts-0-name');
    await contact.getByLabel('Namn', { exact: true }).fill('Karin Lind');
    await contact.getByLabel(/^Roll eller titel/).fill('Butikschef');
    await contact.getByLabel(/^E-post/).fill('karin@bageriet.test');
    await expectAccessible(page, 'employer create form, filled in');
    await page.getByRole('button', { name: 'Registrera arbetsgivaren' }).click();

    await expectHeading(page, 'Bageriet Test AB');
    await page.getByText('Arbetsgivaren är registrerad.').waitFor();
    await page.getByText('556677-8899').waitFor();
    await page.getByText('SNI 10710 · Bageri').waitFor();
    await page.getByRole('rowheader', { name: 'Karin Lind' }).waitFor();
    await expectAccessible(page, 'employer page');

    // Found by name, and by what it offers; not among those offering a job yet.
    await page.getByRole('link', { name: 'Tillbaka till arbetsgivarna' }).click();
    await expectHeading(page, 'Arbetsgivare');
    await search('bageri', '');
    await page.getByRole('link', { name: 'Bageriet Test AB' }).waitFor();
    await expectAccessible(page, 'employer list, searched');
    await search('', 'job');
    await page.getByText('Inga arbetsgivare hittades.').waitFor();
    await search('', 'internship');
    await page.getByRole('cell', { name: 'Studiebesök, Praktik' }).waitFor();
    await expectAccessible(page, 'employer list, filtered by offer');

    // Now it offers a job too, and Karin has a phone number.
    await page.getByRole('link', { name: 'Bageriet Test AB' }).click();
    await page.getByRole('link', { name: 'Ändra uppgifterna' }).click();
    await expectHeading(page, 'Ändra Bageriet Test AB');
    await page.getByRole('checkbox', { name: 'Anställning' }).check();
    await page
      .getByRole('group', { name: 'Kontaktperson 1' })
      .getByLabel(/^Telefon/)
      .fill('08-123 456 78');
    await expectAccessible(page, 'employer edit form');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await page.getByRole('link', { name: '08-123 456 78' }).waitFor();
    await expectAccessible(page, 'employer page, changed');

    await page.goto(`${server.baseUrl}/employers?offer=job`);
    await page.getByRole('link', { name: 'Bageriet Test AB' }).waitFor();
    expect(problems).toEqual([]);
  });
});
