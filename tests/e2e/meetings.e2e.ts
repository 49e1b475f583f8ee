import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '#shared/meetings.ts';
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
} from './harness.ts';

describe.skipIf(skipJourneys)('a coach books, changes and cancels meetings with a participant', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let caseWorker: StaffSession;
  let participantId: string;

  const call = <T>(session: StaffSession, method: string, path: string, body?: unknown) =>
    callApi<T>(server, session, method, path, body);
  const meetingsPath = () => `/api/participants/${participantId}/meetings`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    const staff = (role: StaffSession['role']) =>
      createStaff(server.db, { organisationId: organisation.id, role, unitId: unit.id });
    coach = await staff('coach');
    caseWorker = await staff('case_worker');
    await staff('teacher');
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Haddad')).id;
    await call(coach, 'POST', `/api/participants/${participantId}/team`, {
      userId: coach.userId,
      teamRole: 'coach',
      responsible: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const conflict = (page: Page) => page.getByRole('alert').filter({ hasText: 'Någon annan hann före' });
  const loaded = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'Den senaste versionen är inläst' });
  const item = (page: Page, title: string) =>
    page.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });

  it('books one with a case worker and an Arabic interpreter, changes it past a conflict, cancels another', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await expectHeading(page, 'Amina Haddad');
    await caseFileSection(page, 'Möten').click();
    await page.getByRole('heading', { level: 2, name: 'Möten' }).waitFor();
    await page.getByText('Inga möten är bokade.').waitFor();
    await expectAccessible(page, 'meetings, none');

    // An empty form names what is missing, in the summary and at the fields.
    await page.getByRole('button', { name: 'Boka möte' }).click();
    const form = page.getByRole('region', { name: 'Boka möte' });
    // The coach herself is chosen; the team comes first.
    expect(await form.getByRole('checkbox', { name: 'Test coach (Arbetsmarknadscoach)' }).isChecked()).toBe(
      true,
    );
    await form.getByRole('button', { name: 'Boka mötet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
    await summary.getByText('Skriv vad mötet gäller').waitFor();
    await summary.getByText('Välj datum för mötet').waitFor();
    await expectAccessible(page, 'meeting form, errors');

    await form.getByLabel(/^Syfte/).fill('Uppföljning av handlingsplanen');
    await form.getByLabel('Datum', { exact: true }).fill('2030-05-14');
    await form.getByLabel('Starttid').fill('10:00');
    expect(await form.getByLabel('Sluttid').inputValue()).toBe('11:00');
    await form.getByRole('checkbox', { name: 'Test case_worker' }).check();
    await form.getByRole('checkbox', { name: 'Tolk behövs' }).check();
    await form.getByRole('button', { name: 'Boka mötet' }).click();
    await summary.getByText('Välj vilket språk tolken ska tala').waitFor();
    await form.getByLabel('Tolkspråk').selectOption('ar');
    await form.getByLabel(/^Plats/).fill('Kontoret, Storgatan 1');
    await form.getByLabel(/^Dagordning/).fill('Praktiken och SFI');
    await expectAccessible(page, 'meeting form, filled in');
    await form.getByRole('button', { name: 'Boka mötet' }).click();

    await page.getByRole('status').getByText('Mötet Uppföljning av handlingsplanen är bokat.').waitFor();
    const booked = item(page, 'Uppföljning av handlingsplanen');
    await booked.getByText('Test case_worker, Test coach').waitFor();
    await booked.getByText('العربية (arabiska)').waitFor();
    await booked.getByText(/tis 14 maj 2030 10:00–11:00/).waitFor();
    await expectAccessible(page, 'meetings, one booked');
    const [saved] = await call<Meeting[]>(coach, 'GET', meetingsPath());
    expect(saved).toMatchObject({
      startsAt: '2030-05-14T08:00:00.000Z',
      interpreterLanguage: 'ar',
      place: 'Kontoret, Storgatan 1',
    });

    // Another one to cancel, booked by the case worker.
    await call(caseWorker, 'POST', meetingsPath(), {
      startsAt: '2030-05-20T13:00:00+02:00',
      endsAt: '2030-05-20T14:00:00+02:00',
      title: 'Bostadsfrågan',
      interpreterNeeded: false,
      staffIds: [caseWorker.userId],
    });
    await page.reload();
    await item(page, 'Bostadsfrågan').waitFor();

    // The coach opens the first to move its end; meanwhile the case worker changes the place.
    await page.getByRole('button', { name: /^Ändra mötet Uppföljning av handlingsplanen/ }).click();
    const change = page.getByRole('region', { name: 'Ändra mötet Uppföljning av handlingsplanen' });
    await call(caseWorker, 'PATCH', `${meetingsPath()}/${saved!.id}`, {
      place: 'Biblioteket, grupprum 2',
      version: saved!.version,
    });
    await change.getByLabel('Sluttid').fill('11:30');
    await change.getByRole('button', { name: 'Spara ändringarna' }).click();
    await conflict(page).getByText('Någon annan har ändrat mötet sedan du öppnade det.').waitFor();
    await conflict(page)
      .getByRole('listitem')
      .filter({ hasText: 'Plats: Biblioteket, grupprum 2' })
      .waitFor();
    await expectAccessible(page, 'meeting change, conflict');
    await conflict(page).getByRole('button', { name: 'Ladda om' }).click();
    await loaded(page).getByRole('button', { name: 'Använd det jag skrev: Sluttid' }).click();
    expect(await change.getByLabel('Sluttid').inputValue()).toBe('11:30');
    expect(await change.getByLabel(/^Plats/).inputValue()).toBe('Biblioteket, grupprum 2');
    await expectAccessible(page, 'meeting change, their version loaded');
    await change.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('status').getByText('Mötet Uppföljning av handlingsplanen är ändrat.').waitFor();
    await item(page, 'Uppföljning av handlingsplanen')
      .getByText(/10:00–11:30/)
      .waitFor();
    await item(page, 'Uppföljning av handlingsplanen').getByText('Biblioteket, grupprum 2').waitFor();
    await expectAccessible(page, 'meetings, one changed');

    // Cancelling asks for the reason, and the meeting stays, marked cancelled.
    await page.getByRole('button', { name: /^Ställ in mötet Bostadsfrågan/ }).click();
    const cancel = page.getByRole('region', { name: 'Ställ in mötet Bostadsfrågan' });
    await cancel.getByRole('button', { name: 'Ställ in mötet' }).click();
    await page.getByRole('alert').getByText('Skriv varför mötet ställs in').waitFor();
    await expectAccessible(page, 'meeting cancel, no reason');
    await cancel.getByLabel(/^Anledning/).fill('Handläggaren är sjuk');
    await cancel.getByRole('button', { name: 'Ställ in mötet' }).click();
    await page.getByRole('status').getByText('Mötet Bostadsfrågan är inställt.').waitFor();
    await item(page, 'Bostadsfrågan').getByText('Inställt: Handläggaren är sjuk').waitFor();
    expect(await page.getByRole('button', { name: /^Ändra mötet Bostadsfrågan/ }).count()).toBe(0);
    await expectAccessible(page, 'meetings, one cancelled');

    const after = await call<Meeting[]>(coach, 'GET', meetingsPath());
    expect(after.map((m) => [m.title, m.status, m.endsAt])).toEqual([
      ['Uppföljning av handlingsplanen', 'planned', '2030-05-14T09:30:00.000Z'],
      ['Bostadsfrågan', 'cancelled', '2030-05-20T12:00:00.000Z'],
    ]);
    expect(problems).toEqual([]);
  });
});
