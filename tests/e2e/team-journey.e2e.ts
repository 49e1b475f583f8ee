/**
 * The team around one participant, through the web interface, as the people who use it:
 *
 *   "A coach registers a participant, records consent, makes a kartläggning and a plan with a step for the
 *   case worker; the case worker sees it in her loose threads (lösa trådar) and writes a case-workers-only
 *   journal entry; the teacher of the same unit cannot see that entry, nor can anyone of another unit see
 *   the participant."
 *
 * Only the organisation, the two units and the staff's signed-in sessions come from the factories (plus one
 * participant of the other unit, so that its search is seen to work); everything in the sentence is done in
 * the browser. Two things the sentence leaves implicit, done through the interface as a coach would:
 * - The step's owner is chosen among her arbetslag, so the coach first puts herself (as responsible coach)
 *   and the case worker in the team.
 * - A step appears among the owner's lösa trådar when it is overdue (`due_on < today`, Stockholm time, in
 *   src/server/loose-threads/service.ts). The step form accepts a past date, so the coach records a step that
 *   was due yesterday (agreed at an earlier meeting), and the plan itself marks it Försenat.
 * The coach also writes an entry for the whole team, so that the teacher is seen to read the journal: the
 * case workers' entry is missing because of its visibility, not because the page is closed to her.
 */
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

/** Yesterday's date (YYYY-MM-DD) in Stockholm, where the server draws the line for "overdue". */
function stockholmYesterday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() - 24 * 60 * 60 * 1000),
  );
}

const teamEntry = 'Hodan har börjat på SFI och vill utbilda sig till undersköterska.';
const caseWorkersEntry = 'Beslut om försörjningsstöd för december: beviljat, utbetalning den 25:e.';
const stepTitle = 'Besök hos handläggaren om ekonomin under utbildningen';

describe.skipIf(skipJourneys)('a team around one participant, and the walls around her file', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let caseWorker: StaffSession;
  let teacher: StaffSession;
  let otherUnitCoach: StaffSession;
  /** Hodan's id, read from the address once the coach has registered her. */
  let participantId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Södertörn');
    const unitA = await createUnit(server.db, organisation.id, 'Botkyrka kommun');
    const unitB = await createUnit(server.db, organisation.id, 'Huddinge kommun');
    const staff = (role: StaffSession['role'], unitId: string) =>
      createStaff(server.db, { organisationId: organisation.id, role, unitId });
    coach = await staff('coach', unitA.id);
    caseWorker = await staff('case_worker', unitA.id);
    teacher = await staff('teacher', unitA.id);
    otherUnitCoach = await staff('coach', unitB.id);
    // Someone of the other unit with the same first name, so that its search visibly finds people.
    await createParticipant(server.db, unitB.id, 'Hodan', 'Berg');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = (session: StaffSession): Promise<Tab> => openSignedInTab(browser, session);

  it('a coach registers Hodan, records her consent, a kartläggning and a plan with a step for the case worker', async () => {
    const { page, problems } = await signedIn(coach);
    const field = (label: string) => page.getByLabel(label, { exact: true });

    // Registration, through the form.
    await page.goto(`${server.baseUrl}/participants`);
    await expectHeading(page, 'Deltagare');
    await page.getByRole('link', { name: 'Registrera ny deltagare' }).click();
    await expectHeading(page, 'Registrera deltagare');
    await field('Förnamn').fill('Hodan');
    await field('Efternamn').fill('Warsame');
    await page.getByLabel(/^Personnummer eller samordningsnummer/).fill('19880417-3121');
    await expectAccessible(page, 'registration form');
    await page.getByRole('button', { name: 'Registrera deltagaren' }).click();
    await expectHeading(page, 'Hodan Warsame');
    await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
    participantId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByText('19880417-3121').waitFor();
    await expectAccessible(page, 'record after registration');

    // Samtycke: sharing with the adult-education school, given in writing.
    const purpose = 'Dela uppgifter med vuxenutbildningen (Komvux, SFI)';
    await caseFileSection(page, 'Samtycken').click();
    await page.getByRole('heading', { level: 2, name: 'Samtycken' }).waitFor();
    await page.getByRole('button', { name: `Registrera samtycke: ${purpose}` }).click();
    await page.getByLabel('skriftligt', { exact: true }).check();
    await expectAccessible(page, 'consent form');
    await page.getByRole('button', { name: 'Registrera samtycket' }).click();
    await page
      .getByRole('status')
      .getByText(/är registrerat/)
      .waitFor();
    const consentRow = page.getByRole('row', { name: new RegExp(`^${purpose.replace(/[()]/g, '\\$&')}`) });
    await consentRow.getByText('Givet', { exact: true }).waitFor();
    await consentRow.getByText(/skriftligt, registrerat av Test coach/).waitFor();
    await expectAccessible(page, 'consent given');

    // Kartläggning, dated today (the form's default), with her own rating beside the coach's.
    await caseFileSection(page, 'Kartläggning').click();
    await page.getByRole('heading', { level: 2, name: 'Kartläggning' }).waitFor();
    await page.getByText('Ingen kartläggning är gjord än.').waitFor();
    await page.getByRole('button', { name: 'Ny kartläggning' }).click();
    const domain = page.locator('fieldset.domain-fieldset').first();
    await domain
      .getByRole('group', { name: 'Personalens bedömning' })
      .getByLabel('4', { exact: true })
      .check();
    await domain
      .getByRole('group', { name: 'Deltagarens egen bedömning' })
      .getByLabel('6', { exact: true })
      .check();
    await expectAccessible(page, 'kartläggning form');
    await page.getByRole('button', { name: 'Spara kartläggningen' }).click();
    await page.getByRole('status').getByText('Kartläggningen är sparad.').waitFor();
    await page
      .getByRole('table', { name: 'Gjorda kartläggningar' })
      .getByRole('cell', { name: 'Test coach' })
      .waitFor();
    await expectAccessible(page, 'kartläggning saved');

    // The arbetslag: herself as responsible coach, and the case worker, so that she can own a step.
    await caseFileSection(page, 'Arbetslag').click();
    await page.getByRole('heading', { level: 2, name: 'Arbetslag' }).waitFor();
    await page.getByLabel('Ansvarig coach').check();
    await page.getByRole('button', { name: 'Lägg till mig' }).click();
    await page.getByRole('rowheader', { name: 'Test coach' }).waitFor();
    await page.getByLabel('Roll i arbetslaget').selectOption({ label: 'Handläggare' });
    await page.getByLabel('Kollega').selectOption({ label: 'Test case_worker' });
    await page.getByRole('button', { name: 'Lägg till kollegan' }).click();
    await page.getByRole('rowheader', { name: 'Test case_worker' }).waitFor();
    await expectAccessible(page, 'team');

    // The plan: a goal, and a step owned by the case worker that was due yesterday.
    await caseFileSection(page, 'Handlingsplan').click();
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan' }).waitFor();
    await page.getByLabel('Målet', { exact: true }).fill('Utbilda sig till undersköterska');
    await page.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByRole('heading', { level: 3, name: 'Mål: Utbilda sig till undersköterska' }).waitFor();
    await page.getByRole('button', { name: /^Nytt steg/ }).click();
    await page.getByLabel('Steget', { exact: true }).fill(stepTitle);
    await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Test case_worker' });
    await page.getByLabel('Klart senast').fill(stockholmYesterday());
    await expectAccessible(page, 'step form');
    await page.getByRole('button', { name: 'Lägg till steget' }).click();
    await page.getByRole('status').getByText(`Steget ’${stepTitle}’ är tillagt.`).waitFor();
    const steps = page.getByRole('table', { name: 'Steg för målet ’Utbilda sig till undersköterska’' });
    const stepRow = steps.getByRole('row', { name: new RegExp(`^${stepTitle}`) });
    await stepRow.getByRole('cell', { name: 'Test case_worker' }).waitFor();
    await stepRow.getByText(/^Försenat: skulle vara klart/).waitFor();
    await expectAccessible(page, 'plan with a step for the case worker');

    // A journal entry for the whole team, which the teacher will read.
    await caseFileSection(page, 'Journal').click();
    await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    await page.getByLabel('Anteckning', { exact: true }).fill(teamEntry);
    expect(await page.getByLabel('Arbetslaget', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page
      .getByRole('article')
      .filter({ hasText: teamEntry })
      .getByText('Arbetslaget', { exact: true })
      .waitFor();
    await expectAccessible(page, 'journal with a team entry');
    expect(problems).toEqual([]);
  });

  it('the case worker finds the step among her lösa trådar and writes an entry for case workers only', async () => {
    const { page, problems } = await signedIn(caseWorker);
    await page.goto(`${server.baseUrl}/`);
    await page.getByText(/Du har \d+ lösa? tråda?r? att ta hand om\./).waitFor();
    await expectAccessible(page, 'case worker home');

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lösa trådar' })
      .click();
    await expectHeading(page, 'Lösa trådar');
    await page.getByRole('heading', { level: 2, name: 'Försenade steg (1)' }).waitFor();
    const thread = page.getByRole('link', {
      name: new RegExp(`^Hodan Warsame: Steget ’${stepTitle}’ skulle vara klart`),
    });
    await thread.waitFor();
    await expectAccessible(page, 'case worker lösa trådar');

    // The thread leads to Hodan's plan, where the step is hers.
    await thread.click();
    await expectHeading(page, 'Hodan Warsame');
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan' }).waitFor();
    await page.getByRole('rowheader', { name: stepTitle }).waitFor();
    await expectAccessible(page, 'plan as case worker');

    await caseFileSection(page, 'Journal').click();
    await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    await page.getByRole('article').filter({ hasText: teamEntry }).waitFor();
    await page.getByLabel('Anteckning', { exact: true }).fill(caseWorkersEntry);
    await page.getByLabel('Endast handläggare').check();
    await expectAccessible(page, 'journal form, case workers only');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page
      .getByRole('article')
      .filter({ hasText: caseWorkersEntry })
      .getByText('Endast handläggare', { exact: true })
      .waitFor();
    await expectAccessible(page, 'journal as case worker');
    expect(problems).toEqual([]);
  });

  it('the teacher of the same unit reads Hodan’s journal, but not the case workers’ entry', async () => {
    const { page, problems } = await signedIn(teacher);
    await page.goto(`${server.baseUrl}/participants`);
    await expectHeading(page, 'Deltagare');
    await page.getByRole('link', { name: 'Warsame, Hodan' }).click();
    await expectHeading(page, 'Hodan Warsame');
    await caseFileSection(page, 'Journal').click();
    await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    // The entries arrive in one answer: once the team's entry is shown, the other would be too.
    await page.getByRole('article').filter({ hasText: teamEntry }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    expect(await page.getByText(caseWorkersEntry).count()).toBe(0);
    await expectAccessible(page, 'journal as teacher');

    // Nor does the journal's search give it away.
    await page.getByLabel('Sök i journalen').fill('försörjningsstöd');
    await page.getByRole('search').getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Inga anteckningar innehåller ”försörjningsstöd”.').waitFor();
    expect(await page.getByText(caseWorkersEntry).count()).toBe(0);
    await expectAccessible(page, 'journal search as teacher');
    expect(problems).toEqual([]);
  });

  it('a coach of another unit neither finds Hodan nor opens her record', async () => {
    expect(participantId).toMatch(/^[0-9a-f-]{36}$/);
    const { page, problems } = await signedIn(otherUnitCoach);
    await page.goto(`${server.baseUrl}/participants`);
    await expectHeading(page, 'Deltagare');
    const search = async (q: string) => {
      await page.getByLabel(/^Sök på namn/).fill(q);
      await page.getByRole('search').getByRole('button', { name: 'Sök', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === q);
    };

    // Her first name finds her namesake of this unit, and only her.
    await search('Hodan');
    await page.getByRole('link', { name: 'Berg, Hodan' }).waitFor();
    expect(await page.getByRole('table', { name: 'Deltagare' }).getByRole('row').count()).toBe(2);
    await expectAccessible(page, 'other unit, search by first name');

    // Her surname and her personnummer find nobody.
    for (const q of ['Warsame', '19880417-3121']) {
      await search(q);
      await page.getByText('Inga deltagare hittades.').waitFor();
    }
    await expectAccessible(page, 'other unit, no hit');

    // Her addresses, typed in directly, open the not-found page, neither her record nor its journal: the
    // server answers as if she did not exist, so the other unit learns nothing about her.
    for (const section of ['', '/journal']) {
      await page.goto(`${server.baseUrl}/participants/${participantId}${section}`);
      await expectHeading(page, 'Sidan finns inte');
      expect(await page.getByRole('navigation', { name: 'Delar av akten' }).count()).toBe(0);
      expect(await page.getByText('Warsame').count()).toBe(0);
      expect(await page.getByText(teamEntry).count()).toBe(0);
    }
    await expectAccessible(page, 'other unit, record address');
    expect(problems).toEqual([]);
  });
});
