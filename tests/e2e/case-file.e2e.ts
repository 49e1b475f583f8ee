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

describe.skipIf(skipJourneys)('the shared case file', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: StaffSession;
  let coach: StaffSession;
  let caseWorker: StaffSession;
  let teacher: StaffSession;
  let participantId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    const staff = (role: StaffSession['role']) =>
      createStaff(server.db, { organisationId: organisation.id, role, unitId: unit.id });
    admin = await staff('administrator');
    coach = await staff('coach');
    caseWorker = await staff('case_worker');
    teacher = await staff('teacher');
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Ali')).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = (session: StaffSession): Promise<Tab> => openSignedInTab(browser, session);

  it('a coach records consent, enrolment, team, journal and two kartläggningar', async () => {
    // The administrator adds the programme first.
    const adminTab = await signedIn(admin);
    await adminTab.page.goto(`${server.baseUrl}/programmes`);
    await expectHeading(adminTab.page, 'Projekt');
    await adminTab.page.getByLabel('Namn', { exact: true }).fill('Vägen till arbete');
    await adminTab.page.getByLabel('Startdatum').fill('2025-01-01');
    await adminTab.page.getByRole('button', { name: 'Lägg till projektet' }).click();
    await adminTab.page.getByRole('rowheader', { name: 'Vägen till arbete' }).waitFor();
    await expectAccessible(adminTab.page, 'programmes');
    expect(adminTab.problems).toEqual([]);

    const { page, problems } = await signedIn(coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await expectHeading(page, 'Amina Ali');
    await expectAccessible(page, 'record overview');

    // Samtycke
    await caseFileSection(page, 'Samtycken').click();
    await page.getByRole('heading', { level: 2, name: 'Samtycken' }).waitFor();
    await expectAccessible(page, 'consents');
    await page
      .getByRole('button', { name: /^Registrera samtycke:/ })
      .first()
      .click();
    await page.getByLabel('skriftligt', { exact: true }).check();
    await page.getByRole('button', { name: 'Registrera samtycket' }).click();
    await page
      .getByRole('status')
      .getByText(/är registrerat/)
      .waitFor();
    await page.getByText(/skriftligt, registrerat av Test coach/).waitFor();
    await expectAccessible(page, 'consent given');

    // Inskrivning
    await caseFileSection(page, 'Inskrivningar').click();
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: 'Vägen till arbete' });
    await page.getByRole('button', { name: 'Skriv in', exact: true }).click();
    await page.getByRole('rowheader', { name: 'Vägen till arbete' }).waitFor();
    await expectAccessible(page, 'enrolments');

    // Arbetslag: herself as responsible coach
    await caseFileSection(page, 'Arbetslag').click();
    await page.getByLabel('Ansvarig coach').check();
    await page.getByRole('button', { name: 'Lägg till mig' }).click();
    await page.getByRole('rowheader', { name: 'Test coach' }).waitFor();
    await expectAccessible(page, 'team');

    // Journal
    await caseFileSection(page, 'Journal').click();
    await page.getByLabel('Anteckning', { exact: true }).fill('Första mötet. Amina vill arbeta inom vården.');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page.getByText('Första mötet. Amina vill arbeta inom vården.').waitFor();
    await expectAccessible(page, 'journal');

    // Two kartläggningar and the distance between them
    await caseFileSection(page, 'Kartläggning').click();
    for (const [date, rating] of [
      ['2026-01-10', '3'],
      ['2026-04-10', '6'],
    ] as const) {
      await page.getByRole('button', { name: 'Ny kartläggning' }).click();
      await page.getByLabel('Datum för kartläggningen').fill(date);
      const domain = page.locator('fieldset.domain-fieldset').first();
      await domain
        .getByRole('group', { name: 'Personalens bedömning' })
        .getByLabel(rating, { exact: true })
        .check();
      await domain
        .getByRole('group', { name: 'Deltagarens egen bedömning' })
        .getByLabel('5', { exact: true })
        .check();
      if (date === '2026-01-10') await expectAccessible(page, 'kartläggning form');
      await page.getByRole('button', { name: 'Spara kartläggningen' }).click();
      await page.getByRole('status').getByText('Kartläggningen är sparad.').waitFor();
    }
    await page
      .getByRole('table', { name: /^Förflyttning från/ })
      .getByRole('cell', { name: '+3' })
      .waitFor();
    // The radar chart is shown first: one axis per domain of the template (twelve), numbered, with a list.
    const radar = page.getByRole('img', { name: /som radardiagram/ });
    await radar.waitFor();
    expect(await radar.locator('.radar-chart__axis').count()).toBe(12);
    expect(await radar.locator('.radar-chart__marker--from').count()).toBe(1);
    expect(await radar.locator('.radar-chart__marker--to').count()).toBe(1);
    expect(await page.locator('.radar-chart__domains li').count()).toBe(12);
    await expectAccessible(page, 'distance travelled, radar');

    await page.getByRole('group', { name: 'Visa som' }).getByLabel('Stapeldiagram').check();
    await page.getByRole('img', { name: /Personalens bedömning per område, 1–10:/ }).waitFor();
    await expectAccessible(page, 'distance travelled');

    // Over time: a small chart per domain, its text alternative listing the ratings by date; the table stays.
    await page.getByRole('group', { name: 'Visa som' }).getByLabel('Över tid').check();
    await page.locator('figure.timeline').waitFor();
    expect(await page.locator('.timeline__item').count()).toBe(12);
    expect(await page.locator('.timeline__svg[role="img"]').count()).toBe(12);
    await page
      .getByRole('img', {
        name: /^Hälsa\. Personalens bedömning: .+ 3, .+ 6\. Egen bedömning: .+ 5, .+ 5\.$/,
      })
      .waitFor();
    await page.getByRole('table', { name: /^Förflyttning från/ }).waitFor();
    await expectAccessible(page, 'distance travelled, over time');

    // Her access log, in plain words
    await caseFileSection(page, 'Vem har öppnat akten').click();
    await page
      .getByText(/Test coach \(arbetsmarknadscoach\) läste din journal/)
      .first()
      .waitFor();
    await expectAccessible(page, 'access log');

    // Mina deltagare on the home page
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('link', { name: 'Amina Ali' }).waitFor();
    await expectAccessible(page, 'home with caseload');
    expect(problems).toEqual([]);
  });

  it('an entry for case workers only is not shown to a teacher', async () => {
    const worker = await signedIn(caseWorker);
    await worker.page.goto(`${server.baseUrl}/participants/${participantId}/journal`);
    await worker.page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    await worker.page.getByLabel('Anteckning', { exact: true }).fill('Beslut om försörjningsstöd för mars.');
    await worker.page.getByLabel('Endast handläggare').check();
    await worker.page.getByRole('button', { name: 'Spara anteckningen' }).click();
    const entry = worker.page.getByRole('article').filter({ hasText: 'Beslut om försörjningsstöd' });
    await entry.getByText('Endast handläggare').waitFor();
    await expectAccessible(worker.page, 'journal as case worker');
    expect(worker.problems).toEqual([]);

    const { page, problems } = await signedIn(teacher);
    await page.goto(`${server.baseUrl}/participants/${participantId}/journal`);
    await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    await page.getByRole('status').or(page.getByRole('article').first()).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('Beslut om försörjningsstöd').count()).toBe(0);
    await expectAccessible(page, 'journal as teacher');
    expect(problems).toEqual([]);
  });
});
