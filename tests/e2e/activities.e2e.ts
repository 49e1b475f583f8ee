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
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  skipJourneys,
  startServer,
  type TestServer,
  stockholmDay,
} from './harness.ts';

describe.skipIf(skipJourneys)('a teacher runs a Swedish class', () => {
  let server: TestServer;
  let browser: Browser;
  let teacher: StaffSession;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    teacher = await createStaff(server.db, {
      organisationId: organisation.id,
      role: 'teacher',
      unitId: unit.id,
    });
    await createParticipant(server.db, unit.id, 'Amina', 'Ali');
    await createParticipant(server.db, unit.id, 'Hodan', 'Yusuf');
    await createParticipant(server.db, unit.id, 'Yonas', 'Tesfaye');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const marks = async () =>
    Object.fromEntries(
      (
        await server.db.query<{ first_name: string; status: string }>(
          'select p.first_name, a.status from attendance a join participants p on p.id = a.participant_id',
        )
      ).rows.map((r) => [r.first_name, r.status]),
    );

  it('creates a recurring class, adds participants, takes attendance offline and subscribes to her calendar', async () => {
    const { page, context, problems } = await openSignedInTab(browser, teacher);
    await page.goto(`${server.baseUrl}/`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Aktiviteter' })
      .click();
    await expectHeading(page, 'Aktiviteter');
    await page.getByText('Enheten har inga aktiviteter ännu.').waitFor();
    await expectAccessible(page, 'activity list, empty');

    await page.getByRole('link', { name: 'Ny aktivitet' }).click();
    await expectHeading(page, 'Ny aktivitet');
    await page.getByRole('checkbox', { name: 'Test teacher' }).waitFor();
    await expectAccessible(page, 'activity create form');
    await page.getByRole('button', { name: 'Skapa aktiviteten' }).click();
    await page.getByRole('alert').getByText('Välj vilken typ av aktivitet det är.').waitFor();
    await expectAccessible(page, 'activity create form, errors');

    await page.getByLabel('Typ').selectOption('swedish');
    await page.getByLabel('Namn', { exact: true }).fill('Svenska för nybörjare');
    await page.getByLabel(/^Plats/).fill('Folkets hus, sal 2');
    await page.getByLabel(/^Antal platser/).fill('12');
    await page.getByRole('checkbox', { name: 'Test teacher' }).check();
    await page.getByRole('button', { name: 'Skapa aktiviteten' }).click();
    await expectHeading(page, 'Svenska för nybörjare');
    await page.getByText('Aktiviteten är skapad.', { exact: false }).waitFor();
    await expectAccessible(page, 'activity page, new');

    // Weekly on Tuesdays and Thursdays from tomorrow until a date, chosen in words.
    await page.getByRole('button', { name: 'Lägg till tillfällen' }).click();
    await page.getByLabel('Datum').fill(stockholmDay(1));
    await page.getByLabel('Starttid').fill('09:00');
    await page.getByLabel('Varje vecka').check();
    await page.getByLabel('Tisdag').check();
    await page.getByLabel('Torsdag').check();
    await page.getByLabel('Till och med ett datum').check();
    await page.getByLabel('Sista datum').fill(stockholmDay(29));
    await expectAccessible(page, 'add sessions, weekly');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByText(/^(8|9) tillfällen är tillagda\.$/).waitFor();

    // And one today, so that attendance can be taken.
    await page.getByLabel('Nej, bara en gång').check();
    await page.getByLabel('Datum').fill(stockholmDay(0));
    await page.getByLabel('Starttid').fill('08:00');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByText('Ett tillfälle är tillagt.').waitFor();
    await expectAccessible(page, 'activity page with sessions');

    for (const name of ['Amina Ali', 'Hodan Yusuf', 'Yonas Tesfaye']) {
      await page.getByRole('searchbox', { name: /^Sök deltagare/ }).fill(name.split(' ')[0]!);
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await page.getByRole('button', { name: `Lägg till ${name}` }).click();
      await page.getByText(`${name} är tillagd.`).waitFor();
    }
    const table = page.getByRole('table', { name: 'Deltagare i aktiviteten' });
    await table.getByRole('link', { name: 'Yonas Tesfaye' }).waitFor();
    await expectAccessible(page, 'activity page with participants');

    // The attendance screen on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page
      .getByRole('link', { name: /^Närvaro / })
      .first()
      .click();
    await expectHeading(page, 'Närvaro');
    await page.getByText('0 av 3 markerade').waitFor();
    await expectAccessible(page, 'attendance, nobody marked');
    const person = (name: string) => page.getByRole('group', { name });
    /** The mark shown as chosen (aria-pressed) for her. */
    const pressed = (name: string, mark: string) =>
      expect.poll(() => person(name).locator('button[aria-pressed="true"]').textContent()).toBe(mark);
    const box = await person('Amina Ali')
      .getByRole('button', { name: 'Närvarande', exact: true })
      .boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);

    await page.getByRole('button', { name: 'Markera alla som närvarande' }).click();
    await page.getByText('3 av 3 markerade').waitFor();
    await person('Hodan Yusuf').getByRole('button', { name: 'Frånvarande', exact: true }).click();
    await expect.poll(marks).toEqual({ Amina: 'present', Hodan: 'absent', Yonas: 'present' });
    await page.reload();
    await expectHeading(page, 'Närvaro');
    await pressed('Hodan Yusuf', 'Frånvarande');
    await pressed('Amina Ali', 'Närvarande');
    await expectAccessible(page, 'attendance, all marked');

    // The connection drops: the tap is kept and shown as not saved, then sent when it returns.
    await context.setOffline(true);
    await person('Yonas Tesfaye').getByRole('button', { name: 'Giltigt frånvarande' }).click();
    await page.getByText('Inte sparat än').waitFor();
    await page
      .getByRole('alert')
      .getByText(/inte sparad än/)
      .waitFor();
    await expectAccessible(page, 'attendance, offline');
    expect((await marks()).Yonas).toBe('present');
    await context.setOffline(false);
    await page.getByText('Inte sparat än').waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(marks).toMatchObject({ Yonas: 'excused' });
    await pressed('Yonas Tesfaye', 'Giltigt frånvarande');

    // Her calendar feed has the class.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Mitt schema' })
      .click();
    await expectHeading(page, 'Mitt schema');
    await page.getByRole('link', { name: /Min kalender/ }).click();
    await expectHeading(page, 'Min kalender');
    await expectAccessible(page, 'calendar, no feeds');
    await page.getByRole('button', { name: 'Skapa en kalenderlänk' }).click();
    const address = page.getByLabel('Kalenderns adress');
    await address.waitFor();
    await page.getByRole('table', { name: 'Kalenderlänkar' }).waitFor();
    await expectAccessible(page, 'calendar, new feed');
    const url = await address.inputValue();
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const text = (await feed.text()).replace(/\r\n[ \t]/g, '');
    const summaries = text.split(/\r\n/).filter((l) => l.startsWith('SUMMARY'));
    expect(summaries.length).toBeGreaterThanOrEqual(8);
    expect(summaries.every((l) => l.endsWith(':Svenska för nybörjare'))).toBe(true);

    expect(problems).toEqual([]);
  });
});
