import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDashboardFixture } from '#server/dashboards/test-fixture.ts';
import { createOrganisation, createStaff, createUnit, type StaffSession } from '#tests/factories.ts';
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  openSignedInTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';

describe.skipIf(skipJourneys)('the dashboard for a unit manager and for the project owner’s analyst', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: StaffSession;
  let analyst: StaffSession;
  let sfiType: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unitA = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    const unitB = await createUnit(server.db, organisation.id, 'Botkyrka kommun');
    manager = await createStaff(server.db, {
      organisationId: organisation.id,
      role: 'unit_manager',
      unitId: unitA.id,
    });
    analyst = await createStaff(server.db, { organisationId: organisation.id, role: 'analyst' });
    await seedDashboardFixture(server.db, {
      organisationId: organisation.id,
      unitA: unitA.id,
      unitB: unitB.id,
      staffUserId: manager.userId,
    });
    const { rows } = await server.db.query<{ type: string }>(
      "select type from activities where title = 'SFI grupp'",
    );
    sfiType = rows[0]!.type;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const panel = (page: Page, title: string) =>
    page
      .locator('section.figure-panel')
      .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  const openDashboard = async (page: Page) => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('link', { name: 'Översikt', exact: true }).click();
    await expectHeading(page, 'Översikt');
    await page.getByRole('img', { name: /^Kön/ }).waitFor();
    await page.getByRole('img', { name: /^Utfall/ }).waitFor();
  };
  const download = async (page: Page, click: () => Promise<void>) => {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    return { name: file.suggestedFilename(), content: fs.readFileSync(await file.path()) };
  };

  it('a unit manager reads the charts, switches to a table, picks a period and downloads the table and a picture', async () => {
    const { page, problems } = await openSignedInTab(browser, manager);
    await openDashboard(page);
    await page.getByText('Siffrorna gäller Södertälje kommun.').waitFor();
    await expectAccessible(page, 'dashboard charts (unit)');

    const gender = panel(page, 'Kön');
    await gender.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = gender.getByRole('table', { name: 'Kön' });
    // The last twelve months by default (the fixture's people start from November 2025).
    await table.getByRole('row', { name: 'Kvinna 7' }).waitFor();
    await table.getByRole('row', { name: 'Totalt 12' }).waitFor();
    await expectAccessible(page, 'dashboard gender as a table');

    await page.getByLabel('Från månad').fill('2026-02');
    await page.getByLabel('Till och med månad').fill('2026-03');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await table.getByRole('row', { name: 'Kvinna 4' }).waitFor();
    await table.getByRole('row', { name: 'Totalt 6' }).waitFor();
    await expectAccessible(page, 'dashboard filtered to February and March');

    const csv = await download(page, () =>
      gender.getByRole('link', { name: /^Ladda ner CSV ?: Kön$/ }).click(),
    );
    expect(csv.name).toBe('oversikt-kon-2026-02-2026-03.csv');
    expect(csv.content.toString('utf8')).toContain('Kvinna,4');

    const png = await download(page, () =>
      panel(page, 'Deltagare över tid')
        .getByRole('button', { name: /^Spara diagrammet som bild \(PNG\) ?: Deltagare över tid$/ })
        .click(),
    );
    expect(png.name).toBe('deltagare-over-tid-2026-02-2026-03.png');
    expect(png.content.subarray(1, 4).toString()).toBe('PNG');

    // The kind of activity of the SFI group: its four people, and the group the only activity offered.
    await page.getByLabel('Typ av aktivitet').selectOption(sfiType);
    await expect(
      page.getByLabel('Aktivitet', { exact: true }).locator('option').allTextContents(),
    ).resolves.toEqual(['Alla aktiviteter', 'SFI grupp']);
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await table.getByRole('row', { name: 'Totalt 4' }).waitFor();
    await expectAccessible(page, 'dashboard filtered to a kind of activity');
    expect(problems).toEqual([]);
  });

  it('the analyst sees the whole programme with small counts as <5', async () => {
    const { page, problems } = await openSignedInTab(browser, analyst);
    await openDashboard(page);
    await page.getByText(/antal under 5 visas som <5/).waitFor();
    await expectAccessible(page, 'dashboard charts (analyst)');
    const gender = panel(page, 'Kön');
    await gender.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = gender.getByRole('table', { name: 'Kön' });
    await table.getByRole('row', { name: 'Kvinna 15' }).waitFor();
    const man = table.getByRole('row', { name: /^Man/ });
    await expect(man.getByRole('cell').textContent()).resolves.toContain('<5');
    await expectAccessible(page, 'dashboard gender as a table (analyst)');
    expect(problems).toEqual([]);
  });
});
