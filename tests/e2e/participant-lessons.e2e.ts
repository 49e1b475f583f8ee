import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '#server/lib/ids.ts';
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
  openSignedInTab,
  openPhoneTab,
  skipJourneys,
  startServer,
  type TestServer,
} from './harness.ts';

const video = fs.readFileSync(new URL('../fixtures/lesson.webm', import.meta.url));
const arabicSubtitles = 'WEBVTT\n\n00:00.000 --> 00:01.000\nعند الطبيب\n';

describe.skipIf(skipJourneys)(
  'a participant watches a lesson on her phone in Arabic and the teacher answers',
  () => {
    let server: TestServer;
    let browser: Browser;
    let coach: StaffSession;
    let teacher: StaffSession;
    let participantId: string;
    let lessonId: string;

    /** A file as the raw body, as the lesson page sends it. */
    const putFile = async (path: string, body: Buffer, type: string) => {
      const res = await fetch(`${server.baseUrl}${path}`, {
        method: 'PUT',
        headers: { cookie: teacher.cookie, 'x-csrf-token': teacher.csrfToken, 'content-type': type },
        body: new Uint8Array(body),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as { version: number };
    };

    beforeAll(async () => {
      server = await startServer();
      // Chromium's fake microphone (a tone) stands in for hers, allowed without asking.
      browser = await launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
      const organisation = await createOrganisation(server.db, 'Samordningsförbundet Syd');
      const unit = await createUnit(server.db, organisation.id, 'Södertälje kommun');
      coach = await createStaff(server.db, {
        organisationId: organisation.id,
        role: 'coach',
        unitId: unit.id,
      });
      teacher = await createStaff(server.db, {
        organisationId: organisation.id,
        role: 'teacher',
        unitId: unit.id,
      });
      participantId = (await createParticipant(server.db, unit.id, 'Amina', 'Haddad')).id;
      await server.db.query(`update participants set languages = '{ar,sv}' where id = $1`, [participantId]);
      // Her SFI group; the lesson is for it.
      const group = newId();
      await server.db.query(
        `insert into activities (id, unit_id, type, title) values ($1, $2, 'swedish', 'SFI B')`,
        [group, unit.id],
      );
      await server.db.query(
        `insert into activity_participants (activity_id, participant_id, unit_id, joined_on) values ($1, $2, $3, '2026-01-01')`,
        [group, participantId, unit.id],
      );
      const lesson = await callApi<{ id: string }>(server, teacher, 'POST', '/api/lessons', {
        title: 'Hos läkaren',
        description: 'Ord som du behöver hos läkaren.',
        languages: ['sv'],
        activityIds: [group],
      });
      lessonId = lesson.id;
      const uploaded = await putFile(`/api/lessons/${lessonId}/video?version=0`, video, 'video/webm');
      await putFile(`/api/lessons/${lessonId}/subtitles/ar`, Buffer.from(arabicSubtitles), 'text/vtt');
      await callApi(server, teacher, 'POST', `/api/lessons/${lessonId}/publish`, {
        version: uploaded.version,
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('she signs in, plays the lesson with Arabic subtitles, taps a face with a few words and a voice message; the teacher sees it and answers', async () => {
      const invited = await callApi<{ url: string }>(
        server,
        coach,
        'POST',
        `/api/participants/${participantId}/app-invitations`,
        { channel: 'paper' },
      );
      const phone = await openPhoneTab(browser);
      const { page } = phone;
      await page.goto(invited.url);
      await page.getByRole('button', { name: 'Skapa nyckel och logga in' }).click();
      await expectHeading(page, 'مرحبًا Amina!');

      // The journey in one: her plan and her schedule first, then the lesson.
      await page.getByRole('link', { name: 'خطتي' }).click();
      await expectHeading(page, 'خطتي');
      await expectAccessible(page, 'her plan, Arabic');
      await page.getByRole('link', { name: 'الرئيسية' }).click();
      await page.getByRole('link', { name: 'جدولي' }).click();
      await expectHeading(page, 'جدولي');
      await expectAccessible(page, 'her schedule, Arabic');
      await page.getByRole('link', { name: 'الرئيسية' }).click();

      await page.getByRole('link', { name: 'دروسي' }).click();
      await expectHeading(page, 'دروسي');
      await page.getByText('لم يُشاهَد بعد').waitFor();
      await expectAccessible(page, 'her lessons, Arabic');

      await page.getByRole('link', { name: /Hos läkaren/ }).click();
      await expectHeading(page, 'Hos läkaren');
      const player = page.getByRole('region', { name: 'شاهد' }).locator('video');
      // Her language's subtitles are on by default.
      await expect
        .poll(() =>
          player.evaluate((v: HTMLVideoElement) => v.textTracks[0]?.language + ':' + v.textTracks[0]?.mode),
        )
        .toBe('ar:showing');
      const viewed = page.waitForResponse((r) => r.url().endsWith(`/api/me/lessons/${lessonId}/views`));
      await player.evaluate(async (v: HTMLVideoElement) => {
        v.muted = true;
        await v.play();
      });
      expect((await viewed).status()).toBe(201);
      await expectAccessible(page, 'a lesson, Arabic');

      await page.getByRole('button', { name: 'فهمت', exact: true }).click();
      await page.getByLabel('بضع كلمات للمعلم (إذا أردت)').fill('ما معنى وصفة طبية؟');
      // A voice message too, recorded in the browser.
      await page.getByRole('button', { name: 'سجّل رسالة صوتية' }).click();
      await page.getByText('جارٍ التسجيل …').waitFor();
      await page.waitForTimeout(1500);
      await page.getByRole('button', { name: 'أوقف التسجيل' }).click();
      await page.getByText(/^تم تسجيل الرسالة الصوتية/).waitFor();
      await expectAccessible(page, 'voice recorded, Arabic');
      await page.getByRole('button', { name: 'أرسل' }).click();
      await page.getByText('شكراً! سيرى معلمك ذلك.').waitFor();
      await page.getByText('لا يوجد رد بعد.').waitFor();
      await expectAccessible(page, 'feedback sent, Arabic');

      // The teacher, on the staff side in Swedish.
      const staff = await openSignedInTab(browser, teacher);
      await staff.page.goto(`${server.baseUrl}/lessons`);
      await expectHeading(staff.page, 'Lektioner');
      await expectAccessible(staff.page, 'lessons, teacher');
      await staff.page.getByRole('link', { name: 'Hos läkaren' }).click();
      await expectHeading(staff.page, 'Hos läkaren');
      const watchers = staff.page.getByRole('table', { name: 'Vem som har tittat och förstått' });
      await watchers.getByRole('row', { name: /Amina Haddad 1/ }).waitFor();
      await staff.page.getByText('ما معنى وصفة طبية؟').waitFor();
      await staff.page.getByText(/ Förstod$/).waitFor();
      // Her voice message plays from the server as WebM audio (sniffed from its bytes).
      const voice = staff.page.getByLabel('Röstmeddelande från Amina Haddad');
      const src = await voice.getAttribute('src');
      const served = await staff.page.evaluate(async (url) => {
        const res = await fetch(url!);
        return `${res.status} ${res.headers.get('content-type')} ${(await res.arrayBuffer()).byteLength > 100}`;
      }, src);
      expect(served).toBe('200 audio/webm true');
      await expectAccessible(staff.page, 'a lesson with feedback, teacher');
      await staff.page
        .getByLabel('Svar till Amina Haddad')
        .fill('Ett recept är läkarens ordination: الوصفة الطبية.');
      await staff.page.getByRole('button', { name: 'Skicka svaret' }).click();
      await staff.page.getByText(`Svar från ${teacher.name}`).waitFor();
      await expectAccessible(staff.page, 'feedback answered, teacher');

      // She sees the answer on her lesson page.
      await page.reload();
      await expectHeading(page, 'Hos läkaren');
      await page.getByText('Ett recept är läkarens ordination: الوصفة الطبية.').waitFor();
      await page.getByLabel('رسالتك الصوتية').waitFor();
      await expectAccessible(page, 'the answer, Arabic');
      expect(phone.problems).toEqual([]);
      expect(staff.problems).toEqual([]);
    });
  },
);
