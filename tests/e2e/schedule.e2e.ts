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
  skipJourneys,
  startServer,
  type TestServer,
  stockholmDay,
} from './harness.ts';

describe.skipIf(skipJourneys)('week and month schedules', () => {
  let server: TestServer;
  let browser: Browser;
  let teacher: StaffSession;
  let coach: StaffSession;
  let participantId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Öst');
    const unit = await createUnit(server.db, organisation.id, 'Norrköpings kommun');
    teacher = await createStaff(server.db, {
      organisationId: organisation.id,
      role: 'teacher',
      unitId: unit.id,
    });
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Ali')).id;
    const call = <T>(session: StaffSession, method: string, path: string, body?: unknown) =>
      callApi<T>(server, session, method, path, body);

    // A weekly class tomorrow and the next two weeks; the second one is cancelled.
    const activity = await call<{ id: string }>(teacher, 'POST', '/api/activities', {
      type: 'swedish',
      title: 'Svenska med suggestopedi',
      place: 'Sal 4, Arbetsmarknadshuset',
      staffIds: [teacher.userId],
    });
    const sessions = await call<{ id: string }[]>(
      teacher,
      'POST',
      `/api/activities/${activity.id}/sessions`,
      {
        date: stockholmDay(1),
        startTime: '09:00',
        durationMinutes: 120,
        rrule: 'FREQ=WEEKLY;COUNT=3',
      },
    );
    await call(teacher, 'PATCH', `/api/activity-sessions/${sessions[1]!.id}`, {
      cancelled: true,
      cancelReason: 'Studiedag',
      version: 0,
    });
    await call(coach, 'POST', `/api/activities/${activity.id}/participants`, {
      participantId,
      joinedOn: stockholmDay(0),
    });
    const employer = await call<{ id: string }>(coach, 'POST', '/api/employers', {
      name: 'Solgårdens äldreboende',
      addresses: [{ kind: 'visiting', street: 'Solvägen 1', postalCode: '602 22', city: 'Norrköping' }],
    });
    await call(coach, 'POST', `/api/participants/${participantId}/placements`, {
      employerId: employer.id,
      kind: 'internship',
      startsOn: stockholmDay(1),
      endsOn: stockholmDay(30),
      supervisor: { name: 'Karin Berg' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('show her classes and internship by week and by month, and a teacher the classes she leads', async () => {
    const { page, problems } = await openSignedInTab(browser, coach);
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await caseFileSection(page, 'Schema').click();
    await page.getByRole('heading', { level: 2, name: 'Schema' }).waitFor();
    // The week of tomorrow: the class at 09:00 and the internship, all day.
    await page.goto(
      `${server.baseUrl}/participants/${participantId}/schedule?view=week&day=${stockholmDay(1)}`,
    );
    const week = page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { level: 4 }) })
      .first();
    const tomorrow = week
      .getByRole('listitem')
      .filter({ hasText: /Svenska med suggestopedi/ })
      .first();
    await expect.poll(() => tomorrow.textContent()).toMatch(/09:00–11:00 Svenska med suggestopedi/);
    await expect.poll(() => tomorrow.textContent()).toMatch(/Praktik: Solgårdens äldreboende/);
    await expect.poll(() => tomorrow.textContent()).toMatch(/Hela dagen/);
    await expectAccessible(page, 'her week');

    // Next week the class is cancelled, which the view says in words.
    await page.getByRole('button', { name: 'Nästa vecka' }).click();
    await page.getByText('(inställt)').waitFor();
    expect(page.url()).toContain(`day=`);
    await expectAccessible(page, 'her next week, a cancelled class');

    // The month as a table of weeks.
    await page.getByRole('button', { name: 'Månad', exact: true }).click();
    const month = page.getByRole('table');
    await month.waitFor();
    expect(await page.getByRole('button', { name: 'Månad', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await month.getByRole('columnheader').count()).toBe(7);
    expect(
      await month.getByRole('link', { name: 'Svenska med suggestopedi' }).count(),
    ).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'her month');

    // The teacher's own schedule: the classes she leads, no participant's name.
    const teacherTab = await openSignedInTab(browser, teacher);
    await teacherTab.page.goto(`${server.baseUrl}/`);
    await teacherTab.page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Mitt schema' })
      .click();
    await expectHeading(teacherTab.page, 'Mitt schema');
    await teacherTab.page.goto(`${server.baseUrl}/schedule?view=week&day=${stockholmDay(1)}`);
    await teacherTab.page.getByRole('link', { name: 'Svenska med suggestopedi' }).first().waitFor();
    expect(await teacherTab.page.getByText('Solgårdens äldreboende').count()).toBe(0);
    expect(await teacherTab.page.getByText('Amina').count()).toBe(0);
    await expectAccessible(teacherTab.page, 'my week');
    await teacherTab.page.getByRole('link', { name: 'Svenska med suggestopedi' }).first().click();
    await expectHeading(teacherTab.page, 'Svenska med suggestopedi');

    expect(problems).toEqual([]);
    expect(teacherTab.problems).toEqual([]);
  });
});
