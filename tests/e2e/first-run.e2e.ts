import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '#server/auth/totp.ts';
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  openTab,
  skipJourneys,
  startServer,
  type Tab,
  type TestServer,
} from './harness.ts';

const admin = {
  name: 'Anna Lindqvist',
  email: 'anna.lindqvist@example.test',
  password: 'en lång och hemlig fras',
};
const coach = {
  name: 'Cecilia Öberg',
  email: 'cecilia.oberg@example.test',
  password: 'coachens egen långa fras',
};
const organisation = 'Samordningsförbundet Sydväst';
const unit = { name: 'Malmö stad', code: '1280' };
const otherUnit = { name: 'Lunds kommun', code: '1281' };
const screenshotPath = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();

/** Reads the key shown for manual entry and answers with the code an authenticator app would show. */
async function enrolTwoFactor(page: Page) {
  await expectHeading(page, 'Koppla en autentiseringsapp');
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expect(
    page.getByRole('img', { name: 'QR-kod som lägger till Rödtråd i autentiseringsappen' }).count(),
  ).resolves.toBe(1);
  await expectAccessible(page, 'two-factor enrolment');
  await field(page, 'Kod från appen').fill(currentTotp(secret));
  await page.getByRole('button', { name: 'Koppla appen och logga in' }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await expectHeading(page, 'Logga in');
  await field(page, 'E-postadress').fill(email);
  await field(page, 'Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}

describe.skipIf(skipJourneys)('first run', () => {
  let server: TestServer;
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets up the organisation, adds a unit and a coach, and the coach signs in; the audit log shows it all', async () => {
    const adminTab = await openTab(browser);
    tabs.push(adminTab);
    const page = adminTab.page;

    // The link the server printed at first start.
    await page.goto(server.setupUrl);
    await expectHeading(page, 'Installera Rödtråd');
    await expectAccessible(page, 'setup');
    // An empty submit shows the error summary, and each field is marked.
    await page.getByRole('button', { name: 'Skapa organisation och konto' }).click();
    await page.getByRole('alert').getByText('Det finns ett problem').waitFor();
    await expect(field(page, 'Organisationens namn').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'setup with errors');
    await field(page, 'Organisationens namn').fill(organisation);
    await field(page, 'Ditt namn').fill(admin.name);
    await field(page, 'Din e-postadress').fill(admin.email);
    await field(page, 'Lösenord').fill(admin.password);
    await field(page, 'Upprepa lösenordet').fill(admin.password);
    await page.getByRole('button', { name: 'Skapa organisation och konto' }).click();

    // Sign in: password, then connect an authenticator app.
    await page.getByText('Organisationen och ditt konto är skapade. Logga in.').waitFor();
    await expectAccessible(page, 'sign-in');
    await signIn(page, admin.email, admin.password);
    await enrolTwoFactor(page);

    await expectHeading(page, `Välkommen, ${admin.name}`);
    await expect(page.getByTestId('active-membership').textContent()).resolves.toContain(
      'Administratör · hela organisationen',
    );
    expect(await page.title()).toBe('Start – Rödtråd');
    await expectAccessible(page, 'home');
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: screenshotPath });

    // The language switch changes the interface at once, and <html lang> with it.
    await page.getByRole('button', { name: 'English' }).click();
    await expectHeading(page, `Welcome, ${admin.name}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expectAccessible(page, 'home in English');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, `Välkommen, ${admin.name}`);

    // A unit.
    await nav(page, 'Enheter');
    await expectHeading(page, 'Enheter');
    await page.getByText('Det finns inga enheter än.').waitFor();
    await expectAccessible(page, 'units (empty)');
    await field(page, 'Namn').fill(unit.name);
    await field(page, 'Kommunkod (valfritt)').fill(unit.code);
    await page.getByRole('button', { name: 'Lägg till enheten' }).click();
    await page.getByRole('rowheader', { name: unit.name }).waitFor();
    await field(page, 'Namn').fill(otherUnit.name);
    await field(page, 'Kommunkod (valfritt)').fill(otherUnit.code);
    await page.getByRole('button', { name: 'Lägg till enheten' }).click();
    await page.getByRole('rowheader', { name: otherUnit.name }).waitFor();
    await expectAccessible(page, 'units');

    // A coach in that unit; the activation link is shown once.
    await nav(page, 'Konton');
    await expectHeading(page, 'Konton');
    await page.getByRole('rowheader', { name: admin.name }).waitFor();
    await expectAccessible(page, 'accounts');
    await page.getByRole('link', { name: 'Skapa konto' }).click();
    await expectHeading(page, 'Skapa konto');
    await expectAccessible(page, 'create account');
    await field(page, 'Namn').fill(coach.name);
    await field(page, 'E-postadress').fill(coach.email);
    // Two roles in two municipalities: coach in one, teacher in the other.
    await field(page, 'Roll').selectOption('coach');
    await field(page, 'Enhet').selectOption({ label: unit.name });
    await page.getByRole('button', { name: 'Lägg till en roll' }).click();
    const second = page.getByRole('group', { name: 'Roll 2' });
    await second.getByLabel('Roll', { exact: true }).selectOption('teacher');
    await second.getByLabel('Enhet', { exact: true }).selectOption({ label: otherUnit.name });
    await expectAccessible(page, 'create account with two roles');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await expectHeading(page, `Kontot för ${coach.name} är skapat`);
    const activationLink = await page.getByTestId('one-time-link').inputValue();
    expect(activationLink).toMatch(new RegExp(`^${server.baseUrl}/password#token=.+&kind=activation$`));
    await expectAccessible(page, 'account created');

    // The coach, in her own browser: choose a password, sign in, connect an app.
    const coachTab = await openTab(browser);
    tabs.push(coachTab);
    const coachPage = coachTab.page;
    await coachPage.goto(activationLink);
    await expectHeading(coachPage, 'Aktivera ditt konto');
    await expectAccessible(coachPage, 'activation');
    await field(coachPage, 'Nytt lösenord').fill(coach.password);
    await field(coachPage, 'Upprepa lösenordet').fill(coach.password);
    await coachPage.getByRole('button', { name: 'Spara lösenordet' }).click();
    await coachPage.getByText('Lösenordet är sparat. Logga in.').waitFor();
    await signIn(coachPage, coach.email, coach.password);
    await enrolTwoFactor(coachPage);
    await expectHeading(coachPage, `Välkommen, ${coach.name}`);
    await expectAccessible(coachPage, 'coach home');

    // She works as one role at a time and switches between them in the header.
    const activeRole = coachPage.getByTestId('active-membership');
    for (const membership of [`Lärare · ${otherUnit.name}`, `Arbetsmarknadscoach · ${unit.name}`]) {
      await coachPage.getByLabel('Roll och enhet').selectOption({ label: membership });
      await coachPage.getByRole('button', { name: 'Byt', exact: true }).click();
      await activeRole.getByText(`Aktiv roll: ${membership}`).waitFor();
    }

    // Her menu follows her role: participants yes, accounts no.
    const coachNav = coachPage.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(coachNav.getByRole('link', { name: 'Konton' }).count()).resolves.toBe(0);
    await nav(coachPage, 'Deltagare');
    await expectHeading(coachPage, 'Deltagare');
    await coachPage.getByRole('link', { name: 'Registrera ny deltagare' }).click();
    await field(coachPage, 'Förnamn').fill('Amina');
    await field(coachPage, 'Efternamn').fill('Hassan');
    await coachPage.getByRole('button', { name: 'Registrera deltagaren' }).click();
    await expectHeading(coachPage, 'Amina Hassan');
    await coachPage.getByRole('link', { name: 'Tillbaka till deltagarna' }).click();
    await coachPage.getByRole('rowheader', { name: 'Hassan, Amina' }).waitFor();
    await expectAccessible(coachPage, 'participants');

    // Back to the administrator: the audit log shows what happened.
    await nav(page, 'Loggeruppföljning');
    await expectHeading(page, 'Loggeruppföljning');
    const log = page.getByTestId('audit-table');
    await log.waitFor();
    for (const action of ['Installation slutförd', 'Enhet skapad', 'Konto skapat', 'Lösenord valt']) {
      await log.getByRole('cell', { name: action, exact: true }).first().waitFor();
    }
    const coachSignIn = log.getByRole('row').filter({ hasText: coach.name });
    await coachSignIn.filter({ hasText: 'Inloggning, autentiseringsapp kopplad' }).first().waitFor();
    await expectAccessible(page, 'audit log');

    // Filtered to the coach, only her events remain.
    await field(page, 'Användare').selectOption({ label: coach.name });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL(/userId=/);
    await expect
      .poll(async () => new Set(await log.locator('tbody tr td:nth-child(4)').allTextContents()))
      .toEqual(new Set([coach.name]));
    const exportHref = await page
      .getByRole('link', { name: 'Exportera urvalet som CSV' })
      .getAttribute('href');
    expect(exportHref).toMatch(/^\/api\/audit\/export\?userId=/);
    await expectAccessible(page, 'audit log filtered');

    // An address that does not exist.
    await page.goto(`${server.baseUrl}/finns-inte`);
    await expectHeading(page, 'Sidan finns inte');
    await expectAccessible(page, 'not found');

    // Signing out.
    await page.getByRole('button', { name: `Konto: ${admin.name}` }).click();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();

    for (const tab of tabs) expect(tab.problems).toEqual([]);
  });
});
