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
  caseFileSection,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  openTab,
  skipJourneys,
  startServer,
  type TestServer,
  stockholmDay,
  callApi,
} from './harness.ts';

describe.skipIf(skipJourneys)('a coach books a placement and the supervisor evaluates it', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let participantId: string;

  /** The API as the coach calls it, to set the scene the UI covers elsewhere (kartläggning, plan, register). */
  const call = <T>(method: string, path: string, body?: unknown) =>
    callApi<T>(server, coach, method, path, body);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Ali')).id;
    await call('POST', '/api/employers', {
      name: 'Solgårdens äldreboende',
      industry: 'Äldreomsorg',
      sniCode: '87301',
      offers: ['study_visit', 'job_shadowing', 'internship'],
      contacts: [{ name: 'Karin Berg', phone: '08-123 456', email: 'karin@solgarden.example' }],
    });
    await call('POST', '/api/employers', { name: 'Bageriet Test AB', industry: 'Bageri', offers: ['job'] });
    const [template] = await call<{ id: string }[]>('GET', '/api/assessment-templates');
    await call('POST', `/api/participants/${participantId}/assessments`, {
      templateId: template!.id,
      assessedOn: stockholmDay(-7),
      domains: {
        interests: { rating: 3, answers: { work: 'Jag vill arbeta inom äldreomsorg.' } },
        swedish: { rating: 3 },
      },
    });
    await call('POST', `/api/participants/${participantId}/plan/goals`, {
      title: 'Arbeta inom vården',
      domainKey: null,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const placementOf = (page: Page) =>
    page.getByRole('article', { name: 'Praktik hos Solgårdens äldreboende' });

  it('from a suggestion to a booked internship, a note, an evaluation link, and the answers', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await expectHeading(page, 'Amina Ali');
    await caseFileSection(page, 'Praktik och arbete').click();
    await page.getByRole('heading', { level: 2, name: 'Praktik och arbete' }).waitFor();
    await page.getByText('Inga studiebesök, praktikplatser eller anställningar än.').waitFor();

    // Suggestions with their reasons in words; the bakery offers only jobs and matches nothing of hers.
    const suggestions = page.getByRole('region', { name: 'Förslag på arbetsgivare' });
    await suggestions.getByRole('link', { name: 'Solgårdens äldreboende' }).waitFor();
    await suggestions
      .getByText('”äldreomsorg” i intressen i kartläggningen finns i arbetsgivarens bransch.')
      .waitFor();
    await suggestions.getByText('Kan ta emot för studiebesök, som passar steget hon är i.').waitFor();
    expect(await suggestions.getByText('Bageriet Test AB').count()).toBe(0);
    await expectAccessible(page, 'placements, empty, with suggestions');

    // Booked from the suggestion: the employer and kind are filled in.
    await suggestions.getByRole('button', { name: 'Boka praktik här hos Solgårdens äldreboende' }).click();
    const booking = page.getByRole('region', { name: 'Boka plats hos arbetsgivare' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('placement-new-heading');
    expect(await booking.getByLabel('Typ').inputValue()).toBe('internship');
    await expect
      .poll(() => booking.getByLabel('Arbetsgivare', { exact: true }).locator('option:checked').textContent())
      .toBe('Solgårdens äldreboende (Äldreomsorg)');
    await booking.getByLabel('En kontaktperson hos arbetsgivaren').check();
    await booking.getByLabel('Kontaktperson', { exact: true }).selectOption('Karin Berg');
    await booking.getByLabel('Första dagen').fill(stockholmDay(0));
    await booking.getByLabel('Sista dagen').fill(stockholmDay(-1));
    await booking.getByLabel(/^Timmar per vecka/).fill('7,25');
    await booking.getByLabel('Arbeta inom vården').check();
    await booking.getByRole('button', { name: 'Boka platsen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
    await summary.getByRole('link', { name: /^Timmar per vecka: Ange ett tal från 0 till 60/ }).waitFor();
    await summary.getByRole('link', { name: /^Sista dagen/ }).waitFor();
    await expectAccessible(page, 'booking form with errors');

    await booking.getByLabel('Sista dagen').fill(stockholmDay(60));
    await booking.getByLabel(/^Timmar per vecka/).fill('20');
    await booking.getByRole('button', { name: 'Boka platsen' }).click();
    await page.getByRole('status').getByText('Platsen är bokad.').waitFor();
    const placement = placementOf(page);
    await placement.getByRole('link', { name: 'Solgårdens äldreboende' }).waitFor();
    await placement.getByText('karin@solgarden.example').waitFor();
    await placement.getByText('20 timmar').waitFor();
    await placement.getByRole('listitem').filter({ hasText: 'Arbeta inom vården' }).waitFor();
    await placement.getByText('Planerad').waitFor();
    await expectAccessible(page, 'placement booked');

    // Follow-up notes are added, newest first.
    for (const body of ['Första veckan gick bra.', 'Trivs med kollegorna.']) {
      await placement.getByLabel('Anteckning', { exact: true }).fill(body);
      await placement.getByRole('button', { name: 'Spara anteckningen' }).click();
      await placement.getByRole('listitem').filter({ hasText: body }).waitFor();
    }
    const notes = await placement.locator('.placement__notes .placement__text').allTextContents();
    expect(notes).toEqual(['Trivs med kollegorna.', 'Första veckan gick bra.']);

    // Someone else changes the hours while she edits: the shared conflict notice says what.
    await placement.getByRole('button', { name: /^Ändra/ }).click();
    const [current] = await call<{ id: string; version: number }[]>(
      'GET',
      `/api/participants/${participantId}/placements`,
    );
    await call('PATCH', `/api/participants/${participantId}/placements/${current!.id}`, {
      hoursPerWeek: 16,
      version: current!.version,
    });
    await placement.getByLabel('Status').selectOption('ongoing');
    await placement.getByRole('button', { name: 'Spara', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat platsen' });
    await conflict.getByText('16').waitFor();
    await expectAccessible(page, 'placement edit conflict');
    await conflict.getByRole('button', { name: 'Ladda om' }).click();
    // Their hours are in the form now; her status is offered back.
    await placement.getByRole('button', { name: 'Använd det jag skrev: Status' }).click();
    await placement.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Ändringarna är sparade.').waitFor();
    await placement.getByText('Pågår').waitFor();
    await placement.getByText('16 timmar').waitFor();

    // The mid-point evaluation: a link shown once.
    await placement.getByRole('button', { name: /^Be om utvärdering/ }).click();
    await placement.getByLabel('Halvtidsutvärdering').waitFor();
    expect(await placement.getByLabel('Halvtidsutvärdering').isChecked()).toBe(true);
    await expectAccessible(page, 'evaluation request form');
    await placement.getByRole('button', { name: 'Skapa länken' }).click();
    await placement.getByRole('heading', { name: 'Länk till halvtidsutvärdering' }).waitFor();
    await placement.getByText(/Den visas bara nu/).waitFor();
    const link = await placement.getByLabel('Länk för handledaren').inputValue();
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/evaluation#token=[\\w-]{43}$`));
    await placement.getByText(/Halvtidsutvärdering: Begärd /).waitFor();
    await expectAccessible(page, 'evaluation link shown once');

    // The supervisor, without an account, on her phone.
    const supervisor = await openTab(browser);
    const phone = supervisor.page;
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(link);
    await expectHeading(phone, 'Utvärdering av praktik');
    await phone.getByText('Amina', { exact: true }).waitFor();
    await phone.getByText('Solgårdens äldreboende').waitFor();
    expect(await phone.getByText(/Ali/).count()).toBe(0);
    // Swedish with the English beside it.
    await phone
      .getByRole('group', { name: /^Samarbete med kollegor\s*Cooperation with colleagues/ })
      .waitFor();
    await expectAccessible(phone, 'evaluation form on a phone');

    await phone
      .getByRole('group', { name: /^Närvaro och punktlighet/ })
      .getByLabel('5 helt')
      .check();
    await phone.getByRole('button', { name: 'Skicka utvärderingen' }).click();
    const errors = phone.getByRole('alert');
    await errors
      .getByRole('link', { name: /^Samarbete med kollegor: Välj ett värde från 1 till 5/ })
      .waitFor();
    await errors.getByRole('link', { name: /^Ditt namn/ }).waitFor();
    expect(await errors.getByRole('link', { name: /^Närvaro/ }).count()).toBe(0);
    await expectAccessible(phone, 'evaluation form with errors on a phone');

    for (const [question, value] of [
      ['Samarbete med kollegor', '4'],
      ['Utför arbetsuppgifterna', '4'],
      ['Svenska i arbetet', '3'],
    ] as const) {
      await phone
        .getByRole('group', { name: new RegExp(`^${question}`) })
        .getByLabel(value, { exact: true })
        .check();
    }
    await phone.getByLabel(/^Vad är hon eller han särskilt bra på\?/).fill('Noggrann och glad.');
    await phone.getByLabel(/^Ditt namn/).fill('Karin Berg');
    await phone.getByRole('button', { name: 'Skicka utvärderingen' }).click();
    await expectHeading(phone, 'Tack, utvärderingen är skickad');
    await expectAccessible(phone, 'evaluation sent');

    await phone.reload();
    await expectHeading(phone, 'Utvärderingen är redan besvarad');
    await expectAccessible(phone, 'evaluation already answered');
    await phone.goto(`${server.baseUrl}/evaluation#token=${'x'.repeat(43)}`);
    await phone.reload();
    await expectHeading(phone, 'Länken fungerar inte');
    await expectAccessible(phone, 'evaluation link unknown');
    expect(supervisor.problems).toEqual([]);
    await supervisor.context.close();

    // The coach sees the answers on the placement.
    await page.reload();
    await placement.getByText(/Halvtidsutvärdering: Besvarad .* av Karin Berg/).waitFor();
    const answers = placement.getByRole('table', { name: 'Halvtidsutvärdering: handledarens svar' });
    await answers
      .getByRole('row', { name: /Närvaro och punktlighet/ })
      .getByRole('cell', { name: '5 av 5' })
      .waitFor();
    await answers.getByRole('cell', { name: 'Noggrann och glad.' }).waitFor();
    await expectAccessible(page, 'placement with the answered evaluation');

    // She falls ill: the coach ends the placement early, first told that the reason and a day in its period are needed.
    await placement.getByRole('button', { name: /^Avsluta i förtid/ }).click();
    const lastDay = placement.getByLabel('Sista dagen på platsen');
    await lastDay.fill(stockholmDay(90));
    await placement.getByRole('button', { name: 'Avsluta i förtid', exact: true }).click();
    await placement.getByRole('link', { name: /Anledning/ }).waitFor();
    await expectAccessible(page, 'ending early, a reason missing');
    await placement.getByLabel(/^Anledning/).fill('Långvarig sjukskrivning.');
    await placement.getByRole('button', { name: 'Avsluta i förtid', exact: true }).click();
    await placement
      .getByText(/Sista dagen ska ligga inom platsens period/)
      .first()
      .waitFor();
    await lastDay.fill(stockholmDay(14));
    await placement.getByRole('button', { name: 'Avsluta i förtid', exact: true }).click();
    await page.getByText('Platsen är avslutad i förtid.').waitFor();
    await placement.getByText(/Avslutades i förtid .*Anledning: Långvarig sjukskrivning\./).waitFor();
    expect(await placement.getByRole('button', { name: /^Avsluta i förtid/ }).count()).toBe(0);
    await expectAccessible(page, 'placement ended early');
    expect(problems).toEqual([]);
  });
});
