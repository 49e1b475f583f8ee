import fs from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { newId } from '#server/lib/ids.ts';
import { createParticipantSession } from '#server/participant-access/sessions.ts';
import { as, createTestApp, type TestApp } from './app.ts';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  type StaffSession,
} from './factories.ts';

/**
 * "She sees only her own data" (issue 7), for every participant endpoint.
 *
 * A and B are participants of one unit, C of another. Signed in as A, every route whose `config.auth` is
 * 'participant' is tried with B's and C's resources (their ids in the address or the body): the answer must be
 * 404 or 403 and hold nothing of B or C. A route without ids must answer with A's data only.
 *
 * HOW TO ADD YOUR ROUTE: add an entry to `cases` below, keyed exactly `'METHOD /url'` as the route is
 * registered (e.g. 'GET /api/me/lessons/:id'). The first test fails for a participant route without a case,
 * and for a case whose route is gone. A case gets the fixture `f`: `f.a`, `f.b`, `f.c` (participants, each with
 * a signed-in session `f.a.api`, …: her own cookie and CSRF header), `f.coachA` / `f.coachC` (staff of A's and
 * C's unit, `as(f.app, f.coachA)` calls staff routes) and `f.expectNothingOfOthers(res)`. Make B's and C's
 * resources as they would be made (through the staff or her own API, as B or C), then call the route as A with
 * their ids and check the status and `f.expectNothingOfOthers(res)`. Keep each case to a few requests.
 */

type Person = { id: string; unitId: string; firstName: string; lastName: string; api: ReturnType<typeof as> };
type Fixture = TestApp & {
  a: Person;
  b: Person;
  c: Person;
  coachA: StaffSession;
  coachC: StaffSession;
  /** Neither B's nor C's id, first or last name appears anywhere in the answer. */
  expectNothingOfOthers: (res: LightMyRequestResponse) => void;
};
type Case = (f: Fixture) => Promise<void>;

const fixture = await (async (): Promise<Fixture> => {
  const { app, db } = await createTestApp();
  const org = await createOrganisation(db);
  const unit = await createUnit(db, org.id, 'Södertälje');
  const otherUnit = await createUnit(db, org.id, 'Botkyrka');
  const coachA = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
  const coachC = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: otherUnit.id });
  // Names unlike anything else in an answer, so finding one in a response means a leak.
  const person = async (unitId: string, first: string, last: string): Promise<Person> => {
    const p = await createParticipant(db, unitId, first, last);
    await db.query(`update participants set languages = '{sv}', phone = '0701112233' where id = $1`, [p.id]);
    const s = await createParticipantSession(db, {
      participantId: p.id,
      unitId,
      method: 'sms_code',
      passkeyId: null,
      deviceLabel: null,
      userAgent: undefined,
    });
    return { ...p, api: as(app, { cookie: `rodtrad_p=${s.token}`, csrfToken: s.csrfToken }) };
  };
  const a = await person(unit.id, 'Aurora', 'Alvarsdotter');
  const b = await person(unit.id, 'Birgitta', 'Bengtsdotter');
  const c = await person(otherUnit.id, 'Cecilia', 'Carlsdotter');
  const expectNothingOfOthers = (res: LightMyRequestResponse) => {
    for (const other of [b, c])
      for (const mark of [other.id, other.firstName, other.lastName])
        expect(res.body, `${res.statusCode} answer holds ${mark}`).not.toContain(mark);
  };
  return { app, db, a, b, c, coachA, coachC, expectNothingOfOthers };
})();

const cases: Record<string, Case> = {
  'GET /api/me': async (f) => {
    const res = await f.a.api.get('/api/me');
    expect(res.statusCode).toBe(200);
    expect(res.json().firstName).toBe(f.a.firstName);
    f.expectNothingOfOthers(res);
  },
  'POST /api/me/sign-out': async (f) => {
    // A second session of A's, signed out: B's session and A's first one still work.
    const s = await createParticipantSession(f.db, {
      participantId: f.a.id,
      unitId: f.a.unitId,
      method: 'sms_code',
      passkeyId: null,
      deviceLabel: null,
      userAgent: undefined,
    });
    const second = as(f.app, { cookie: `rodtrad_p=${s.token}`, csrfToken: s.csrfToken });
    expect((await second.post('/api/me/sign-out')).statusCode).toBe(204);
    expect((await second.get('/api/me')).statusCode).toBe(401);
    expect((await f.a.api.get('/api/me')).statusCode).toBe(200);
    expect((await f.b.api.get('/api/me')).json().firstName).toBe(f.b.firstName);
  },

  // Samtal (src/server/conversations): one thread each; B and C have messages both ways, A has one of her own.
  'POST /api/me/conversation/messages': async (f) => {
    await conversationsOfOthers(f);
    // Ids of others in the body are not part of the contract: refused, and nothing lands in B's thread.
    const forged = await f.a.api.post('/api/me/conversation/messages', {
      body: 'Till B?',
      participantId: f.b.id,
    });
    expect(forged.statusCode).toBe(400);
    const res = await f.a.api.post('/api/me/conversation/messages', { body: 'Från A' });
    expect(res.statusCode).toBe(201);
    f.expectNothingOfOthers(res);
    const { rows } = await f.db.query<{ participant_id: string }>(
      `select participant_id from conversation_messages where body in ('Från A', 'Till B?')`,
    );
    expect(rows).toEqual([{ participant_id: f.a.id }]);
  },
  'GET /api/me/conversation': async (f) => {
    await conversationsOfOthers(f);
    const res = await f.a.api.get('/api/me/conversation');
    expect(res.statusCode).toBe(200);
    f.expectNothingOfOthers(res);
    for (const m of res.json().messages) expect(m.body).not.toMatch(/^(B|C) /);
    // Opening hers marked nothing of B's or C's read.
    const { rows } = await f.db.query(
      `select 1 from conversation_messages where participant_id <> $1 and read_at is not null`,
      [f.a.id],
    );
    expect(rows).toEqual([]);
  },
  'GET /api/me/conversation/unread': async (f) => {
    await conversationsOfOthers(f);
    const res = await f.a.api.get('/api/me/conversation/unread');
    expect(res.json()).toEqual({ unread: 0 });
  },

  // Language friends (src/server/volunteers/matches): B and C each have a match with a check-in due.
  'GET /api/me/language-friend': async (f) => {
    await languageFriendsOfOthers(f);
    const res = await f.a.api.get('/api/me/language-friend');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ match: null });
    f.expectNothingOfOthers(res);
  },
  'POST /api/me/language-friend/feedback': async (f) => {
    await languageFriendsOfOthers(f);
    const res = await f.a.api.post('/api/me/language-friend/feedback', { rating: 1 });
    expect(res.statusCode).toBe(409);
    f.expectNothingOfOthers(res);
    const forged = await f.a.api.post('/api/me/language-friend/feedback', {
      rating: 1,
      participantId: f.b.id,
    });
    expect(forged.statusCode).toBe(400);
    const { rows } = await f.db.query('select 1 from language_friend_feedback');
    expect(rows).toEqual([]);
  },

  // Lessons (src/server/lessons): LA for A's whole unit, LB for B's group only, LC in C's unit; B and C gave
  // feedback with a voice message on the lesson each sees.
  'GET /api/me/lessons': async (f) => {
    const l = await lessonsOfOthers(f);
    const res = await f.a.api.get('/api/me/lessons');
    expect(res.json().map((x: { id: string }) => x.id)).toEqual([l.la]);
    expect(res.json()[0].feedback).toEqual([]);
    f.expectNothingOfOthers(res);
  },
  'GET /api/me/lessons/:id': async (f) => {
    const l = await lessonsOfOthers(f);
    for (const id of [l.lb, l.lc]) expect((await f.a.api.get(`/api/me/lessons/${id}`)).statusCode).toBe(404);
    const res = await f.a.api.get(`/api/me/lessons/${l.la}`);
    expect(res.json().feedback).toEqual([]);
    f.expectNothingOfOthers(res);
  },
  'GET /api/me/lessons/:id/video': async (f) => {
    const l = await lessonsOfOthers(f);
    for (const id of [l.lb, l.lc])
      expect((await f.a.api.get(`/api/me/lessons/${id}/video`)).statusCode).toBe(404);
  },
  'GET /api/me/lessons/:id/subtitles/:language': async (f) => {
    const l = await lessonsOfOthers(f);
    for (const id of [l.lb, l.lc])
      expect((await f.a.api.get(`/api/me/lessons/${id}/subtitles/ar`)).statusCode).toBe(404);
  },
  'POST /api/me/lessons/:id/views': async (f) => {
    const l = await lessonsOfOthers(f);
    for (const id of [l.lb, l.lc])
      expect((await f.a.api.post(`/api/me/lessons/${id}/views`)).statusCode).toBe(404);
    const res = await f.a.api.post(`/api/me/lessons/${l.la}/views`);
    expect(res.statusCode).toBe(201);
    f.expectNothingOfOthers(res);
  },
  'POST /api/me/lessons/:id/understood': async (f) => {
    const l = await lessonsOfOthers(f);
    for (const id of [l.lb, l.lc])
      expect((await f.a.api.post(`/api/me/lessons/${id}/understood`)).statusCode).toBe(404);
  },
  'POST /api/me/lessons/:id/feedback': async (f) => {
    const l = await lessonsOfOthers(f);
    expect((await f.a.api.post(`/api/me/lessons/${l.lc}/feedback`, { rating: 1 })).statusCode).toBe(404);
    const forged = await f.a.api.post(`/api/me/lessons/${l.la}/feedback`, {
      rating: 1,
      participantId: f.b.id,
    });
    expect(forged.statusCode).toBe(400);
  },
  'PUT /api/me/lessons/:id/feedback/:feedbackId/voice': async (f) => {
    const l = await lessonsOfOthers(f);
    for (const [lesson, feedback] of [
      [l.la, l.feedbackB],
      [l.lc, l.feedbackC],
    ] as const) {
      const res = await f.a.api.put(`/api/me/lessons/${lesson}/feedback/${feedback}/voice`, oggVoice, {
        headers: { 'content-type': 'audio/ogg' },
      });
      expect(res.statusCode).toBe(404);
    }
  },
  'GET /api/me/lessons/:id/feedback/:feedbackId/voice': async (f) => {
    const l = await lessonsOfOthers(f);
    expect((await f.a.api.get(`/api/me/lessons/${l.la}/feedback/${l.feedbackB}/voice`)).statusCode).toBe(404);
    expect((await f.a.api.get(`/api/me/lessons/${l.lc}/feedback/${l.feedbackC}/voice`)).statusCode).toBe(404);
  },

  // Her plan, schedule, calendar feeds, data and consents (src/server/participant-app): B and C each have a
  // goal, a meeting, a consent and a calendar feed of their own.
  'GET /api/me/plan': async (f) => {
    await appDataOfOthers(f);
    const res = await f.a.api.get('/api/me/plan');
    expect(res.statusCode).toBe(200);
    expect(res.json().goals).toEqual([]);
    f.expectNothingOfOthers(res);
  },
  'GET /api/me/schedule': async (f) => {
    await appDataOfOthers(f);
    const res = await f.a.api.get('/api/me/schedule');
    expect(res.statusCode).toBe(200);
    expect(res.json().events).toEqual([]);
    f.expectNothingOfOthers(res);
  },
  'GET /api/me/calendar-feeds': async (f) => {
    await appDataOfOthers(f);
    const res = await f.a.api.get('/api/me/calendar-feeds');
    expect(res.statusCode).toBe(200);
    expect(res.json().feeds).toEqual([]);
  },
  'POST /api/me/calendar-feeds': async (f) => {
    const others = await appDataOfOthers(f);
    const res = await f.a.api.post('/api/me/calendar-feeds', { participantId: f.b.id });
    expect(res.statusCode).toBe(201);
    const feed = await f.app.inject({ method: 'GET', url: new URL(res.json().url).pathname });
    expect(feed.statusCode).toBe(200);
    f.expectNothingOfOthers(feed);
    expect(feed.body).not.toContain(others.meetingTitle);
    await f.a.api.post(`/api/me/calendar-feeds/${res.json().id}/revoke`, {});
  },
  'POST /api/me/calendar-feeds/:id/revoke': async (f) => {
    const others = await appDataOfOthers(f);
    for (const id of others.feeds) {
      const res = await f.a.api.post(`/api/me/calendar-feeds/${id}/revoke`, {});
      expect(res.statusCode).toBe(404);
      f.expectNothingOfOthers(res);
    }
    const { rows } = await f.db.query(
      'select 1 from calendar_feeds where id = any($1) and revoked_at is null',
      [others.feeds],
    );
    expect(rows).toHaveLength(2);
  },
  'GET /api/me/data': async (f) => {
    await appDataOfOthers(f);
    const res = await f.a.api.get('/api/me/data');
    expect(res.statusCode).toBe(200);
    const count = (key: string) => res.json().categories.find((c: { key: string }) => c.key === key).count;
    expect([count('plan'), count('meetings'), count('consents')]).toEqual([0, 0, 0]);
    f.expectNothingOfOthers(res);
  },
  'GET /api/me/data/export': async (f) => {
    await appDataOfOthers(f);
    const res = await f.a.api.get('/api/me/data/export');
    expect(res.statusCode).toBe(200);
    expect(res.json().tables.participants).toHaveLength(1);
    f.expectNothingOfOthers(res);
  },
  'GET /api/me/consents': async (f) => {
    await appDataOfOthers(f);
    const res = await f.a.api.get('/api/me/consents');
    expect(res.statusCode).toBe(200);
    expect(res.json().consents).toEqual([]);
    f.expectNothingOfOthers(res);
  },
  'POST /api/me/consents/:id/withdraw': async (f) => {
    const others = await appDataOfOthers(f);
    for (const id of others.consents) {
      const res = await f.a.api.post(`/api/me/consents/${id}/withdraw`, {});
      expect(res.statusCode).toBe(404);
      f.expectNothingOfOthers(res);
    }
    const { rows } = await f.db.query('select 1 from consents where id = any($1) and withdrawn_on is null', [
      others.consents,
    ]);
    expect(rows).toHaveLength(2);
  },
};

type AppDataOfOthers = { feeds: string[]; consents: string[]; meetingTitle: string };
let appDataMade: AppDataOfOthers | null = null;
/** B's and C's goal, meeting (tomorrow), consent and calendar feed, made by their coaches and by themselves. */
async function appDataOfOthers(f: Fixture): Promise<AppDataOfOthers> {
  if (appDataMade) return appDataMade;
  const made: AppDataOfOthers = { feeds: [], consents: [], meetingTitle: 'Samtal om praktik XQ' };
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  for (const [p, coach] of [
    [f.b, f.coachA],
    [f.c, f.coachC],
  ] as const) {
    const staff = as(f.app, coach);
    expect((await staff.post(`/api/participants/${p.id}/plan/goals`, { title: 'Mål' })).statusCode).toBe(201);
    const meeting = await staff.post(`/api/participants/${p.id}/meetings`, {
      startsAt: `${tomorrow}T10:00:00Z`,
      endsAt: `${tomorrow}T11:00:00Z`,
      title: made.meetingTitle,
      interpreterNeeded: false,
      staffIds: [coach.userId],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const consent = await staff.post(`/api/participants/${p.id}/consents`, {
      purpose: 'adult_education',
      givenOn: '2025-03-10',
      method: 'written',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    made.consents.push(consent.json().id);
    const feed = await p.api.post('/api/me/calendar-feeds', {});
    expect(feed.statusCode).toBe(201);
    made.feeds.push(feed.json().id);
  }
  appDataMade = made;
  return made;
}

let languageFriendsMade = false;
/** B and C each in a trial match with a volunteer of their unit, the first check-in due (once per file). */
async function languageFriendsOfOthers(f: Fixture) {
  if (languageFriendsMade) return;
  languageFriendsMade = true;
  for (const [p, coach] of [
    [f.b, f.coachA],
    [f.c, f.coachC],
  ] as const) {
    const volunteer = newId();
    const meeting = newId();
    await f.db.query(
      `insert into volunteers (id, unit_id, status, first_name, last_name, email, consent_at)
       values ($1, $2, 'approved', 'Vilma', 'Volontär', 'vilma@example.test', now())`,
      [volunteer, p.unitId],
    );
    await f.db.query(
      `insert into meetings (id, unit_id, participant_id, starts_at, ends_at, title, status, held_at, created_by)
       values ($1, $2, $3, now() - interval '40 days', now() - interval '40 days' + interval '1 hour', 'Språkvän',
               'held', now(), $4)`,
      [meeting, p.unitId, p.id, coach.userId],
    );
    const match = newId();
    await f.db.query(
      `insert into language_friend_matches (id, unit_id, volunteer_id, participant_id, status, score,
         intro_meeting_id, trial_started_on, meeting_place, created_by)
       values ($1, $2, $3, $4, 'trial', 50, $5, current_date - 40, 'Biblioteket', $6)`,
      [match, p.unitId, volunteer, p.id, meeting, coach.userId],
    );
    await f.db.query(
      `insert into language_friend_check_ins (id, match_id, unit_id, participant_id, months, due_on)
       values ($1, $2, $3, $4, 1, current_date - 10)`,
      [newId(), match, p.unitId, p.id],
    );
  }
}

let conversationsMade = false;
/** B and C each write to their team and get an answer (once per file). */
async function conversationsOfOthers(f: Fixture) {
  if (conversationsMade) return;
  conversationsMade = true;
  for (const [p, coach] of [
    [f.b, f.coachA],
    [f.c, f.coachC],
  ] as const) {
    const mine = await p.api.post('/api/me/conversation/messages', {
      body: `${p.firstName.charAt(0)} skriver`,
    });
    expect(mine.statusCode).toBe(201);
    const answer = await as(f.app, coach).post(`/api/participants/${p.id}/conversation/messages`, {
      body: `${p.firstName.charAt(0)} får svar`,
    });
    expect(answer.statusCode).toBe(201);
  }
}

const oggVoice = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(200, 1)]);
let lessonsMade: { la: string; lb: string; lc: string; feedbackB: string; feedbackC: string } | undefined;
/** Published lessons in both units (once per file), B and C each with feedback and a voice message. */
async function lessonsOfOthers(f: Fixture) {
  if (lessonsMade) return lessonsMade;
  const { rows } = await f.db.query<{ organisation_id: string }>(
    'select organisation_id from units where id = $1',
    [f.a.unitId],
  );
  const organisationId = rows[0]!.organisation_id;
  const video = fs.readFileSync(new URL('./fixtures/lesson.webm', import.meta.url));
  const publish = async (unitId: string, activityIds: string[]) => {
    const teacher = await createStaff(f.db, { organisationId, role: 'teacher', unitId });
    const api = as(f.app, teacher);
    const lesson = (await api.post('/api/lessons', { title: 'Lektion', activityIds })).json();
    const put = (url: string, payload: Buffer, type: string) =>
      f.app.inject({
        method: 'PUT',
        url,
        payload,
        headers: { cookie: teacher.cookie, 'x-csrf-token': teacher.csrfToken, 'content-type': type },
      });
    const uploaded = await put(`/api/lessons/${lesson.id}/video?version=0`, video, 'video/webm');
    await put(
      `/api/lessons/${lesson.id}/subtitles/ar`,
      Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nمرحبا\n'),
      'text/vtt',
    );
    const res = await api.post(`/api/lessons/${lesson.id}/publish`, { version: uploaded.json().version });
    expect(res.statusCode).toBe(200);
    return lesson.id as string;
  };
  const group = newId();
  await f.db.query(`insert into activities (id, unit_id, type, title) values ($1, $2, 'swedish', 'SFI B')`, [
    group,
    f.b.unitId,
  ]);
  await f.db.query(
    `insert into activity_participants (activity_id, participant_id, unit_id, joined_on) values ($1, $2, $3, '2026-01-01')`,
    [group, f.b.id, f.b.unitId],
  );
  const la = await publish(f.a.unitId, []);
  const lb = await publish(f.b.unitId, [group]);
  const lc = await publish(f.c.unitId, []);
  const feedback = async (p: Person, lesson: string) => {
    const fb = (
      await p.api.post(`/api/me/lessons/${lesson}/feedback`, { rating: 2, words: `${p.firstName} undrar` })
    ).json();
    const voiced = await p.api.put(`/api/me/lessons/${lesson}/feedback/${fb.id}/voice`, oggVoice, {
      headers: { 'content-type': 'audio/ogg' },
    });
    expect(voiced.statusCode).toBe(200);
    return fb.id as string;
  };
  lessonsMade = { la, lb, lc, feedbackB: await feedback(f.b, la), feedbackC: await feedback(f.c, lc) };
  return lessonsMade;
}

const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const participantRoutes = fixture.app.apiRoutes.filter((r) => r.auth === 'participant');

describe('she sees only her own data', () => {
  it('has a case for every participant route, and no case for a route that is gone', () => {
    expect(participantRoutes.length).toBeGreaterThan(1);
    const keys = participantRoutes.map(routeKey);
    expect(
      keys.filter((k) => !(k in cases)),
      'participant routes without an isolation case',
    ).toEqual([]);
    expect(
      Object.keys(cases).filter((k) => !keys.includes(k)),
      'cases without a route',
    ).toEqual([]);
  });

  it.each(participantRoutes.map(routeKey).filter((k) => k in cases))('%s', async (key) => {
    await cases[key]!(fixture);
  });
});

describe('a session of one kind never stands for the other', () => {
  const idOf = (url: string) => url.replace(/:\w+/g, fixture.a.id);
  it('a staff cookie gets 401 on every participant route', async () => {
    const staff = as(fixture.app, fixture.coachA);
    for (const r of participantRoutes) {
      const res =
        r.method === 'GET'
          ? await staff.get(idOf(r.url))
          : await staff[r.method.toLowerCase() as 'post'](idOf(r.url), {});
      expect(res.statusCode, routeKey(r)).toBe(401);
    }
  });

  it('her cookie gets 401 on every staff route', async () => {
    const staffRoutes = fixture.app.apiRoutes.filter((r) => r.auth === 'full' || r.auth === 'password');
    expect(staffRoutes.length).toBeGreaterThan(50);
    for (const r of staffRoutes) {
      const res =
        r.method === 'GET'
          ? await fixture.a.api.get(idOf(r.url))
          : await fixture.a.api[r.method.toLowerCase() as 'post'](idOf(r.url), {});
      expect(res.statusCode, routeKey(r)).toBe(401);
    }
  });
});
