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
  callApi,
  caseFileSection,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  openPhoneTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';
import { softPasskey } from '#tests/webauthn.ts';

describe.skipIf(skipJourneys)('a coach invites a participant to the app on paper', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let participantId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Haddad')).id;
    // English among her languages: the paper says it in Swedish and in English. No phone or e-mail.
    await server.db.query(`update participants set languages = '{ar,en}' where id = $1`, [participantId]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints the QR code and link once, lists the open invitation, and ends all access', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await expectHeading(page, 'Amina Haddad');
    await caseFileSection(page, 'App').click();
    await page.getByRole('heading', { level: 2, name: 'Deltagarappen' }).waitFor();
    await page.getByText('Inga öppna inbjudningar.').waitFor();
    // Without a phone or an address on her record, SMS and e-mail say why they cannot be used.
    expect(await page.getByRole('button', { name: 'Skicka länk med sms' }).isDisabled()).toBe(true);
    await page.getByText('Sms går inte: inget telefonnummer finns i akten.').waitFor();
    await expectAccessible(page, 'app access, nothing yet');

    await page.getByRole('button', { name: 'Skriv ut på papper med QR-kod' }).click();
    const sheet = page.getByRole('region', { name: 'Inbjudan på papper' });
    const qr = sheet.getByRole('img', { name: 'QR-kod med länken till inbjudan' });
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const link = await sheet.getByText(/\/app\/invitation#token=/).textContent();
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/app/invitation#token=[\\w-]{40,}$`));
    await sheet.getByText('Hej Amina! Välkommen till appen.').waitFor();
    await sheet.getByText('Hi Amina, welcome to the app.').waitFor();
    await page
      .getByRole('list', { name: 'Öppna inbjudningar' })
      .getByText(/^Papper, skapad/)
      .waitFor();
    await expectAccessible(page, 'app access, paper invitation');

    // She registers a passkey with the link (her side, through the API with a software passkey for now).
    const token = new URL(link!).hash.replace('#token=', '');
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { ceremonyId: string; options: never } };
    };
    const start = await post('/api/app/invitation/registration-options', { token });
    expect(start.status).toBe(200);
    const key = softPasskey(server.baseUrl);
    const registered = await post('/api/app/invitation/registration', {
      token,
      ceremonyId: start.body.ceremonyId,
      response: key.register(start.body.options),
      deviceLabel: 'Aminas telefon',
    });
    expect(registered.status).toBe(201);

    // A new visit shows no link (it was shown once) but her device and passkey.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Deltagarappen' }).waitFor();
    const sessions = page.getByRole('table', { name: 'Hennes inloggningar i appen' });
    await sessions.getByRole('cell', { name: 'Aminas telefon', exact: true }).waitFor();
    await sessions.getByRole('button', { name: /^Avsluta Aminas telefon, / }).waitFor();
    await page.getByText('Inga öppna inbjudningar.').waitFor();
    expect(await page.getByRole('region', { name: 'Inbjudan på papper' }).count()).toBe(0);
    await expectAccessible(page, 'app access, a signed-in device');

    // A lost phone: everything ends at once, after a confirmation.
    await page.getByRole('button', { name: 'Avsluta alla (borttappad telefon)' }).click();
    await page.getByText('Alla hennes inloggningar och nycklar tas bort').waitFor();
    await expectAccessible(page, 'app access, confirm ending all');
    await page.getByRole('button', { name: 'Ja, avsluta alla' }).click();
    await page.getByText('Alla inloggningar och nycklar är avslutade.').waitFor();
    await page.getByText('Hon är inte inloggad på någon enhet.').waitFor();
    await page.getByText('Hon har ingen nyckel.').waitFor();
    await expectAccessible(page, 'app access, all ended');
    const options = await post('/api/app/sign-in/options', {});
    const signIn = await post('/api/app/sign-in', {
      ceremonyId: options.body.ceremonyId,
      response: key.assert(options.body.options),
    });
    expect(signIn.status).toBe(401);
    expect(problems).toEqual([]);
  });

  it('she creates a passkey on her phone from the link, signs in again later, and the link works once', async () => {
    const invited = await callApi<{ url: string }>(
      server,
      coach,
      'POST',
      `/api/participants/${participantId}/app-invitations`,
      { channel: 'paper' },
    );
    const { page, context, problems } = await openPhoneTab(browser);
    await page.goto(invited.url);
    await expectHeading(page, 'Välkommen till appen');
    await expectAccessible(page, 'participant, invitation');
    await page.getByRole('button', { name: 'Skapa nyckel och logga in' }).click();
    // Signed in, the app speaks the first of her languages it has (Arabic; the link's page was Swedish).
    await expectHeading(page, 'مرحبًا Amina!');
    await page.getByText('لقد سجّلت الدخول.').waitFor();
    await expectAccessible(page, 'participant, signed in');

    // Later, signed out: the phone offers the passkey; no name to type.
    await context.clearCookies();
    await page.goto(`${server.baseUrl}/app`);
    await expectHeading(page, 'Logga in i appen');
    await expectAccessible(page, 'participant, sign in');
    await page.getByRole('button', { name: 'Logga in med nyckel' }).click();
    await expectHeading(page, 'مرحبًا Amina!');

    // The link was used up (tried again from a signed-out browser).
    await context.clearCookies();
    await page.goto(`${server.baseUrl}/`);
    await page.goto(invited.url);
    await expectHeading(page, 'Välkommen till appen');
    await page.getByRole('button', { name: 'Skapa nyckel och logga in' }).click();
    await page.getByText('Länken är redan använd eller har gått ut. Be din coach om en ny.').waitFor();
    await expectAccessible(page, 'participant, link used');
    const access = await callApi<{ sessions: unknown[]; passkeys: unknown[] }>(
      server,
      coach,
      'GET',
      `/api/participants/${participantId}/app-access`,
    );
    expect(access.passkeys).toHaveLength(1);
    expect(access.sessions).toHaveLength(2);
    expect(problems).toEqual([]);
  });
});
