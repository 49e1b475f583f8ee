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
  openPhoneTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';

describe.skipIf(skipJourneys)(
  'she writes to her team from the app and the coach answers from the case file',
  () => {
    let server: TestServer;
    let browser: Browser;
    let coach: StaffSession;
    let participantId: string;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
      const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
      coach = await createStaff(server.db, {
        organisationId: organisation.id,
        role: 'coach',
        unitId: unit.id,
      });
      participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Haddad')).id;
      await server.db.query(
        `update participants set languages = '{sv}', phone = '0701234567' where id = $1`,
        [participantId],
      );
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('her message, the answer, and both marked read', async () => {
      // She signs in on her phone from a paper invitation (Chromium's virtual authenticator is the fingerprint).
      const invited = await callApi<{ url: string }>(
        server,
        coach,
        'POST',
        `/api/participants/${participantId}/app-invitations`,
        { channel: 'paper' },
      );
      const her = await openPhoneTab(browser);
      await her.page.goto(invited.url);
      await her.page.getByRole('button', { name: 'Skapa nyckel och logga in' }).click();
      await expectHeading(her.page, 'Hej Amina!');

      await her.page.getByRole('link', { name: 'Meddelanden' }).click();
      await expectHeading(her.page, 'Meddelanden');
      await her.page.getByText('Inga meddelanden än.').waitFor();
      await expectAccessible(her.page, 'her messages, none yet');
      const compose = her.page.getByRole('textbox', { name: 'Skriv till ditt team' });
      await her.page.getByRole('button', { name: 'Skicka' }).click();
      await her.page.getByText('Skriv något först.').waitFor();
      await compose.fill('Hej! Mitt barn är sjukt, jag kan inte komma i morgon.');
      await her.page.getByRole('button', { name: 'Skicka' }).click();
      await her.page.getByText('Ditt meddelande är skickat.').waitFor();
      const thread = her.page.getByRole('list', { name: 'Meddelanden, det äldsta först' });
      await thread.getByText('Mitt barn är sjukt', { exact: false }).waitFor();
      await thread.getByText(/^Skickat .+\. Inte läst än\.$/).waitFor();
      expect(await compose.inputValue()).toBe('');
      await expectAccessible(her.page, 'her messages, sent');

      // The coach sees one unread on the tab, opens Samtal and answers.
      const staff = await openSignedInTab(browser, coach);
      await staff.page.goto(`${server.baseUrl}/participants/${participantId}`);
      await expectHeading(staff.page, 'Amina Haddad');
      const tab = staff.page
        .getByRole('navigation', { name: 'Delar av akten' })
        .getByRole('link', { name: 'Samtal 1 oläst' });
      await tab.click();
      await staff.page.getByRole('heading', { level: 2, name: 'Samtal' }).waitFor();
      const staffThread = staff.page.getByRole('list', { name: 'Meddelanden i samtalet, äldst först' });
      await staffThread.getByText('Mitt barn är sjukt', { exact: false }).waitFor();
      await staffThread.getByText(/^Läst av teamet /).waitFor();
      await staff.page
        .getByRole('navigation', { name: 'Delar av akten' })
        .getByRole('link', { name: 'Samtal', exact: true })
        .waitFor();
      await expectAccessible(staff.page, 'case file, Samtal with her message');
      await staff.page
        .getByRole('textbox', { name: 'Meddelande' })
        .fill('Hej Amina, krya på barnet! Vi ses på torsdag i stället.');
      await staff.page.getByRole('button', { name: 'Skicka' }).click();
      await staff.page.getByText('Meddelandet är skickat.').waitFor();
      await staffThread.getByText('Vi ses på torsdag i stället.', { exact: false }).waitFor();
      await staffThread.getByText('Amina har inte läst än').waitFor();
      await expectAccessible(staff.page, 'case file, Samtal answered');

      // She was told by SMS that the team wrote, without the text.
      const { rows } = await server.db.query<{ body: string }>(
        `select body from outbox_messages where participant_id = $1 and kind = 'conversation_message'`,
        [participantId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.body).not.toContain('torsdag');

      // Her home tile counts the answer; she opens it: the answer is new, and hers is read by the team.
      await her.page.goto(`${server.baseUrl}/app`);
      await expectHeading(her.page, 'Hej Amina!');
      const tile = her.page.getByRole('link', { name: 'Meddelanden Nya: 1' });
      await tile.waitFor();
      await expectAccessible(her.page, 'her home, a new message');
      await tile.click();
      await expectHeading(her.page, 'Meddelanden');
      await thread.getByText('Vi ses på torsdag i stället.', { exact: false }).waitFor();
      await thread.getByText('Nytt', { exact: true }).waitFor();
      await thread.getByText(/^Läst av ditt team /).waitFor();
      await expectAccessible(her.page, 'her messages, answered and read');

      // In Arabic the same thread reads right to left, with the states in words.
      await her.page.getByRole('combobox', { name: 'Språk' }).selectOption('ar');
      await expectHeading(her.page, 'الرسائل');
      await her.page.getByText(/^قرأها فريقك /).waitFor();
      expect(await her.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await expectAccessible(her.page, 'her messages in Arabic');

      // And the coach sees that she has read the answer.
      await staff.page.reload();
      await staffThread.getByText(/^Läst av Amina /).waitFor();
      expect(her.problems).toEqual([]);
      expect(staff.problems).toEqual([]);
    });
  },
);
