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
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  openTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(skipJourneys)(
  'a language friend registers, is screened, approved and erased on request',
  () => {
    let server: TestServer;
    let browser: Browser;
    let coordinator: StaffSession;
    let coach: StaffSession;
    let unitId: string;
    let aminaId: string;
    let saraId: string;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
      unitId = (await createUnit(server.db, organisation.id, 'Södertälje kommun')).id;
      coordinator = await createStaff(server.db, {
        organisationId: organisation.id,
        role: 'volunteer_coordinator',
        unitId,
      });
      coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId });
      aminaId = (await createParticipant(server.db, unitId, 'Amina', 'Ali')).id;
      saraId = (await createParticipant(server.db, unitId, 'Sara', 'Ung')).id;
      await server.db.query(`update participants set birth_date = '1990-04-02' where id = $1`, [aminaId]);
      await server.db.query(`update participants set birth_date = $2 where id = $1`, [
        saraId,
        day(-365 * 16),
      ]);
      for (const [name, lat, lon] of [
        ['Ronna', 59.1869, 17.6047],
        ['Hovsjö', 59.1742, 17.6036],
      ] as const)
        await callApi(server, coordinator, 'POST', '/api/language-friend-areas', { name, lat, lon });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('from the public page on a phone to an approved volunteer, a marked participant and an erasure', async () => {
      // A member of the public, without an account, on her phone, in Swedish.
      const visitor = await openTab(browser);
      const phone = visitor.page;
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.baseUrl}/sprakvan/${unitId}`);
      await expectHeading(phone, 'Bli språkvän i Södertälje kommun');
      await phone.getByRole('heading', { name: 'Så hanterar vi dina uppgifter' }).waitFor();
      await expectAccessible(phone, 'public registration on a phone');

      // Sent empty: every missing field is named in the summary and marked at the field.
      await phone.getByRole('button', { name: 'Skicka anmälan' }).click();
      const summary = phone.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
      await summary.getByRole('link', { name: /^Förnamn/ }).waitFor();
      await summary.getByRole('link', { name: /^Ålder/ }).waitFor();
      await summary
        .getByRole('link', { name: /^E-postadress: Fyll i e-postadress eller mobilnummer/ })
        .waitFor();
      await summary.getByRole('link', { name: /^Jag har läst.*samtycka/ }).waitFor();
      await expectAccessible(phone, 'public registration with errors');

      await phone.getByLabel('Förnamn').fill('Karin');
      await phone.getByLabel('Efternamn').fill('Lund');
      await phone.getByLabel('Ålder').selectOption('45-64');
      await phone.getByLabel(/^E-postadress/).fill('karin.lund@example.test');
      await phone.getByRole('button', { name: 'Lägg till ett språk' }).click();
      const languages = phone.getByRole('group', { name: 'Språk du talar förutom svenska' });
      await languages.getByLabel('Språk', { exact: true }).selectOption('en');
      await languages.getByLabel('Nivå').selectOption('fluent');
      await phone
        .getByRole('group', { name: /^Intressen/ })
        .getByLabel('Matlagning')
        .check();
      await phone
        .getByRole('group', { name: /^Intressen/ })
        .getByLabel('Fika')
        .check();
      await phone.getByLabel(/^Område/).selectOption({ label: 'Ronna' });
      await phone.getByRole('group', { name: 'Tisdag' }).getByLabel('Kväll').check();
      await phone.getByLabel('Jag träffar gärna en familj').check();
      await phone.getByLabel(/^Jag har läst informationen/).check();
      await phone.getByRole('button', { name: 'Skicka anmälan' }).click();
      await expectHeading(phone, 'Tack för din anmälan!');
      await phone.getByText(/Ditt referensnummer är SV-[0-9A-F]{8}\./).waitFor();
      await expectAccessible(phone, 'registration receipt');

      // The same page in English.
      const english = (await openTab(browser)).page;
      await english.goto(`${server.baseUrl}/sprakvan/${unitId}`);
      await english.getByRole('button', { name: 'English' }).click();
      await expectHeading(english, 'Become a language friend in Södertälje kommun');
      await expectAccessible(english, 'public registration in English');
      await english.context().close();

      // The coordinator sees her among the new registrations and screens her.
      const { page, problems } = await openSignedInTab(browser, coordinator);
      await page.goto(server.baseUrl);
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Språkvänner' })
        .click();
      await expectHeading(page, 'Språkvänner');
      const row = page.getByRole('row').filter({ hasText: 'Karin Lund' });
      await row.getByText('Ny', { exact: true }).waitFor();
      await expectAccessible(page, 'volunteer list');
      await row.getByRole('link', { name: 'Karin Lund' }).click();
      await expectHeading(page, 'Karin Lund');
      await page.getByText('Matlagning, Fika').waitFor();
      await page.getByText('tisdag kväll').waitFor();
      await expectAccessible(page, 'a new volunteer');

      const interview = page.getByRole('region', { name: '1. Introduktionssamtal' });
      await interview.getByLabel('Datum', { exact: true }).fill(day(2));
      await interview.getByLabel('Tid').fill('10:00');
      await interview.getByRole('button', { name: 'Boka samtalet' }).click();
      await interview.getByText('Samtalet är bokat.').waitFor();
      await interview.getByLabel('Anteckningar från samtalet').fill('Engagerad, har tid tisdagskvällar.');
      await interview.getByRole('button', { name: 'Spara samtalet' }).click();
      await interview.getByText('Samtalet är sparat.').waitFor();
      await expectAccessible(page, 'interview booked and recorded');

      const references = page.getByRole('region', { name: '2. Referenser' });
      await references.getByLabel('Namn').fill('Eva Berg');
      await references.getByLabel('Relation').fill('Tidigare chef');
      await references.getByLabel(/^Kontaktad/).fill(day(-1));
      await references.getByLabel('Utfall').selectOption('positive');
      await references.getByRole('button', { name: 'Spara referensen' }).click();
      await references.getByText(/^Eva Berg \(Tidigare chef\): Positiv/).waitFor();

      const extract = page.getByRole('region', { name: '3. Utdrag ur belastningsregistret' });
      await extract.getByLabel('Utdraget sågs').fill(day(-1));
      await extract.getByRole('button', { name: 'Spara datumet' }).click();
      await extract.getByText('Datumet är sparat.').waitFor();
      await expectAccessible(page, 'reference and record extract recorded');

      const decision = page.getByRole('region', { name: '4. Beslut' });
      await decision.getByLabel('Godkänn').check();
      await decision.getByRole('button', { name: 'Spara beslutet' }).click();
      await decision.getByText('Beslutet är sparat.').waitFor();
      await page.getByRole('region', { name: 'Uppgifter' }).getByText('Godkänd', { exact: true }).waitFor();
      await expectAccessible(page, 'volunteer approved');

      // Someone else changes her while the page is open: saving says so, and a second save works.
      const volunteerId = page.url().split('/').pop()!;
      const current = await callApi<{ version: number }>(
        server,
        coordinator,
        'GET',
        `/api/volunteers/${volunteerId}`,
      );
      await callApi(server, coordinator, 'PATCH', `/api/volunteers/${volunteerId}`, {
        version: current.version,
        occupation: 'Sjuksköterska',
      });
      const contact = page.getByRole('region', { name: 'Rätta kontaktuppgifter' });
      await contact.getByLabel(/^Mobilnummer/).fill('070-111 22 33');
      await contact.getByRole('button', { name: 'Spara kontaktuppgifterna' }).click();
      await contact
        .getByRole('alert')
        .getByText('Någon annan har ändrat uppgifterna sedan du öppnade dem.')
        .waitFor();
      await expectAccessible(page, 'a conflict on the contact details');
      await contact.getByRole('button', { name: 'Spara kontaktuppgifterna' }).click();
      await contact.getByText('Kontaktuppgifterna är sparade.').waitFor();
      await page.getByRole('region', { name: 'Uppgifter' }).getByText('070-111 22 33').waitFor();
      await page.getByRole('region', { name: 'Uppgifter' }).getByText('Sjuksköterska').waitFor();

      // A coach marks a participant as interested, from her record; a 16-year-old cannot be.
      const coachTab = await openSignedInTab(browser, coach);
      await coachTab.page.goto(`${server.baseUrl}/participants/${aminaId}/language-friend`);
      const section = coachTab.page.getByRole('region', { name: 'Språkvän' });
      await section.getByText('Åldersgrupp: 30–44 år').waitFor();
      await section.getByLabel('Vill träffa en språkvän').check();
      await section.getByLabel('Vill bara träffa en kvinna').check();
      await section
        .getByRole('group', { name: /^Intressen/ })
        .getByLabel('Fika')
        .check();
      await section.getByRole('group', { name: 'Onsdag' }).getByLabel('Eftermiddag').check();
      await section.getByLabel(/^Område/).selectOption({ label: 'Hovsjö' });
      await section.getByRole('button', { name: 'Spara' }).click();
      await section.getByText('Önskemålen är sparade.').waitFor();
      await expectAccessible(coachTab.page, 'participant marked interested');
      await coachTab.page.goto(`${server.baseUrl}/participants/${saraId}/language-friend`);
      await coachTab.page.getByText('Språkvän är för deltagare som fyllt 18 år.').waitFor();
      await coachTab.page.getByLabel('Vill träffa en språkvän').check();
      await coachTab.page.getByRole('button', { name: 'Spara' }).click();
      await coachTab.page.getByRole('alert').getByText(/18/).first().waitFor();
      await expectAccessible(coachTab.page, 'a participant under 18');
      const saved = await server.db.query(
        `select interested, only_woman, interests from participant_language_friend_interest where participant_id = $1`,
        [aminaId],
      );
      expect(saved.rows).toEqual([{ interested: true, only_woman: true, interests: ['fika'] }]);

      // She asks to be removed: the coordinator erases her, and her data is gone.
      const erase = page.getByRole('region', { name: 'Radera på begäran' });
      await erase.getByLabel('Volontären har bett om att bli borttagen').check();
      await erase.getByRole('button', { name: 'Radera uppgifterna' }).click();
      await page.getByText('Volontärens uppgifter är raderade.', { exact: false }).waitFor();
      await expectHeading(page, 'Raderad');
      expect(await page.getByText('Karin').count()).toBe(0);
      await expectAccessible(page, 'volunteer erased');
      const rows = await server.db.query<Record<string, unknown>>(`select * from volunteers`);
      expect(rows.rows).toHaveLength(1);
      expect(JSON.stringify(rows.rows[0])).not.toMatch(
        /Karin|Lund|karin\.lund|Engagerad|070-111|Sjuksköterska/,
      );
      const messages = await server.db.query(`select to_address, body from outbox_messages`);
      expect(messages.rows).toEqual([{ to_address: 'erased', body: '[erased]' }]);
      await page.goto(`${server.baseUrl}/volunteers`);
      await page.getByRole('row').filter({ hasText: 'Raderad' }).first().waitFor();
      await expectAccessible(page, 'list after the erasure');

      expect([...problems, ...visitor.problems, ...coachTab.problems]).toEqual([]);
    });
  },
);
