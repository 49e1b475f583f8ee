import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLanguages } from '#web/participant-app/lib/languages.ts';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  type StaffSession,
} from '#tests/factories.ts';
import {
  callApi,
  expectAccessible,
  expectHeading,
  launchBrowser,
  openPhoneTab,
  skipJourneys,
  startServer,
  stockholmDay,
  type TestServer,
} from './harness.ts';

/**
 * The phone's speech voices are the edge of the browser: Chromium without a desktop has none, so the journey
 * gives it one for Arabic and one for Swedish and records what the app asks it to say.
 */
const fakeSpeech = () => {
  const spoken: { text: string; lang: string }[] = [];
  (window as unknown as { spoken: typeof spoken }).spoken = spoken;
  const voices = [
    { name: 'Test Arabic', lang: 'ar-SA', default: false, localService: true, voiceURI: 'test-ar' },
    { name: 'Test Swedish', lang: 'sv-SE', default: true, localService: true, voiceURI: 'test-sv' },
  ];
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.assign(window, { SpeechSynthesisUtterance: Utterance });
  Object.assign(window.speechSynthesis, {
    getVoices: () => voices,
    speak: (u: Utterance) => {
      spoken.push({ text: u.text, lang: u.lang });
      setTimeout(() => u.onend?.(), 10);
    },
    cancel: () => undefined,
  });
};

const spokenOn = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

describe.skipIf(skipJourneys)('the participant app on her phone, in Arabic', () => {
  let server: TestServer;
  let browser: Browser;
  let coach: StaffSession;
  let participantId: string;
  const tomorrow = stockholmDay(1);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
    const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
    coach = await createStaff(server.db, { organisationId: organisation.id, role: 'coach', unitId: unit.id });
    participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Haddad')).id;
    await server.db.query(`update participants set languages = '{ar}' where id = $1`, [participantId]);
    const api = <T>(method: string, path: string, body?: unknown) =>
      callApi<T>(server, coach, method, path, body);
    await api('POST', `/api/participants/${participantId}/team`, {
      userId: coach.userId,
      teamRole: 'coach',
      responsible: true,
    });
    const plan = await api<{ goals: { id: string }[] }>(
      'POST',
      `/api/participants/${participantId}/plan/goals`,
      {
        title: 'Klara SFI kurs C',
        domainKey: 'swedish',
      },
    );
    await api('POST', `/api/plan-goals/${plan.goals[0]!.id}/steps`, {
      title: 'Boka tid hos SFI',
      ownerUserId: coach.userId,
    });
    await api('POST', `/api/participants/${participantId}/meetings`, {
      startsAt: `${tomorrow}T09:00:00Z`,
      endsAt: `${tomorrow}T10:00:00Z`,
      title: 'Uppföljning av planen',
      place: 'Storgatan 1, Södertälje',
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
      staffIds: [coach.userId],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('she signs in with a passkey, reads her plan and schedule aloud, switches language, and sees her schedule offline', async () => {
    // The coach invites her on paper (the case file's button, by the API here).
    const invited = await callApi<{ url: string }>(
      server,
      coach,
      'POST',
      `/api/participants/${participantId}/app-invitations`,
      { channel: 'paper' },
    );
    const { page, context, problems } = await openPhoneTab(browser);
    await page.addInitScript(fakeSpeech);

    // The link opens in Swedish; she chooses Arabic, and the page turns right to left.
    await page.goto(invited.url);
    await expectHeading(page, 'Välkommen till appen');
    await page.getByLabel('Språk').selectOption('ar');
    await expectHeading(page, 'مرحبًا بك في التطبيق');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await expectAccessible(page, 'participant app, invitation in Arabic');
    await page.getByRole('button', { name: 'أنشئ مفتاحًا وسجّل الدخول' }).click();
    await expectHeading(page, 'مرحبًا Amina!');
    await expectAccessible(page, 'participant app, home in Arabic');
    // Tiles are big enough to tap (at least 44 px each way).
    const tile = await page.getByRole('link', { name: 'خطتي' }).boundingBox();
    expect(tile!.height).toBeGreaterThanOrEqual(44);
    expect(tile!.width).toBeGreaterThanOrEqual(44);
    // With her phone's text at 200 %, nothing needs sideways scrolling.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, 'participant app, home in Arabic at 200 % text');
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));

    // Min plan: her goal with its domain, who helps, her team; read aloud in Arabic.
    await page.getByRole('link', { name: 'خطتي' }).click();
    await expectHeading(page, 'خطتي');
    await page.getByRole('heading', { level: 2, name: 'Klara SFI kurs C' }).waitFor();
    await page.getByText('اللغة السويدية').waitFor();
    await page.getByText('Test يساعدك (مرشد).').waitFor();
    await expectAccessible(page, 'participant app, plan in Arabic');
    await page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
    await expect.poll(() => spokenOn(page)).toEqual([expect.objectContaining({ lang: 'ar-SA' })]);
    expect((await spokenOn(page))[0]!.text).toContain('Klara SFI kurs C');

    // Mitt schema: tomorrow's meeting with a map link.
    await page.getByRole('link', { name: 'الرئيسية' }).click();
    await page.getByRole('link', { name: 'جدولي' }).click();
    await expectHeading(page, 'جدولي');
    await page.getByRole('heading', { level: 3, name: 'Uppföljning av planen' }).waitFor();
    const map = page.getByRole('link', { name: 'خريطة: Storgatan 1, Södertälje' });
    expect(await map.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/search?query=Storgatan%201%2C%20S%C3%B6dert%C3%A4lje',
    );
    await page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).waitFor();
    await expectAccessible(page, 'participant app, schedule in Arabic');

    // She switches to Swedish: the same page, left to right, checked again.
    await page.getByLabel('اللغة').selectOption('sv');
    await expectHeading(page, 'Mitt schema');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.getByRole('heading', { level: 2, name: 'I morgon' }).waitFor();
    await page.getByRole('button', { name: 'Läs upp' }).waitFor();
    await expectAccessible(page, 'participant app, schedule in Swedish');
    await page.getByRole('link', { name: 'Hem' }).click();
    await page.getByRole('link', { name: 'Min plan' }).click();
    await expectHeading(page, 'Min plan');
    await expectAccessible(page, 'participant app, plan in Swedish');

    // Offline: once the service worker keeps the app, her schedule shows from the phone with its age.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
      .toBe(true);
    await page.goto(`${server.baseUrl}/app/schedule`);
    await page.getByRole('heading', { level: 3, name: 'Uppföljning av planen' }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, 'Mitt schema');
    await page.getByRole('heading', { level: 3, name: 'Uppföljning av planen' }).waitFor();
    await page.getByText(/^Sparad .+\. Det kan ha ändrats sedan dess\.$/).waitFor();
    await expectAccessible(page, 'participant app, schedule offline');
    await context.setOffline(false);

    // Every language of the app passes axe, right to left where it is written so: her home and her data.
    for (const path of ['/app', '/app/my-data']) {
      await page.goto(`${server.baseUrl}${path}`);
      for (const language of appLanguages) {
        await page.locator('.p-language select').selectOption(language.code);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language.code);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.dir);
        await page.locator('main h1').waitFor();
        await expectAccessible(page, `participant app, ${path} in ${language.code}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
