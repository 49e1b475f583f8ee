import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EsfEntry, KeptExport } from '#shared/funder-report.ts';
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
  stockholmDay,
  type TestServer,
} from './harness.ts';

describe.skipIf(skipJourneys)(
  'the ESF+ report: entry data from the case file, problems, the kept month',
  () => {
    let server: TestServer;
    let browser: Browser;
    let coach: StaffSession;
    let manager: StaffSession;
    let programmeId: string;
    let amina: string;
    let hodan: string;
    const today = stockholmDay();
    const month = today.slice(0, 7);

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
      const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
      const admin = await createStaff(server.db, { organisationId: organisation.id, role: 'administrator' });
      coach = await createStaff(server.db, {
        organisationId: organisation.id,
        role: 'coach',
        unitId: unit.id,
      });
      manager = await createStaff(server.db, {
        organisationId: organisation.id,
        role: 'unit_manager',
        unitId: unit.id,
      });
      programmeId = (
        await callApi<{ id: string }>(server, admin, 'POST', '/api/programmes', {
          name: 'Vägen vidare',
          funder: 'Europeiska socialfonden+',
          startsOn: '2026-01-01',
        })
      ).id;
      amina = (await createParticipant(server.db, unit.id, 'Amina', 'Haddad')).id;
      hodan = (await createParticipant(server.db, unit.id, 'Hodan', 'Yusuf')).id;
      await server.db.query(
        "update participants set birth_date = '1990-05-10', gender = 'woman' where id = $1",
        [amina],
      );
      await server.db.query("update participants set birth_date = '1985-01-20' where id = $1", [hodan]);
      for (const id of [amina, hodan]) {
        await callApi(server, coach, 'POST', `/api/participants/${id}/enrolments`, {
          programmeId,
          startedOn: today,
        });
      }
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
    const choose = (page: Page, groupName: string, option: string) =>
      group(page, groupName).getByRole('radio', { name: option, exact: true }).check();

    it('a coach records entry data; the unit manager corrects a problem via its link and keeps the month', async () => {
      const coachTab = await openSignedInTab(browser, coach);
      const page = coachTab.page;
      await page.goto(`${server.baseUrl}/participants/${amina}`);
      await expectHeading(page, 'Amina Haddad');
      await caseFileSection(page, 'ESF-uppgifter').click();
      await page.getByRole('heading', { level: 2, name: 'Uppgifter till ESF' }).waitFor();
      await page.getByText('Inga uppgifter är ifyllda').waitFor();
      // Her gender comes from the register; the age band from her birth date on the day she started.
      expect(await group(page, 'Kön').getByRole('radio', { name: 'Kvinna' }).isChecked()).toBe(true);
      await page.getByText('30–54 år').waitFor();
      await expectAccessible(page, 'esf section, nothing recorded');

      await choose(page, 'Hennes situation när hon började', 'Långtidsarbetslös');
      await choose(page, 'Högsta utbildning som hon har avslutat', 'Grundskola eller kortare');
      await choose(page, 'Har en funktionsnedsättning', 'Vill inte svara');
      await choose(page, 'Är medborgare i ett land utanför EU', 'Ja');
      await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
      await page.getByRole('status').getByText('Uppgifterna för Vägen vidare är sparade.').waitFor();
      await page.getByText('Inget saknas.').waitFor();
      await page.getByText('Deltagarkod i rapporten').waitFor();
      await expectAccessible(page, 'esf section, recorded');
      // A second change from the same form goes at the version just saved.
      await choose(page, 'Bor på landsbygden', 'Nej');
      await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
      await expect
        .poll(async () => {
          const [stay] = await callApi<EsfEntry[]>(
            server,
            coach,
            'GET',
            `/api/participants/${amina}/esf-entries`,
          );
          return [stay!.entry?.version, stay!.entry?.sensitive.rural];
        })
        .toEqual([1, 'no']);
      await page.getByRole('status').getByText('Uppgifterna för Vägen vidare är sparade.').waitFor();

      // Meanwhile the unit manager corrects her education; the coach's next change meets it.
      const [read] = await callApi<EsfEntry[]>(
        server,
        coach,
        'GET',
        `/api/participants/${amina}/esf-entries`,
      );
      const { labourStatus, gender, sensitive, version } = read!.entry!;
      await callApi(server, manager, 'PUT', `/api/participants/${amina}/esf-entries/${programmeId}`, {
        gender,
        labourStatus,
        education: 'isced_5_8',
        sensitive,
        fourWeeks: null,
        sixMonths: null,
        version,
      });
      await choose(page, 'Bor på landsbygden', 'Ja');
      await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan hann före' });
      await conflict.getByText('Någon annan har ändrat uppgifterna sedan du öppnade dem.').waitFor();
      await conflict
        .getByRole('listitem')
        .filter({ hasText: 'Högsta utbildning som hon har avslutat: Högskola eller universitet' })
        .waitFor();
      await expectAccessible(page, 'esf section, conflict');
      await conflict.getByRole('button', { name: 'Ladda om' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Den senaste versionen är inläst' })
        .getByRole('button', { name: 'Använd det jag skrev: Bor på landsbygden' })
        .click();
      expect(
        await group(page, 'Högsta utbildning som hon har avslutat')
          .getByRole('radio', { name: 'Högskola eller universitet' })
          .isChecked(),
      ).toBe(true);
      await expectAccessible(page, 'esf section, their version loaded');
      await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
      await expect
        .poll(async () => {
          const [stay] = await callApi<EsfEntry[]>(
            server,
            coach,
            'GET',
            `/api/participants/${amina}/esf-entries`,
          );
          return [stay!.entry?.version, stay!.entry?.education, stay!.entry?.sensitive.rural];
        })
        .toEqual([3, 'isced_5_8', 'yes']);
      expect(coachTab.problems).toEqual([]);

      // The unit manager: Hodan has nothing recorded, first on the report page.
      const managerTab = await openSignedInTab(browser, manager);
      const report = managerTab.page;
      await report.goto(`${server.baseUrl}/funder-report`);
      await expectHeading(report, 'Rapport till ESF');
      await report.getByRole('heading', { level: 2, name: 'Att rätta (1)' }).waitFor();
      const problems = report.getByRole('table', {
        name: 'Deltagare med uppgifter som saknas eller inte stämmer',
      });
      await problems
        .getByRole('row', { name: /Hodan Yusuf/ })
        .getByText('Inga uppgifter är ifyllda')
        .waitFor();
      const counts = report.getByRole('definition');
      expect(await counts.allInnerTexts()).toEqual(['2', '0']);
      await report.getByText('Ingen månad är exporterad än.').waitFor();
      await expectAccessible(report, 'report, one problem');

      await problems.getByRole('link', { name: 'Hodan Yusuf' }).click();
      await expectHeading(report, 'Hodan Yusuf');
      await report.getByRole('heading', { level: 2, name: 'Uppgifter till ESF' }).waitFor();
      await choose(report, 'Kön', 'Kvinna');
      await choose(report, 'Hennes situation när hon började', 'Arbetslös');
      await choose(report, 'Högsta utbildning som hon har avslutat', 'Högskola eller universitet');
      await choose(report, 'Har utländsk bakgrund', 'Vill inte svara');
      await report.getByRole('button', { name: 'Spara uppgifterna' }).click();
      await report.getByRole('status').getByText('Uppgifterna för Vägen vidare är sparade.').waitFor();
      await expectAccessible(report, 'esf section, corrected by the unit manager');

      await report.goBack();
      await expectHeading(report, 'Rapport till ESF');
      await report.getByText('Inget saknas och inget stämmer inte.').waitFor();
      await report.getByRole('button', { name: /^Exportera / }).click();
      await report.getByRole('status').getByText(`Exporterad: ${month} (v1).`).waitFor();
      const kept = report.getByRole('table', { name: 'Exporterade månader, den senaste versionen först' });
      await kept.getByRole('link', { name: /^XLSX, .*version 1$/ }).waitFor();
      await expectAccessible(report, 'report, one month kept');

      // After a correction: this month and every later one again, as new versions; the first stays.
      await kept.getByRole('button', { name: /^Exportera om denna och senare månader/ }).click();
      await report.getByRole('status').getByText(`Exporterad: ${month} (v2).`).waitFor();
      await kept.getByRole('link', { name: /^CSV, .*version 2$/ }).waitFor();
      await kept.getByRole('link', { name: /^CSV, .*version 1$/ }).waitFor();
      await expectAccessible(report, 'report, month exported again');

      const versions = await callApi<KeptExport[]>(
        server,
        manager,
        'GET',
        `/api/funder-report/${programmeId}/exports`,
      );
      expect(versions.map((v) => [v.month, v.version, v.rows])).toEqual([
        [month, 2, 2],
        [month, 1, 2],
      ]);
      expect(managerTab.problems).toEqual([]);
    });
  },
);
