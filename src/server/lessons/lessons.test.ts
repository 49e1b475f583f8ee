import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  staffCtx,
} from '#tests/factories.ts';
import { inTenant } from '#server/db/tenant.ts';
import { newId } from '#server/lib/ids.ts';
import { createParticipantSession } from '#server/participant-access/sessions.ts';
import { chunkBytes, discardAbandonedUploads } from './media.ts';
import { largeUploadsReceiving, maxLargeUploadsAtOnce } from './raw-body.ts';
import { maxRangeBytes } from './range.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const caseWorker = await createStaff(db, { organisationId: org.id, role: 'case_worker', unitId: unit.id });
const otherTeacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: otherUnit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
const farid = await createParticipant(db, otherUnit.id, 'Farid', 'Noori');

const webm = fs.readFileSync(new URL('../../../tests/fixtures/lesson.webm', import.meta.url));
const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\nمرحبا\n\n00:01.000 --> 00:02.500\nSvenska ord\n';

async function activity(unitId: string, title: string, participants: string[]) {
  const id = newId();
  await db.query(`insert into activities (id, unit_id, type, title) values ($1, $2, 'swedish', $3)`, [
    id,
    unitId,
    title,
  ]);
  for (const p of participants) {
    await db.query(
      `insert into activity_participants (activity_id, participant_id, unit_id, joined_on) values ($1, $2, $3, '2026-01-01')`,
      [id, p, unitId],
    );
  }
  return id;
}
const sfiA = await activity(unit.id, 'SFI A', [amina.id]);
const sfiB = await activity(unit.id, 'SFI B', [hodan.id]);
const foreign = await activity(otherUnit.id, 'SFI Botkyrka', [farid.id]);

async function signedIn(p: { id: string; unitId: string }) {
  const s = await createParticipantSession(db, {
    participantId: p.id,
    unitId: p.unitId,
    method: 'passkey',
    passkeyId: null,
    deviceLabel: null,
    userAgent: undefined,
  });
  return { cookie: `rodtrad_p=${s.token}`, csrfToken: s.csrfToken };
}
const asAmina = as(app, await signedIn(amina));
const asHodan = as(app, await signedIn(hodan));

async function lesson(body: Record<string, unknown> = {}, by = teacher) {
  const res = await as(app, by).post('/api/lessons', {
    title: 'Hos läkaren',
    languages: ['sv', 'ar'],
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}
type Caller = { cookie: string; csrfToken: string };
/** Sends a file as the raw body, as the pages do. */
const putFile = (url: string, bytes: Buffer, contentType: string, by: Caller) =>
  app.inject({
    method: 'PUT',
    url,
    payload: bytes,
    headers: { cookie: by.cookie, 'x-csrf-token': by.csrfToken, 'content-type': contentType },
  });
const upload = (id: string, version: number, bytes: Buffer = webm, by: Caller = teacher) =>
  putFile(`/api/lessons/${id}/video?version=${version}`, bytes, 'video/webm', by);
/** Sends a video as a stream the test writes to and ends, as a slow connection would. */
const uploadStream = (id: string, version: number, payload: PassThrough) =>
  app.inject({
    method: 'PUT',
    url: `/api/lessons/${id}/video?version=${version}`,
    payload,
    headers: { cookie: teacher.cookie, 'x-csrf-token': teacher.csrfToken, 'content-type': 'video/webm' },
  });
/** Chunks stored of the lesson's files still being received. */
const receivingChunks = async (lessonId: string) =>
  (
    await db.query<{ n: number }>(
      `select count(*)::int as n from lesson_file_chunks c join lesson_files f on f.id = c.file_id
        where f.lesson_id = $1 and f.received_at is null`,
      [lessonId],
    )
  ).rows[0]!.n;
/** The lesson's stored files, oldest first, with their chunks. */
const filesOf = async (lessonId: string) =>
  (
    await db.query<{ size_bytes: string | null; chunks: number }>(
      `select f.size_bytes::text, (select count(*)::int from lesson_file_chunks c where c.file_id = f.id) as chunks
         from lesson_files f where f.lesson_id = $1 order by f.created_at, f.id`,
      [lessonId],
    )
  ).rows;

/** A published lesson with the video, for the groups given (none: the whole unit). */
async function published(activityIds: string[] = [], title = 'Hos läkaren') {
  const created = await lesson({ title, activityIds });
  const uploaded = await upload(created.id, created.version);
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  const res = await as(app, teacher).post(`/api/lessons/${created.id}/publish`, {
    version: uploaded.json().version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; version: number };
}
const actions = async (like: string) =>
  (
    await db.query<{
      action: string;
      outcome: string;
      participant_id: string | null;
      actor_user_id: string | null;
    }>(
      'select action, outcome, participant_id, actor_user_id from audit_log where action like $1 order by id',
      [like],
    )
  ).rows;

describe('lessons (the teacher)', () => {
  it('are created, edited at the version read, published with a video and archived', async () => {
    const created = await lesson({ activityIds: [sfiA], description: 'Ord och meningar', videoUrl: '' });
    expect(created).toMatchObject({
      status: 'draft',
      languages: ['sv', 'ar'],
      activities: [{ id: sfiA, title: 'SFI A' }],
      videoUrl: null,
      video: null,
      createdByName: teacher.name,
    });
    // Publishing needs something to watch.
    const early = await as(app, teacher).post(`/api/lessons/${created.id}/publish`, { version: 0 });
    expect(early.statusCode).toBe(409);

    const edited = await as(app, teacher).patch(`/api/lessons/${created.id}`, {
      title: 'Hos läkaren, del 1',
      videoUrl: 'https://play.sodertalje.se/v/123',
      activityIds: [sfiA, sfiB],
      version: 0,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Hos läkaren, del 1', version: 1 });
    expect(edited.json().activities).toHaveLength(2);
    const stale = await as(app, teacher).patch(`/api/lessons/${created.id}`, { title: 'Gammal', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { title: 'Hos läkaren, del 1' },
    });
    // http links, another unit's group, and coaches writing are refused.
    expect(
      (await as(app, teacher).patch(`/api/lessons/${created.id}`, { videoUrl: 'http://x.se/v', version: 1 }))
        .statusCode,
    ).toBe(400);
    const foreignGroup = await as(app, teacher).patch(`/api/lessons/${created.id}`, {
      activityIds: [foreign],
      version: 1,
    });
    expect(foreignGroup.statusCode).toBe(400);
    expect(foreignGroup.json().errors[0].path).toEqual(['activityIds', 0]);
    expect((await as(app, coach).post('/api/lessons', { title: 'x' })).statusCode).toBe(403);
    expect((await as(app, caseWorker).get('/api/lessons')).statusCode).toBe(403);
    expect((await as(app, coach).get(`/api/lessons/${created.id}`)).statusCode).toBe(200);
    expect((await as(app, otherTeacher).get(`/api/lessons/${created.id}`)).statusCode).toBe(404);

    const pub = await as(app, teacher).post(`/api/lessons/${created.id}/publish`, { version: 1 });
    expect(pub.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const unpub = await as(app, teacher).post(`/api/lessons/${created.id}/unpublish`, { version: 2 });
    expect(unpub.json().status).toBe('draft');
    const archived = await as(app, teacher).post(`/api/lessons/${created.id}/archive`, { version: 3 });
    expect(archived.json().status).toBe('archived');
    expect(
      (await as(app, teacher).patch(`/api/lessons/${created.id}`, { title: 'Igen', version: 4 })).statusCode,
    ).toBe(409);
    expect(
      (await as(app, teacher).get('/api/lessons?status=archived')).json().map((l: { id: string }) => l.id),
    ).toEqual([created.id]);
    expect((await actions('lesson.%')).map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'lesson.create',
        'lesson.update',
        'lesson.publish',
        'lesson.unpublish',
        'lesson.archive',
      ]),
    );
  });

  it('receive at most three large uploads at once and say when to try again, before reading a body', async () => {
    const created = await lesson();
    const bodies = Array.from({ length: maxLargeUploadsAtOnce }, () => new PassThrough());
    const held = bodies.map((payload) => uploadStream(created.id, 0, payload));
    while (largeUploadsReceiving() < maxLargeUploadsAtOnce) await new Promise((r) => setTimeout(r, 5));
    const refused = await upload(created.id, 0);
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.json().title).toBeTruthy();

    // Each stores its first chunk as it comes, long before its last byte, and the app goes on answering others.
    const head = Buffer.concat([webm, Buffer.alloc(chunkBytes, 1)]);
    for (const body of bodies) body.write(head);
    while ((await receivingChunks(created.id)) < maxLargeUploadsAtOnce) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await as(app, coach).get(`/api/lessons/${created.id}`)).statusCode).toBe(200);
    for (const body of bodies) body.end(Buffer.alloc(1000, 2));
    // One of the three becomes the lesson's video; the others come at a version that is gone by then, and
    // what they stored is removed.
    expect((await Promise.all(held)).map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    expect(largeUploadsReceiving()).toBe(0);
    expect(await receivingChunks(created.id)).toBe(0);
    expect(await filesOf(created.id)).toEqual([{ size_bytes: String(head.length + 1000), chunks: 2 }]);
    expect((await upload(created.id, 1)).statusCode).toBe(200);
  });

  it('leave nothing of an upload that breaks off, and clear one abandoned for a day', async () => {
    const created = await lesson();
    const body = new PassThrough();
    const broken = uploadStream(created.id, 0, body);
    body.write(Buffer.concat([webm, Buffer.alloc(chunkBytes, 1)]));
    while ((await receivingChunks(created.id)) === 0) await new Promise((r) => setTimeout(r, 5));
    body.destroy(new Error('the line dropped'));
    await broken.catch(() => undefined);
    // The request's own clean-up removes what it stored (the test times out if it never does).
    while ((await filesOf(created.id)).length > 0) await new Promise((r) => setTimeout(r, 5));

    // A server that stopped mid-upload leaves a receiving file: removed a day after it began, nothing else.
    const leftOver = newId();
    await db.query(
      `insert into lesson_files (id, unit_id, lesson_id, kind, content_type, chunk_bytes, created_at)
       values ($1, $2, $3, 'video', 'video/webm', $4, now() - interval '25 hours')`,
      [leftOver, unit.id, created.id, chunkBytes],
    );
    await db.query(
      `insert into lesson_file_chunks (file_id, unit_id, seq, data) values ($1, $2, 0, '\\x00')`,
      [leftOver, unit.id],
    );
    expect((await upload(created.id, 0)).statusCode).toBe(200);
    const recent = Buffer.concat([webm, Buffer.alloc(chunkBytes, 1)]);
    const pending = new PassThrough();
    const stillComing = uploadStream(created.id, 1, pending);
    pending.write(recent);
    while ((await receivingChunks(created.id)) < 2) await new Promise((r) => setTimeout(r, 5));
    expect(await discardAbandonedUploads(db, new Date())).toBe(1);
    expect((await db.query('select 1 from lesson_files where id = $1', [leftOver])).rows).toEqual([]);
    pending.end();
    expect((await stillComing).statusCode).toBe(200);
    expect((await filesOf(created.id)).map((f) => f.chunks)).toEqual([1, 2]);

    // Staff cannot remove a received file, even in their own unit.
    const removed = await inTenant(staffCtx(db, teacher), (tx) =>
      tx.query('delete from lesson_files where lesson_id = $1', [created.id]),
    );
    expect(removed.rowCount).toBe(0);
  });

  it('take a video by its bytes, not its name, within the size limit, and serve it with range requests', async () => {
    const created = await lesson();
    const fake = await putFile(
      `/api/lessons/${created.id}/video?version=0`,
      Buffer.from('MZ this is an executable, not a video'),
      'video/mp4',
      teacher,
    );
    expect(fake.statusCode).toBe(415);
    const tooLarge = await putFile(
      `/api/lessons/${created.id}/video?version=0`,
      Buffer.concat([webm, Buffer.alloc(100 * 1024 * 1024)]),
      'video/webm',
      teacher,
    );
    expect(tooLarge.statusCode).toBe(413);

    // A file of several chunks: a real WebM head, then bytes enough for three chunks and more.
    const big = Buffer.concat([webm, Buffer.alloc(chunkBytes * 2 + 1000, 7)]);
    big.writeUInt32BE(0xdeadbeef, chunkBytes - 2); // across the first chunk boundary
    const uploaded = await upload(created.id, 0, big);
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json().video).toMatchObject({ contentType: 'video/webm', sizeBytes: big.length });

    const url = `/api/lessons/${created.id}/video`;
    const whole = await as(app, coach).get(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-type']).toBe('video/webm');
    expect(whole.rawPayload.equals(big)).toBe(true);

    const across = await as(app, coach).get(url, {
      headers: { range: `bytes=${chunkBytes - 4}-${chunkBytes + 3}` },
    });
    expect(across.statusCode).toBe(206);
    expect(across.headers['content-range']).toBe(`bytes ${chunkBytes - 4}-${chunkBytes + 3}/${big.length}`);
    expect(across.rawPayload.equals(big.subarray(chunkBytes - 4, chunkBytes + 4))).toBe(true);

    const tail = await as(app, coach).get(url, { headers: { range: 'bytes=-10' } });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.equals(big.subarray(big.length - 10))).toBe(true);
    const open = await as(app, coach).get(url, { headers: { range: 'bytes=5-' } });
    expect(open.statusCode).toBe(206);
    expect(open.rawPayload.equals(big.subarray(5, Math.min(big.length, 5 + maxRangeBytes)))).toBe(true);
    const past = await as(app, coach).get(url, { headers: { range: `bytes=${big.length}-` } });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${big.length}`);
    expect((await as(app, otherTeacher).get(url)).statusCode).toBe(404);
  });

  it('take WebVTT subtitles per language, checked, and serve them as text/vtt', async () => {
    const created = await lesson();
    const put = (language: string, text: string) =>
      putFile(`/api/lessons/${created.id}/subtitles/${language}`, Buffer.from(text), 'text/vtt', teacher);
    expect((await put('ar', 'Not a subtitle file')).statusCode).toBe(400);
    const badTiming = await put('ar', 'WEBVTT\n\n00:01.000 --> soon\nHej\n');
    expect(badTiming.statusCode).toBe(400);
    expect(badTiming.json().errors[0].message).toMatch(/timing/);
    expect((await put('ar', 'WEBVTT\n\n00:02.000 --> 00:01.000\nHej\n')).statusCode).toBe(400);
    expect((await put('ar', vtt)).statusCode).toBe(200);
    const both = await put('sv', `\uFEFF${vtt.replace(/\n/g, '\r\n')}`);
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json().subtitleLanguages).toEqual(['ar', 'sv']);
    const served = await as(app, coach).get(`/api/lessons/${created.id}/subtitles/ar`);
    expect(served.headers['content-type']).toMatch(/^text\/vtt/);
    expect(served.body).toBe(vtt);
    const removed = await as(app, teacher).delete(`/api/lessons/${created.id}/subtitles/sv`);
    expect(removed.json().subtitleLanguages).toEqual(['ar']);
  });
});

describe('her lessons (the participant app)', () => {
  it('shows her the published lessons of her unit for the whole unit or her groups, and nothing else', async () => {
    const forAll = await published([], 'För alla');
    const forA = await published([sfiA], 'För grupp A');
    const forB = await published([sfiB], 'För grupp B');
    const draft = await lesson({ title: 'Utkast' });
    const elsewhere = await lesson({ title: 'Botkyrka' }, otherTeacher);
    const titles = async (caller: typeof asAmina) =>
      (await caller.get('/api/me/lessons')).json().map((l: { title: string }) => l.title);
    expect(await titles(asAmina)).toEqual(expect.arrayContaining(['För alla', 'För grupp A']));
    expect(await titles(asAmina)).not.toEqual(expect.arrayContaining(['För grupp B']));
    expect(await titles(asAmina)).not.toContain('Utkast');
    expect(await titles(asHodan)).toContain('För grupp B');
    for (const id of [forB.id, draft.id, elsewhere.id]) {
      expect((await asAmina.get(`/api/me/lessons/${id}`)).statusCode).toBe(404);
      expect((await asAmina.get(`/api/me/lessons/${id}/video`)).statusCode).toBe(404);
      expect((await asAmina.post(`/api/me/lessons/${id}/views`)).statusCode).toBe(404);
      expect((await asAmina.post(`/api/me/lessons/${id}/feedback`, { rating: 4 })).statusCode).toBe(404);
    }
    // She plays her group's lesson; seeking asks for a range.
    const part = await asAmina.get(`/api/me/lessons/${forA.id}/video`, { headers: { range: 'bytes=0-99' } });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.equals(webm.subarray(0, 100))).toBe(true);
    // Leaving the group closes its lessons to her.
    await db.query(`update activity_participants set left_on = '2026-02-01' where participant_id = $1`, [
      amina.id,
    ]);
    expect((await asAmina.get(`/api/me/lessons/${forA.id}`)).statusCode).toBe(404);
    await db.query(`update activity_participants set left_on = null where participant_id = $1`, [amina.id]);
    // A staff session is not hers, and hers is not staff.
    expect((await as(app, teacher).get('/api/me/lessons')).statusCode).toBe(401);
    expect((await asAmina.get('/api/lessons')).statusCode).toBe(401);
    expect(await titles(asHodan)).toContain('För alla');
    expect(forAll.id).not.toBe(forA.id);
  });

  it('counts each view, keeps understood, takes a face with words or a voice message; the teacher sees and answers', async () => {
    const l = await published([sfiA, sfiB], 'På apoteket');
    await putFile(`/api/lessons/${l.id}/subtitles/ar`, Buffer.from(vtt), 'text/vtt', teacher);
    const sub = await asAmina.get(`/api/me/lessons/${l.id}/subtitles/ar`);
    expect(sub.headers['content-type']).toMatch(/^text\/vtt/);
    await asAmina.post(`/api/me/lessons/${l.id}/views`);
    await asAmina.post(`/api/me/lessons/${l.id}/views`);
    const understood = await asAmina.post(`/api/me/lessons/${l.id}/understood`);
    expect(understood.json()).toMatchObject({
      views: 2,
      understoodAt: expect.any(String),
      subtitleLanguages: ['ar'],
    });
    const again = await asAmina.post(`/api/me/lessons/${l.id}/understood`);
    expect(again.json().understoodAt).toBe(understood.json().understoodAt);

    const feedback = await asAmina.post(`/api/me/lessons/${l.id}/feedback`, {
      rating: 2,
      words: 'Svårt ord: recept',
    });
    expect(feedback.statusCode, feedback.body).toBe(201);
    const fb = feedback.json();
    expect(fb).toMatchObject({ rating: 2, words: 'Svårt ord: recept', hasVoice: false, answer: null });
    expect((await asAmina.post(`/api/me/lessons/${l.id}/feedback`, { rating: 5 })).statusCode).toBe(400);

    // A voice message: audio by its bytes, hers only, once.
    const ogg = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(400, 1)]);
    const voiceUrl = `/api/me/lessons/${l.id}/feedback/${fb.id}/voice`;
    const hodanSession = await signedIn(hodan);
    expect((await putFile(voiceUrl, ogg, 'audio/ogg', hodanSession)).statusCode).toBe(404);
    const aminaSession = await signedIn(amina);
    expect(
      (await putFile(voiceUrl, Buffer.from('<html>no</html>'), 'audio/ogg', aminaSession)).statusCode,
    ).toBe(415);
    expect(
      (
        await putFile(
          voiceUrl,
          Buffer.concat([ogg, Buffer.alloc(2 * 1024 * 1024)]),
          'audio/ogg',
          aminaSession,
        )
      ).statusCode,
    ).toBe(413);
    const voiced = await putFile(voiceUrl, ogg, 'audio/ogg; codecs=opus', aminaSession);
    expect(voiced.statusCode, voiced.body).toBe(200);
    expect(voiced.json().hasVoice).toBe(true);
    expect((await putFile(voiceUrl, ogg, 'audio/ogg', aminaSession)).statusCode).toBe(409);
    expect((await asHodan.get(voiceUrl)).statusCode).toBe(404);
    expect((await asAmina.get(voiceUrl)).headers['content-type']).toBe('audio/ogg');
    // Hodan's own feedback on the same lesson stays hers.
    await asHodan.post(`/api/me/lessons/${l.id}/views`);
    await asHodan.post(`/api/me/lessons/${l.id}/feedback`, { rating: 4 });
    expect((await asAmina.get(`/api/me/lessons/${l.id}`)).json().feedback).toHaveLength(1);

    // The teacher: per lesson and per group.
    const report = await as(app, teacher).get(`/api/lessons/${l.id}/report`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().watchers).toEqual([
      expect.objectContaining({
        participantId: amina.id,
        name: 'Amina Ali',
        views: 2,
        understoodAt: expect.any(String),
      }),
      expect.objectContaining({ participantId: hodan.id, views: 1, understoodAt: null }),
    ]);
    expect(report.json().feedback).toHaveLength(2);
    const groupA = (await as(app, coach).get(`/api/lessons/${l.id}/report?activityId=${sfiA}`)).json();
    expect(groupA.watchers.map((w: { participantId: string }) => w.participantId)).toEqual([amina.id]);
    expect(groupA.feedback).toEqual([
      expect.objectContaining({ id: fb.id, participantName: 'Amina Ali', rating: 2, hasVoice: true }),
    ]);
    const voice = await as(app, teacher).get(`/api/lessons/${l.id}/feedback/${fb.id}/voice`);
    expect(voice.statusCode).toBe(200);
    expect(voice.rawPayload.equals(ogg)).toBe(true);

    const answerUrl = `/api/lessons/${l.id}/feedback/${fb.id}/answer`;
    expect((await as(app, coach).post(answerUrl, { answer: 'Bra fråga', version: 0 })).statusCode).toBe(403);
    expect((await as(app, otherTeacher).post(answerUrl, { answer: 'Hej', version: 0 })).statusCode).toBe(404);
    const answered = await as(app, teacher).post(answerUrl, {
      answer: 'Recept = ordination från läkaren.',
      version: 0,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      answer: 'Recept = ordination från läkaren.',
      answeredByName: teacher.name,
    });
    const stale = await as(app, teacher).post(answerUrl, { answer: 'Igen', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.answer).toBe('Recept = ordination från läkaren.');
    const hers = (await asAmina.get(`/api/me/lessons/${l.id}`)).json();
    expect(hers.feedback[0]).toMatchObject({
      answer: 'Recept = ordination från läkaren.',
      answeredAt: expect.any(String),
    });

    // Audited: her own steps as herself, the teacher's reads of her data naming her.
    const audited = await actions('lesson.%');
    const mine = audited
      .filter((a) => a.participant_id === amina.id)
      .map((a) => `${a.action}:${a.actor_user_id ?? 'her'}`);
    expect(mine).toEqual(
      expect.arrayContaining([
        'lesson.view:her',
        'lesson.understood:her',
        'lesson.feedback:her',
        'lesson.voice:her',
        `lesson.voice_read:${teacher.userId}`,
        `lesson.feedback_answer:${teacher.userId}`,
      ]),
    );
    const { rows } = await db.query<{ details: { participants: string[] } }>(
      `select details from audit_log where action = 'lesson.report_read' and subject_id = $1 order by id limit 1`,
      [l.id],
    );
    expect(rows[0]!.details.participants.sort()).toEqual([amina.id, hodan.id].sort());
  });

  it('row-level security alone keeps another participant’s feedback and unpublished lessons from her', async () => {
    const { inParticipant } = await import('#server/db/tenant.ts');
    const l = await published([], 'RLS');
    await asHodan.post(`/api/me/lessons/${l.id}/feedback`, { rating: 3, words: 'Hodans ord' });
    const draft = await lesson({ title: 'Opublicerad' });
    const seen = await inParticipant(
      {
        db,
        participant: { participantId: amina.id, unitId: unit.id, organisationId: org.id, sessionId: newId() },
        requestId: newId(),
        ip: '127.0.0.1',
      },
      async (tx) => ({
        feedback: (await tx.query('select id from lesson_feedback where participant_id = $1', [hodan.id]))
          .rows,
        draft: (await tx.query('select id from lessons where id = $1', [draft.id])).rows,
        views: (await tx.query('select id from lesson_views where participant_id <> $1', [amina.id])).rows,
      }),
    );
    expect(seen).toEqual({ feedback: [], draft: [], views: [] });
  });
});
