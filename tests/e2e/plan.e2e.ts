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

describe.skipIf(skipJourneys)('the handlingsplan and lösa trådar', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let caseWorker: StaffSession;
  let participantId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Nord');
    const unit = await createUnit(server.db, organisation.id, 'Umeå kommun');
    const staff = (role: StaffSession['role']) =>
      createStaff(server.db, { organisationId: organisation.id, role, unitId: unit.id });
    coach = await staff('coach');
    caseWorker = await staff('case_worker');
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Ali')).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = (session: StaffSession): Promise<Tab> => openSignedInTab(browser, session);

  it('a coach makes a plan with a goal and a step for the case worker, and prints it', async () => {
    const { page, problems } = await signedIn(coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}/team`);
    await page.getByRole('heading', { level: 2, name: 'Arbetslag' }).waitFor();
    await page.getByLabel('Ansvarig coach').check();
    await page.getByRole('button', { name: 'Lägg till mig' }).click();
    await page.getByRole('rowheader', { name: 'Test coach' }).waitFor();
    await page.getByLabel('Kollega').selectOption({ label: 'Test case_worker' });
    await page.getByRole('button', { name: 'Lägg till kollegan' }).click();
    await page.getByRole('rowheader', { name: 'Test case_worker' }).waitFor();

    await caseFileSection(page, 'Handlingsplan').click();
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan' }).waitFor();
    await page.getByText('Det finns inga mål i handlingsplanen än.').waitFor();
    await expectAccessible(page, 'empty plan');

    await page.getByLabel('Målet', { exact: true }).fill('Arbeta inom vården');
    await page.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByRole('heading', { level: 3, name: 'Mål: Arbeta inom vården' }).waitFor();

    await page.getByRole('button', { name: /^Nytt steg/ }).click();
    await page.getByLabel('Steget', { exact: true }).fill('Anmälan till SFI');
    await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Test case_worker' });
    await page.getByLabel('Klart senast').fill('2025-01-15');
    await expectAccessible(page, 'step form');
    await page.getByRole('button', { name: 'Lägg till steget' }).click();
    await page.getByRole('status').getByText('Steget ’Anmälan till SFI’ är tillagt.').waitFor();
    const steps = page.getByRole('table', { name: 'Steg för målet ’Arbeta inom vården’' });
    await steps.getByRole('rowheader', { name: 'Anmälan till SFI' }).waitFor();
    await steps.getByText('Försenat: skulle vara klart 15 jan. 2025').waitFor();
    await page.getByText('Test coach lade till steget ’Anmälan till SFI’.').waitFor();
    await expectAccessible(page, 'plan with a goal and a step');

    // The printable plan, first in Swedish, then in English while the app stays Swedish.
    await page.getByRole('link', { name: 'Handlingsplanen att skriva ut' }).click();
    await expectHeading(page, 'Handlingsplan för Amina Ali');
    await page.getByRole('rowheader', { name: 'Anmälan till SFI' }).waitFor();
    await page.getByText('Underskrift').first().waitFor();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    await expectAccessible(page, 'printable plan');
    await page.getByLabel('Språk för utskriften').selectOption('en');
    await expectHeading(page, 'Action plan for Amina Ali');
    await page.getByRole('cell', { name: 'Test case_worker' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lösa trådar' })
      .waitFor();
    await expectAccessible(page, 'printable plan in English');
    expect(problems).toEqual([]);
  });

  it('the case worker sees the overdue step among her lösa trådar', async () => {
    const { page, problems } = await signedIn(caseWorker);
    await page.goto(`${server.baseUrl}/`);
    await page.getByText(/Du har \d+ lösa? tråda?r? att ta hand om\./).waitFor();
    await expectAccessible(page, 'home with loose threads');

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lösa trådar' })
      .click();
    await expectHeading(page, 'Lösa trådar');
    await page.getByRole('heading', { level: 2, name: 'Försenade steg (1)' }).waitFor();
    const thread = page.getByRole('link', {
      name: 'Amina Ali: Steget ’Anmälan till SFI’ skulle vara klart 15 jan. 2025',
    });
    await thread.waitFor();
    await expectAccessible(page, 'loose threads');

    // Changing a limit keeps it in the address.
    await page.getByText('Vad som räknas som en lös tråd').click();
    await page.getByLabel('Ingen kontakt på så här många dagar').fill('7');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL(/noContactDays=7/);
    await thread.waitFor();
    await expectAccessible(page, 'loose threads with limits');

    await thread.click();
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan' }).waitFor();
    await page.getByRole('rowheader', { name: 'Anmälan till SFI' }).waitFor();
    await expectAccessible(page, 'plan as case worker');
    expect(problems).toEqual([]);
  });
});
