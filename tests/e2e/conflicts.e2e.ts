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
  type Tab,
  type TestServer,
} from './harness.ts';

describe.skipIf(skipJourneys)('editing a saved record, and two people editing the same one', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: StaffSession;
  let otherAdmin: StaffSession;
  let coach: StaffSession;
  let caseWorker: StaffSession;
  let participantId: string;
  let assessmentId: string;
  let programmeId: string;

  const call = <T>(session: StaffSession, method: string, path: string, body?: unknown) =>
    callApi<T>(server, session, method, path, body);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Väst');
    const unit = await createUnit(server.db, organisation.id, 'Borås stad');
    const staff = (role: StaffSession['role']) =>
      createStaff(server.db, { organisationId: organisation.id, role, unitId: unit.id });
    admin = await staff('administrator');
    otherAdmin = await staff('administrator');
    coach = await staff('coach');
    caseWorker = await staff('case_worker');
    participantId = (await createParticipant(server.db, unit.id, 'Samira', 'Haddad')).id;

    const [template] = await call<{ id: string }[]>(coach, 'GET', '/api/assessment-templates');
    const assessment = await call<{ id: string }>(
      coach,
      'POST',
      `/api/participants/${participantId}/assessments`,
      {
        templateId: template!.id,
        assessedOn: '2026-01-10',
        domains: { health: { rating: 3, selfRating: 5 } },
      },
    );
    assessmentId = assessment.id;
    const plan = await call<{ goals: { id: string }[] }>(
      coach,
      'POST',
      `/api/participants/${participantId}/plan/goals`,
      { title: 'Arbeta inom vården', domainKey: null },
    );
    await call(coach, 'POST', `/api/plan-goals/${plan.goals[0]!.id}/steps`, {
      title: 'Anmälan till SFI',
      ownerUserId: null,
      ownerIsParticipant: true,
      dueOn: null,
    });
    const programme = await call<{ id: string }>(admin, 'POST', '/api/programmes', {
      name: 'Vägen vidare',
      funder: 'Europeiska socialfonden+',
      funderReference: null,
      startsOn: '2026-01-01',
      endsOn: null,
    });
    programmeId = programme.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = (session: StaffSession): Promise<Tab> => openSignedInTab(browser, session);
  const health = (page: Page) => page.locator('fieldset.domain-fieldset').first();
  const rating = (page: Page, value: string) =>
    health(page).getByRole('group', { name: 'Personalens bedömning' }).getByLabel(value, { exact: true });
  const conflict = (page: Page) => page.getByRole('alert').filter({ hasText: 'Någon annan hann före' });
  const loaded = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'Den senaste versionen är inläst' });

  it('a coach changes a saved kartläggning, and gets her note back after someone else changed it too', async () => {
    const { page, problems } = await signedIn(coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await caseFileSection(page, 'Kartläggning').click();
    const edit = page.getByRole('button', { name: 'Ändra kartläggningen från 10 jan. 2026' });
    await edit.click();
    await page.getByRole('heading', { level: 3, name: 'Ändra kartläggningen från 10 jan. 2026' }).waitFor();
    expect(await rating(page, '3').isChecked()).toBe(true);
    await rating(page, '6').check();
    await health(page).getByLabel('Anteckningar om Hälsa').fill('Sover bättre sedan vårdcentralen.');
    await expectAccessible(page, 'kartläggning, edit form');
    await page.getByRole('button', { name: 'Spara kartläggningen' }).click();
    await page.getByRole('status').getByText('Kartläggningen är sparad.').waitFor();

    // Saved: the form opens again with her rating and note.
    await edit.click();
    await health(page).waitFor();
    expect(await rating(page, '6').isChecked()).toBe(true);
    const notes = health(page).getByLabel('Anteckningar om Hälsa');
    expect(await notes.inputValue()).toBe('Sover bättre sedan vårdcentralen.');

    // Meanwhile the case worker changes the rating; the coach's next save meets her change.
    const [current] = await call<{ id: string; version: number; domains: object }[]>(
      caseWorker,
      'GET',
      `/api/participants/${participantId}/assessments`,
    );
    await call(caseWorker, 'PATCH', `/api/assessments/${assessmentId}`, {
      domains: {
        ...current!.domains,
        health: { rating: 8, selfRating: 5, notes: 'Sover bättre sedan vårdcentralen.' },
      },
      version: current!.version,
    });
    await notes.fill('Sover bättre. Vill börja träna.');
    await page.getByRole('button', { name: 'Spara kartläggningen' }).click();
    await conflict(page).getByText('Någon annan har ändrat kartläggningen').waitFor();
    await conflict(page)
      .getByRole('listitem')
      .filter({ hasText: 'Hälsa: Personalens bedömning: 8' })
      .waitFor();
    await expectAccessible(page, 'kartläggning, conflict');

    await conflict(page).getByRole('button', { name: 'Ladda om' }).click();
    await loaded(page).waitFor();
    expect(await rating(page, '8').isChecked()).toBe(true);
    expect(await notes.inputValue()).toBe('Sover bättre sedan vårdcentralen.');
    await loaded(page).getByText('Sover bättre. Vill börja träna.').waitFor();
    await loaded(page).getByRole('button', { name: 'Använd det jag skrev: Anteckningar om Hälsa' }).click();
    expect(await notes.inputValue()).toBe('Sover bättre. Vill börja träna.');
    await expectAccessible(page, 'kartläggning, their version loaded');
    await page.getByRole('button', { name: 'Spara kartläggningen' }).click();
    await page.getByRole('status').getByText('Kartläggningen är sparad.').waitFor();

    const [saved] = await call<{ domains: Record<string, { rating?: number; notes?: string }> }[]>(
      coach,
      'GET',
      `/api/participants/${participantId}/assessments`,
    );
    expect(saved!.domains.health).toMatchObject({ rating: 8, notes: 'Sover bättre. Vill börja träna.' });
    expect(problems).toEqual([]);
  });

  it('two staff change the same step; the second sees what the first changed and keeps her own status', async () => {
    const first = await signedIn(coach);
    const second = await signedIn(caseWorker);
    const stepName = 'Ändra steget ’Anmälan till SFI’';
    for (const { page } of [first, second]) {
      await page.goto(`${server.baseUrl}/participants/${participantId}/plan`);
      await page.getByRole('heading', { level: 2, name: 'Handlingsplan' }).waitFor();
      await page.getByRole('button', { name: stepName }).click();
      await page.getByLabel('Steget', { exact: true }).waitFor();
    }

    await first.page.getByLabel('Steget', { exact: true }).fill('Anmälan till SFI, kurs B');
    await first.page.getByRole('button', { name: 'Spara steget' }).click();
    await first.page.getByRole('status').getByText('Ändringen är sparad.').waitFor();

    const { page } = second;
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await page.getByRole('button', { name: 'Spara steget' }).click();
    await conflict(page).getByText('Någon annan har ändrat handlingsplanen').waitFor();
    await conflict(page)
      .getByRole('listitem')
      .filter({ hasText: 'Steget: Anmälan till SFI, kurs B' })
      .waitFor();
    await expectAccessible(page, 'plan step, conflict');

    await conflict(page).getByRole('button', { name: 'Ladda om' }).click();
    await loaded(page).waitFor();
    expect(await page.getByLabel('Steget', { exact: true }).inputValue()).toBe('Anmälan till SFI, kurs B');
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('todo');
    await loaded(page).getByRole('button', { name: 'Använd det jag skrev: Status' }).click();
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('doing');
    await expectAccessible(page, 'plan step, their version loaded');
    await page.getByRole('button', { name: 'Spara steget' }).click();
    await page.getByRole('status').getByText('Ändringen är sparad.').waitFor();
    const steps = page.getByRole('table', { name: 'Steg för målet ’Arbeta inom vården’' });
    const row = steps.getByRole('row').filter({ hasText: 'Anmälan till SFI, kurs B' });
    await row.getByRole('cell', { name: 'Pågår' }).waitFor();
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });

  it('two administrators change the same programme; the second sees the new funder', async () => {
    const first = await signedIn(admin);
    const second = await signedIn(otherAdmin);
    for (const { page } of [first, second]) {
      await page.goto(`${server.baseUrl}/programmes/${programmeId}`);
      await expectHeading(page, 'Ändra projekt');
    }
    await first.page.getByLabel('Finansiär (valfritt)', { exact: true }).fill('Samordningsförbundet Väst');
    await first.page.getByRole('button', { name: 'Spara' }).click();
    await first.page.getByText('Ändringarna är sparade.').waitFor();

    const { page } = second;
    await page.getByLabel('Namn', { exact: true }).fill('Vägen vidare Borås');
    await page.getByRole('button', { name: 'Spara' }).click();
    await conflict(page).getByText('Någon annan har ändrat projektet').waitFor();
    await conflict(page)
      .getByRole('listitem')
      .filter({ hasText: 'Finansiär: Samordningsförbundet Väst' })
      .waitFor();
    await expectAccessible(page, 'programme, conflict');

    await conflict(page).getByRole('button', { name: 'Ladda om' }).click();
    await loaded(page).getByRole('button', { name: 'Använd det jag skrev: Namn' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Vägen vidare Borås' });
    await row.getByText('Samordningsförbundet Väst').waitFor();
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });
});
