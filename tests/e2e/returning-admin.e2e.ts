import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/passwords.ts';
import { currentTotp, newTotpSecret } from '#server/auth/totp.ts';
import { createOrganisation, createStaff, createUnit } from '#tests/factories.ts';
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  openTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';

const email = 'admin@example.test';
const password = 'ett lösenord som räcker';

describe.skipIf(skipJourneys)('a returning administrator', () => {
  let server: TestServer;
  let browser: Browser;
  let secret: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Nord');
    secret = newTotpSecret();
    await createStaff(server.db, {
      organisationId: organisation.id,
      role: 'administrator',
      email,
      passwordHash: await hashPassword(password),
      totpSecret: secret,
    });
    const unit = await createUnit(server.db, organisation.id, 'Kiruna kommun');
    await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in with a code, meets an edit conflict and recovers, and manages an account', async () => {
    const { page, problems } = await openTab(browser);
    const field = (label: string) => page.getByLabel(label, { exact: true });

    // A wrong password is announced in the error summary; nothing says which half was wrong.
    await page.goto(`${server.baseUrl}/units`);
    await expectHeading(page, 'Logga in');
    await field('E-postadress').fill(email);
    await field('Lösenord').fill('fel lösenord');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('alert').getByText('Fel e-postadress eller lösenord.').waitFor();
    await expectAccessible(page, 'sign-in, wrong password');
    await field('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();

    // The code step: a wrong code first, then the right one; afterwards the page asked for at first.
    await expectHeading(page, 'Ange kod');
    const code = currentTotp(secret);
    await field('Kod från appen').fill(code.replace(/.$/, (d) => String((Number(d) + 1) % 10)));
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page
      .getByRole('alert')
      .getByText('Koden är fel eller har redan använts.', { exact: false })
      .waitFor();
    await expectAccessible(page, 'code, wrong code');
    await field('Kod från appen').fill(code);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expectHeading(page, 'Enheter');

    // Two tabs edit the same unit; the second save meets a version conflict, reloads and succeeds.
    await page.getByRole('link', { name: 'Ändra Kiruna kommun' }).click();
    await expectHeading(page, 'Ändra enhet');
    await expectAccessible(page, 'edit unit');
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.getByLabel('Namn', { exact: true }).fill('Kiruna kommun, socialtjänsten');
    await other.getByRole('button', { name: 'Spara' }).click();
    await other.getByText('Ändringarna är sparade.').waitFor();
    await other.close();

    await field('Kommunkod (valfritt)').fill('2584');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('alert').getByText('Någon annan har ändrat enheten', { exact: false }).waitFor();
    await expectAccessible(page, 'edit unit, conflict');
    await page.getByRole('button', { name: 'Ladda om' }).click();
    await expect.poll(() => field('Namn').inputValue()).toBe('Kiruna kommun, socialtjänsten');
    await field('Kommunkod (valfritt)').fill('2584');
    await page.getByRole('button', { name: 'Spara' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Kiruna kommun, socialtjänsten' });
    await row.getByRole('cell', { name: '2584' }).waitFor();

    // An account: disable it, then hand out a new sign-in link that also resets the app.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Konton' }).click();
    await page.getByRole('link', { name: 'Ändra Test coach' }).click();
    await expectHeading(page, 'Ändra Test coach');
    await expectAccessible(page, 'edit account');
    await field('Stäng av kontot').check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('row').filter({ hasText: 'Test coach' }).getByText('Avstängt').waitFor();

    await page.getByRole('link', { name: 'Ändra Test coach' }).click();
    await field('Nollställ även autentiseringsappen (om telefonen är borttappad eller utbytt)').check();
    await page.getByRole('button', { name: 'Skapa länk' }).click();
    const link = await page.getByTestId('one-time-link').inputValue();
    expect(link).toMatch(/\/password#token=.+&kind=reset$/);
    await expectAccessible(page, 'reset link');

    expect(problems).toEqual([]);
  });
});
