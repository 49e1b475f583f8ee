import type { Browser, Page } from 'playwright-core';
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
  skipJourneys,
  startServer,
  type TestServer,
  stockholmDay,
} from './harness.ts';

describe.skipIf(skipJourneys)('steps towards work, the follow-up after an exit and the school’s view', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let school: StaffSession;
  let admin: StaffSession;
  let participantId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    admin = await createStaff(server.db, { organisationId: organisation.id, role: 'administrator' });
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    school = await createStaff(server.db, {
      organisationId: organisation.id,
      role: 'partner',
      unitId: unit.id,
    });
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Ali')).id;
    await server.db.query(
      `update participants set birth_date = '1991-03-02', languages = '{so}' where id = $1`,
      [participantId],
    );
    const programme = await callApi<{ id: string }>(server, admin, 'POST', '/api/programmes', {
      name: 'Vägen vidare',
      startsOn: stockholmDay(-400),
    });
    await callApi(server, coach, 'POST', `/api/participants/${participantId}/enrolments`, {
      programmeId: programme.id,
      startedOn: stockholmDay(-300),
    });
    await callApi(server, coach, 'POST', `/api/participants/${participantId}/team`, {
      userId: coach.userId,
      teamRole: 'coach',
      responsible: true,
    });
    await callApi(server, coach, 'POST', `/api/participants/${participantId}/consents`, {
      purpose: 'adult_education',
      givenOn: stockholmDay(-300),
      method: 'written',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const timeline = (page: Page) => page.getByRole('list', { name: 'Hennes steg, senaste först' });

  it('a coach records milestones, exits her, and records the follow-up when lösa trådar say it is due', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await caseFileSection(page, 'Steg mot arbete').click();
    await page.getByRole('heading', { level: 2, name: 'Steg mot arbete' }).waitFor();
    await page.getByText('Inga steg är registrerade ännu.').waitFor();
    await expectAccessible(page, 'milestones, none yet');

    // SFI started: the form asks for the study path once the kind is chosen.
    const form = page.getByRole('region', { name: 'Registrera ett steg' });
    await expect(await form.getByLabel('Studieväg').count()).toBe(0);
    await form.getByLabel('Steg').selectOption({ label: 'Började SFI' });
    await form.getByLabel('Datum').fill(stockholmDay(-200));
    await form.getByLabel('Källa').selectOption({ label: 'Vuxenutbildningen' });
    await form.getByLabel('Studieväg').selectOption({ label: 'Studieväg 2' });
    await form.getByRole('button', { name: 'Registrera steget' }).click();
    await page.getByText('Steget är registrerat.').waitFor();
    await timeline(page)
      .getByRole('heading', { name: /Började SFI/ })
      .waitFor();

    // Sfi passed without its details is refused, naming the fields.
    await form.getByLabel('Steg').selectOption({ label: 'SFI-kurs avslutad' });
    await form.getByRole('button', { name: 'Registrera steget' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Kurs/ }).waitFor();
    await expectAccessible(page, 'milestone form with errors');

    await form.getByLabel('Steg').selectOption({ label: 'Praktik genomförd' });
    await form.getByLabel('Datum').fill(stockholmDay(-30));
    await form.getByLabel('Källa').selectOption({ label: 'Coach' });
    await form.getByRole('button', { name: 'Registrera steget' }).click();
    await timeline(page)
      .getByRole('heading', { name: /Praktik genomförd/ })
      .waitFor();
    const headings = await timeline(page).getByRole('heading').allTextContents();
    expect(headings).toHaveLength(2);
    expect(headings[0]).toMatch(/Praktik genomförd/);
    await expect(await timeline(page).getByText('Källa: Vuxenutbildningen.', { exact: false }).count()).toBe(
      1,
    );
    await expectAccessible(page, 'milestones recorded');

    // Avslut: the exit writes the follow-ups at 3, 6 and 12 months.
    await caseFileSection(page, 'Inskrivningar').click();
    await page.getByRole('button', { name: 'Avsluta Vägen vidare' }).click();
    await page.getByLabel('Avslutad').fill(stockholmDay(0));
    await page.getByLabel('Orsak till avslut').selectOption({ label: 'Fått arbete' });
    await page.getByLabel('Deltagarens situation efter avslut').selectOption({ label: 'Anställd' });
    await page.getByRole('button', { name: 'Avsluta', exact: true }).click();
    await page.getByRole('button', { name: 'Avsluta Vägen vidare' }).waitFor({ state: 'detached' });
    await caseFileSection(page, 'Steg mot arbete').click();
    const followUps = page.getByRole('list', { name: 'Uppföljning efter avslut' });
    await followUps.getByRole('heading', { name: /^3 månader efter avslut i Vägen vidare/ }).waitFor();
    await expect(await followUps.getByRole('heading').count()).toBe(3);
    await expectAccessible(page, 'follow-ups after the exit');

    // Three months on (the due date moved by SQL), lösa trådar show it.
    await server.db.query(`update follow_ups set due_on = $2 where participant_id = $1 and months = 3`, [
      participantId,
      stockholmDay(-1),
    ]);
    // Three months later she opens Rödtråd afresh.
    await page.goto(`${server.baseUrl}/loose-threads`);
    const group = page.getByRole('region', { name: /Uppföljning efter avslut/ });
    await group.getByRole('link', { name: /Amina Ali/ }).waitFor();
    await expectAccessible(page, 'loose threads with a follow-up due');
    await group.getByRole('link', { name: /Amina Ali/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Steg mot arbete' }).waitFor();
    await page.getByText(/Ska göras nu/).waitFor();
    await page.getByRole('button', { name: 'Registrera uppföljningen efter 3 månader' }).click();
    const followUpForm = page.getByRole('region', { name: 'Uppföljning efter 3 månader' });
    await followUpForm.getByLabel('Har arbete').check();
    await followUpForm.getByLabel('Timmar per vecka').fill('30');
    await expectAccessible(page, 'follow-up form');
    await followUpForm.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByText('Uppföljningen är sparad.').waitFor();
    await followUps.getByText('Har arbete, 30 timmar per vecka').waitFor();
    await expectAccessible(page, 'follow-up recorded');

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lösa trådar' })
      .click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The list is refetched on arrival: the done follow-up leaves it once the fresh answer is in.
    await expect.poll(() => page.getByRole('region', { name: /Uppföljning efter avslut/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the school sees her while she consents and records SFI passed; after withdrawal she is gone', async () => {
    const { page, problems } = await openSignedInTab(browser, school);
    await page.goto(`${server.baseUrl}/`);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(await nav.getByRole('link', { name: 'Deltagare', exact: true }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Studieframsteg' }).click();
    await expectHeading(page, 'Studieframsteg');
    await page.getByRole('cell', { name: '1991' }).waitFor();
    await expectAccessible(page, 'school: consented participants');
    await page.getByRole('link', { name: 'Amina Ali: registrera studieframsteg' }).click();
    await expectHeading(page, 'Studieframsteg: Amina Ali');
    // Her study milestones only: SFI started, not the internship.
    const progress = page.getByRole('list', { name: 'Studier hittills, senaste först' });
    await progress.getByRole('heading', { name: /Började SFI/ }).waitFor();
    await expect(await progress.getByRole('heading', { name: /Praktik/ }).count()).toBe(0);
    await expectAccessible(page, 'school: her study progress');

    const form = page.getByRole('region', { name: 'Registrera ett studiesteg' });
    await expect(await form.getByLabel('Källa').count()).toBe(0);
    await form.getByLabel('Steg').selectOption({ label: 'SFI-kurs avslutad' });
    await form.getByLabel('Datum').fill(stockholmDay(-2));
    await form.getByLabel('Studieväg').selectOption({ label: 'Studieväg 2' });
    await form.getByLabel('Kurs').selectOption('B');
    await form.getByLabel('Betyg').selectOption({ label: 'Godkänd' });
    await form.getByLabel('Nationellt prov').selectOption({ label: 'Nationellt prov godkänt' });
    await form.getByRole('button', { name: 'Registrera steget' }).click();
    await progress.getByRole('heading', { name: /SFI-kurs avslutad/ }).waitFor();
    await progress.getByText('Studieväg 2, kurs B, Godkänd, Nationellt prov godkänt').waitFor();
    await expectAccessible(page, 'school: SFI passed recorded');

    // The coach records the withdrawal on her consents.
    const coachTab = await openSignedInTab(browser, coach);
    await coachTab.page.goto(`${server.baseUrl}/participants/${participantId}/consents`);
    await coachTab.page.getByRole('button', { name: /^Återkalla samtycke: .*vuxenutbildningen/ }).click();
    await coachTab.page.getByLabel('muntligt', { exact: true }).check();
    await coachTab.page.getByRole('button', { name: 'Fortsätt' }).click();
    await coachTab.page.getByRole('button', { name: 'Ja, återkalla samtycket' }).click();
    await coachTab.page.getByText(/är återkallat\./).waitFor();
    await expectAccessible(coachTab.page, 'coach: consent withdrawn');
    expect(coachTab.problems).toEqual([]);

    await page.goto(`${server.baseUrl}/partner`);
    await page.getByText('Ingen deltagare har samtyckt', { exact: false }).waitFor();
    await expectAccessible(page, 'school: nobody after withdrawal');
    await page.goto(`${server.baseUrl}/partner/${participantId}`);
    await expectHeading(page, 'Sidan finns inte');
    await expectAccessible(page, 'school: her page not found');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('an administrator sets when follow-ups fall due and the steps offered under Annat', async () => {
    const { page, problems } = await openSignedInTab(browser, admin);
    await page.goto(`${server.baseUrl}/`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Uppföljning och steg' })
      .click();
    await expectHeading(page, 'Uppföljning och steg');
    const months = page.getByLabel('Uppföljning efter antal månader');
    expect(await months.inputValue()).toBe('3, 6, 12');
    await months.fill('');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Uppföljning efter antal månader/ })
      .waitFor();
    await expectAccessible(page, 'outcome settings with an error');
    await months.fill('24, 12, 6 och 3');
    await page.getByLabel('Steg att välja under Annat').fill('Körkort\nTruckkort');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Inställningarna är sparade.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Uppföljning efter antal månader').inputValue()).toBe('3, 6, 12, 24');
    await expectAccessible(page, 'outcome settings saved');
    expect(problems).toEqual([]);
  });
});
