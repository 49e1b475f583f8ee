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
  stockholmDay,
  type TestServer,
} from './harness.ts';

describe.skipIf(skipJourneys)(
  'a language friend is matched with a participant and their first meeting is booked',
  () => {
    let server: TestServer;
    let browser: Browser;
    let coordinator: StaffSession;
    let unitId: string;
    let aminaId: string;

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
      await callApi(server, coordinator, 'POST', '/api/language-friend-areas', {
        name: 'Ronna',
        lat: 59.1869,
        lon: 17.6047,
      });
      // Amina, 36, would like a language friend to have a fika with on Tuesday evenings (marked from her record).
      aminaId = (await createParticipant(server.db, unitId, 'Amina', 'Ali')).id;
      await server.db.query(
        `update participants set birth_date = '1990-04-02', gender = 'woman', languages = '{ar}' where id = $1`,
        [aminaId],
      );
      await callApi(server, coordinator, 'PUT', `/api/participants/${aminaId}/language-friend-interest`, {
        version: 0,
        interested: true,
        swedishOnly: false,
        interests: ['fika', 'music'],
        availability: ['tue_evening'],
        lifeSituation: [],
        onlyWoman: false,
        wantsFamily: false,
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('from the public registration to the first meeting in the coordinator’s schedule', async () => {
      // A member of the public registers on her phone.
      const visitor = await openTab(browser);
      const phone = visitor.page;
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.baseUrl}/sprakvan/${unitId}`);
      await expectHeading(phone, 'Bli språkvän i Södertälje kommun');
      await phone.getByLabel('Förnamn').fill('Karin');
      await phone.getByLabel('Efternamn').fill('Lund');
      await phone.getByLabel('Ålder').selectOption('45-64');
      await phone.getByLabel(/^E-postadress/).fill('karin.lund@example.test');
      await phone
        .getByRole('group', { name: /^Intressen/ })
        .getByLabel('Fika')
        .check();
      await phone.getByLabel(/^Område/).selectOption({ label: 'Ronna' });
      await phone.getByRole('group', { name: 'Tisdag' }).getByLabel('Kväll').check();
      await phone.getByLabel(/^Jag har läst informationen/).check();
      await expectAccessible(phone, 'registration filled in');
      await phone.getByRole('button', { name: 'Skicka anmälan' }).click();
      await expectHeading(phone, 'Tack för din anmälan!');
      await expectAccessible(phone, 'registration receipt');

      // The coordinator screens and approves her.
      const { page, problems } = await openSignedInTab(browser, coordinator);
      await page.goto(`${server.baseUrl}/volunteers`);
      await page
        .getByRole('row')
        .filter({ hasText: 'Karin Lund' })
        .getByRole('link', { name: 'Karin Lund' })
        .click();
      await expectHeading(page, 'Karin Lund');
      const interview = page.getByRole('region', { name: '1. Introduktionssamtal' });
      await interview.getByLabel('Datum', { exact: true }).fill(stockholmDay(-2));
      await interview.getByLabel('Tid').fill('10:00');
      await interview.getByRole('button', { name: 'Boka samtalet' }).click();
      await interview.getByText('Samtalet är bokat.').waitFor();
      await interview.getByLabel('Anteckningar från samtalet').fill('Engagerad, gillar fika och musik.');
      await interview.getByRole('button', { name: 'Spara samtalet' }).click();
      await interview.getByText('Samtalet är sparat.').waitFor();
      const extract = page.getByRole('region', { name: '3. Utdrag ur belastningsregistret' });
      await extract.getByLabel('Utdraget sågs').fill(stockholmDay(-1));
      await extract.getByRole('button', { name: 'Spara datumet' }).click();
      await extract.getByText('Datumet är sparat.').waitFor();
      const decision = page.getByRole('region', { name: '4. Beslut' });
      await decision.getByLabel('Godkänn').check();
      await decision.getByRole('button', { name: 'Spara beslutet' }).click();
      await decision.getByText('Beslutet är sparat.').waitFor();
      await expectAccessible(page, 'volunteer approved');

      // The engine proposes her for Amina, with the reasons in words; the coordinator accepts.
      await page.goto(`${server.baseUrl}/volunteers`);
      await page.getByRole('link', { name: 'Förslag på matchningar' }).click();
      await expectHeading(page, 'Förslag på matchningar');
      const proposal = page.getByRole('article', { name: 'Amina Ali och Karin Lund' });
      await proposal.getByText('Gemensamma intressen: fika.').waitFor();
      await proposal.getByText('Båda kan träffas tisdag kväll.').waitFor();
      await expectAccessible(page, 'proposals');
      await proposal.getByRole('button', { name: 'Byt språkvän' }).click();
      await proposal.getByRole('heading', { name: 'Andra möjliga språkvänner' }).waitFor();
      await expectAccessible(page, 'proposal with alternatives open');
      await proposal.getByRole('button', { name: 'Godkänn', exact: true }).click();
      await expectHeading(page, 'Amina Ali och Karin Lund');
      await page
        .getByRole('region', { name: 'Matchningen' })
        .getByText('Föreslagen', { exact: true })
        .waitFor();
      await expectAccessible(page, 'match proposed');

      // She books the first meeting, which she leads: it goes into her calendar and Karin gets her link.
      const day = stockholmDay(2);
      const book = page.getByRole('region', { name: 'Boka första träffen' });
      await book.getByLabel('Datum').fill(day);
      await book.getByLabel('Börjar').fill('17:00');
      await book.getByLabel('Slutar').fill('18:00');
      await book.getByLabel('Plats för första träffen').fill('Stadsbiblioteket, Södertälje');
      await book.getByRole('button', { name: 'Boka och skicka länken' }).click();
      await page
        .getByRole('region', { name: 'Matchningen' })
        .getByText('Introducerad', { exact: true })
        .waitFor();
      await page.getByRole('region', { name: 'Starta provmånaden' }).waitFor();
      await expectAccessible(page, 'match introduced');

      // The first meeting appears in Mitt schema.
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Mitt schema' })
        .click();
      await expectHeading(page, 'Mitt schema');
      await page.goto(`${server.baseUrl}/schedule?view=week&day=${day}`);
      await page.getByText('Möte: Amina').first().waitFor();
      await expectAccessible(page, 'the first meeting in Mitt schema');

      // Karin opens her link on her phone: Amina's first name, what is shared, and the meeting.
      const { rows } = await server.db.query<{ body: string }>(
        `select body from outbox_messages where kind = 'language_friend_link'`,
      );
      const link = new URL(/https?:\S+#token=[\w-]+/.exec(rows[0]!.body)![0]);
      await phone.goto(`${server.baseUrl}${link.pathname}${link.hash}`);
      await expectHeading(phone, 'Din språkvän');
      await phone.getByRole('heading', { name: 'Du träffar Amina' }).waitFor();
      await phone.getByText('Stadsbiblioteket, Södertälje').first().waitFor();
      expect(await phone.getByText('Ali').count()).toBe(0);
      await expectAccessible(phone, 'the volunteer’s page');

      expect([...problems, ...visitor.problems]).toEqual([]);
    });
  },
);
