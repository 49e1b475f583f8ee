/**
 * The same person registered twice, through the web interface:
 *
 *   "A coach sees a likely duplicate on the Same person section, links it, then merges the duplicate into the
 *   record that stays after reading the preview; the duplicate's contact now shows on the record that stays;
 *   the duplicate shows the merged notice; the coach undoes the merge and the contact is back on the
 *   duplicate."
 *
 * The two records and the duplicate's contact are set up through the API as the coach (the second record
 * with "this is another person" confirmed, as staff do when the duplicate guard is wrong); everything in the
 * sentence is done in the browser. Both records carry the same name, as real duplicates do, so the interface
 * names the open one "den här akten".
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createStaff, createUnit, type StaffSession } from '#tests/factories.ts';
import {
  callApi,
  caseFileSection,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';

const contactNote = 'Ringde om platsen på SFI i januari.';
const linkNote = 'Samma telefonnummer i båda akterna.';

describe.skipIf(skipJourneys)('the same person twice', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: StaffSession;
  let coach: StaffSession;
  let keptId = '';
  let duplicateId = '';

  const call = <T>(session: StaffSession, method: string, path: string, body?: unknown) =>
    callApi<T>(server, session, method, path, body);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Norr');
    const unit = await createUnit(server.db, organisation.id, 'Sundsvalls kommun');
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    admin = await createStaff(server.db, { organisationId: organisation.id, role: 'administrator' });
    const rania = { firstName: 'Rania', lastName: 'Haddad', birthDate: '1988-04-12' };
    keptId = (await call<{ id: string }>(coach, 'POST', '/api/participants', rania)).id;
    duplicateId = (
      await call<{ id: string }>(coach, 'POST', '/api/participants', { ...rania, confirmNotDuplicate: true })
    ).id;
    await call(coach, 'POST', `/api/participants/${duplicateId}/contacts`, {
      kind: 'phone',
      happenedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
      note: contactNote,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a coach links a likely duplicate, merges it into the record that stays, and undoes the merge', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${keptId}`);
    await expectHeading(page, 'Rania Haddad');

    // The likely duplicate, and why it matched
    await caseFileSection(page, 'Samma person').click();
    await page.getByRole('heading', { level: 2, name: 'Samma person' }).waitFor();
    const suggestions = page.getByRole('table', { name: 'Andra akter som liknar den här' });
    await suggestions.getByRole('cell', { name: 'Samma namn och födelsedatum' }).waitFor();
    await expect(suggestions.getByRole('link', { name: 'Rania Haddad' }).getAttribute('href')).resolves.toBe(
      `/participants/${duplicateId}`,
    );
    await expectAccessible(page, 'same person: a likely duplicate');

    // Linked, with a note
    await page.getByRole('button', { name: 'Länka Rania Haddad som samma person' }).click();
    await page.getByLabel('Anteckning').fill(linkNote);
    await expectAccessible(page, 'same person: link form');
    await page.getByRole('button', { name: 'Länka akterna' }).click();
    await page.getByRole('status').getByText('Rania Haddad är länkad som samma person.').waitFor();
    const links = page.getByRole('table', { name: 'Akter som är länkade som samma person' });
    await links.getByRole('cell', { name: linkNote }).waitFor();
    await links.getByRole('cell', { name: /^Test coach, / }).waitFor();
    await page.getByText(/^Ingen annan akt i enheten har samma personnummer/).waitFor();
    await expectAccessible(page, 'same person: linked');

    // The merge: the direction, then what the preview says moves
    await links.getByRole('button', { name: 'Slå ihop Rania Haddad in i den här akten…' }).click();
    const step = page.getByRole('region', {
      name: 'Slå ihop Rania Haddad in i den här akten (Rania Haddad)',
    });
    await step
      .getByText('Den akt som blir kvar är den här akten (Rania Haddad): den får historiken.')
      .waitFor();
    await step.getByText(/^Den akt som blir skrivskyddad är Rania Haddad:/).waitFor();
    await step
      .getByRole('listitem')
      .filter({ hasText: /^1 kontakt$/ })
      .waitFor();
    await step
      .getByText('Hela journalen flyttas också, även anteckningar som du inte har behörighet att läsa.')
      .waitFor();
    await expectAccessible(page, 'same person: merge preview');
    await step
      .getByRole('button', { name: 'Slå ihop Rania Haddad in i den här akten (Rania Haddad)' })
      .click();
    await page
      .getByRole('status')
      .getByText(/^Sammanslagningen är klar: Rania Haddad är sammanslagen in i den här akten/)
      .waitFor();
    const merged = page.getByRole('table', { name: 'Akter som är sammanslagna in i den här' });
    await merged.getByRole('cell', { name: '1 kontakt och hela journalen' }).waitFor();
    await expect(
      page.getByRole('table', { name: 'Akter som är länkade som samma person' }).count(),
    ).resolves.toBe(1);
    // Still linked, but merged: no second merge is offered
    await expect(links.getByRole('button', { name: /^Slå ihop/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'same person: merged into this record');

    // The duplicate's contact is on the record that stays
    await caseFileSection(page, 'Kontakter').click();
    await page.getByRole('cell', { name: contactNote }).waitFor();
    await expectAccessible(page, 'contacts of the record that stays');

    // The duplicate: the notice, and no way to change it
    await page.goto(`${server.baseUrl}/participants/${duplicateId}`);
    await expectHeading(page, 'Rania Haddad');
    const notice = page.getByRole('region', { name: 'Akten är sammanslagen' });
    await notice.getByText(/sammanslagen in i Rania Haddad och är skrivskyddad/).waitFor();
    await expect(
      notice.getByRole('link', { name: 'Öppna akten för Rania Haddad' }).getAttribute('href'),
    ).resolves.toBe(`/participants/${keptId}`);
    await expect(page.getByRole('link', { name: 'Ändra uppgifterna' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the merged record');
    await caseFileSection(page, 'Kontakter').click();
    await page.getByText('Inga kontakter är registrerade.').waitFor();
    await notice.waitFor();
    await expect(page.getByRole('button', { name: 'Registrera kontakten' }).count()).resolves.toBe(0);

    // Undone, from the duplicate: her contact is back
    await notice.getByRole('button', { name: 'Ångra sammanslagningen' }).click();
    await expectAccessible(page, 'undo merge: confirm');
    await notice.getByRole('button', { name: 'Ja, ångra sammanslagningen' }).click();
    await page
      .getByRole('status')
      .getByText('Sammanslagningen är ångrad. Rania Haddad är en egen akt igen.')
      .waitFor();
    await page.getByRole('cell', { name: contactNote }).waitFor();
    await expect(page.getByRole('region', { name: 'Akten är sammanslagen' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the duplicate after undo');
    expect(problems).toEqual([]);
  });

  it('a merge that would count her twice in one programme waits until one enrolment has ended', async () => {
    const programme = await call<{ id: string }>(admin, 'POST', '/api/programmes', {
      name: 'Vägen till arbete',
      startsOn: '2026-01-01',
    });
    const samir = { firstName: 'Samir', lastName: 'Nour', birthDate: '1979-09-30' };
    const first = await call<{ id: string }>(coach, 'POST', '/api/participants', samir);
    const second = await call<{ id: string }>(coach, 'POST', '/api/participants', {
      ...samir,
      confirmNotDuplicate: true,
    });
    const enrolments = [];
    for (const p of [first, second]) {
      enrolments.push(
        await call<{ id: string; version: number }>(coach, 'POST', `/api/participants/${p.id}/enrolments`, {
          programmeId: programme.id,
          startedOn: '2026-02-01',
        }),
      );
    }

    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${second.id}/same-person`);
    await page.getByRole('heading', { level: 2, name: 'Samma person' }).waitFor();

    // Found by searching, merged away from the open record
    await page.getByRole('searchbox', { name: 'Namn eller personnummer' }).fill('Samir');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const results = page.getByRole('table', { name: 'Andra akter som matchar ’Samir’' });
    await results.getByRole('link', { name: 'Samir Nour' }).waitFor();
    await expectAccessible(page, 'same person: search');
    await results.getByRole('button', { name: 'Slå ihop den här akten in i Samir Nour…' }).click();
    const step = page.getByRole('region', { name: 'Slå ihop den här akten (Samir Nour) in i Samir Nour' });
    await step.getByText('Båda akterna har en pågående inskrivning i Vägen till arbete.').waitFor();
    await expect(step.getByRole('button', { name: /^Slå ihop/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'merge preview: blocked');

    // One enrolment ends; checking again offers the merge
    await call(coach, 'POST', `/api/enrolments/${enrolments[1]!.id}/exit`, {
      exitedOn: '2026-03-01',
      reason: 'employment',
      status: 'employed',
      version: enrolments[1]!.version,
    });
    await step.getByRole('button', { name: 'Kontrollera igen' }).click();
    await step
      .getByRole('listitem')
      .filter({ hasText: /^1 inskrivning$/ })
      .waitFor();
    await step.getByRole('button', { name: 'Slå ihop den här akten (Samir Nour) in i Samir Nour' }).waitFor();
    expect(problems).toEqual([]);
  });
});
