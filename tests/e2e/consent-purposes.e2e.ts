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
  type TestServer,
} from './harness.ts';

/** An administrator adds a purpose of the organisation's own; a coach records consent for it; it is archived. */
describe.skipIf(skipJourneys)('consent purposes of the organisation’s own', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: StaffSession;
  let coach: StaffSession;
  let participantId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Norr');
    const unit = await createUnit(server.db, organisation.id, 'Luleå kommun');
    admin = await createStaff(server.db, { organisationId: organisation.id, role: 'administrator' });
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    participantId = (await createParticipant(server.db, unit.id, 'Selam', 'Haile')).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is added by the administrator, chosen by a coach, and archived without losing the consent', async () => {
    const { page, problems } = await openSignedInTab(browser, admin);
    await page.goto(server.baseUrl);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Samtyckesändamål' })
      .click();
    await expectHeading(page, 'Ändamål för samtycke');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Kod/ }).waitFor();
    await expectAccessible(page, 'consent purposes with errors');
    await page.getByLabel('Kod').fill('sprakvan');
    await page.getByLabel('Namn på svenska').fill('Kontakt med språkvän');
    await page.getByLabel('Namn på engelska').fill('Contact with a language friend');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByText('Kontakt med språkvän är tillagt.').waitFor();
    await page.getByRole('rowheader', { name: 'Kontakt med språkvän' }).waitFor();
    await expectAccessible(page, 'consent purposes with one of our own');

    const coachTab = await openSignedInTab(browser, coach);
    await coachTab.page.goto(`${server.baseUrl}/participants/${participantId}`);
    await caseFileSection(coachTab.page, 'Samtycken').click();
    await coachTab.page.getByRole('button', { name: 'Registrera samtycke: Kontakt med språkvän' }).click();
    await coachTab.page.getByLabel('skriftligt', { exact: true }).check();
    await coachTab.page.getByRole('button', { name: 'Registrera samtycket' }).click();
    await coachTab.page
      .getByRole('row', { name: /Kontakt med språkvän/ })
      .getByText(/skriftligt/)
      .waitFor();

    await page.getByRole('button', { name: 'Arkivera Kontakt med språkvän' }).click();
    await page.getByRole('button', { name: 'Använd Kontakt med språkvän igen' }).waitFor();
    await expectAccessible(page, 'an archived purpose');
    await coachTab.page.reload();
    await coachTab.page.getByRole('row', { name: /Kontakt med språkvän/ }).waitFor();
    expect(
      await coachTab.page.getByRole('button', { name: 'Registrera samtycke: Kontakt med språkvän' }).count(),
    ).toBe(0);
    expect([...problems, ...coachTab.problems]).toEqual([]);
  });
});
