import { describe, expect, it } from 'vitest';
import { VolunteerMatchView } from '#shared/language-friends.ts';
import { createParticipantSession } from '#server/participant-access/sessions.ts';
import { inParticipant } from '#server/db/tenant.ts';
import { newId } from '#server/lib/ids.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { languageFriendFigures } from '../figures.ts';
import { scanCheckIns } from './check-ins.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const coordinator = await createStaff(db, {
  organisationId: org.id,
  role: 'volunteer_coordinator',
  unitId: unit.id,
});
const outsider = await createStaff(db, {
  organisationId: org.id,
  role: 'volunteer_coordinator',
  unitId: otherUnit.id,
});
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const api = as(app, coordinator);
const areaId = newId();
await db.query(`insert into unit_areas (id, unit_id, name, lat, lon) values ($1, $2, 'Ronna', 59.19, 17.6)`, [
  areaId,
  unit.id,
]);

/** An approved volunteer, screened as the coordinator would have. */
async function volunteer(first: string, fields: Record<string, unknown> = {}) {
  const id = newId();
  const v = {
    gender: 'woman',
    interests: ['cooking', 'walking'],
    availability: ['tue_evening', 'sat_morning'],
    max_friends: 1,
    ...fields,
  };
  await db.query(
    `insert into volunteers (id, unit_id, status, first_name, last_name, email, language, age_band, gender,
       languages, interests, area_id, availability, max_friends, consent_at)
     values ($1, $2, 'approved', $3, 'Volontärsson', $4, 'sv', '45-64', $5, '[{"code":"ar","level":"good"}]',
             $6, $7, $8, $9, now())`,
    [
      id,
      unit.id,
      first,
      `${first.toLowerCase()}@example.test`,
      v.gender,
      v.interests,
      areaId,
      v.availability,
      v.max_friends,
    ],
  );
  return id;
}

/** An adult participant who would like a language friend. */
async function waiting(first: string, wish: Record<string, unknown> = {}) {
  const p = await createParticipant(db, unit.id, first, 'Deltagarsson');
  await db.query(
    `update participants set birth_date = '1990-05-01', gender = 'woman', languages = '{ar,sv}',
            phone = '0701234567' where id = $1`,
    [p.id],
  );
  await db.query(
    `insert into participant_language_friend_interest (id, participant_id, unit_id, version, interested,
       interests, availability, area_id, only_woman, created_by)
     values ($1, $2, $3, 1, true, $4, $5, $6, $7, $8)`,
    [
      newId(),
      p.id,
      unit.id,
      wish.interests ?? ['cooking'],
      wish.availability ?? ['tue_evening'],
      areaId,
      wish.onlyWoman ?? false,
      coordinator.userId,
    ],
  );
  return p;
}

const accept = (volunteerId: string, participantId: string) =>
  api.post('/api/language-friend-matches', { volunteerId, participantId });

const tokenIn = async (matchId: string, kind = 'language_friend_link') => {
  const { rows } = await db.query<{ body: string }>(
    `select m.body from outbox_messages m
      where m.kind = $1 and m.dedupe_key like $2 order by m.created_at desc limit 1`,
    [kind, kind === 'language_friend_link' ? `language-friend-link:${matchId}:%` : '%:volunteer'],
  );
  return /#token=([\w-]+)/.exec(rows[0]!.body)![1]!;
};

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('proposals', () => {
  it('proposes a pair with reasons, lets the coordinator change, reject and accept, and re-checks the rules', async () => {
    const karin = await volunteer('Karin');
    const sara = await volunteer('Sara', { interests: ['music'] });
    const man = await volunteer('Erik', { gender: 'man', interests: ['cooking'] });
    const amina = await waiting('Amina', { onlyWoman: true });

    const run = await api.get('/api/language-friend-proposals');
    expect(run.statusCode, run.body).toBe(200);
    const pair = run.json().pairs.find((p: { participant: { id: string } }) => p.participant.id === amina.id);
    expect(pair.volunteer).toEqual({ id: karin, name: 'Karin Volontärsson' });
    expect(pair.reasons.map((r: { kind: string }) => r.kind)).toEqual(
      expect.arrayContaining(['shared_interests', 'shared_language', 'woman_as_wished']),
    );

    // Changing: every eligible volunteer with her score; the man is never offered to her (her wish).
    const alternatives = await api.get(
      `/api/language-friend-proposals/alternatives?participantId=${amina.id}`,
    );
    expect(alternatives.statusCode, alternatives.body).toBe(200);
    const offered = alternatives.json().options.map((o: { volunteer: { id: string } }) => o.volunteer.id);
    expect(offered).toContain(sara);
    expect(offered).not.toContain(man);
    expect((await accept(man, amina.id)).json().reason).toBe('hard_rule');

    // A rejected pair is not proposed again, nor can it be accepted.
    const reject = await api.post('/api/language-friend-proposals/reject', {
      volunteerId: karin,
      participantId: amina.id,
      reason: 'De känner redan varandra',
    });
    expect(reject.statusCode, reject.body).toBe(204);
    const again = (await api.get('/api/language-friend-proposals')).json();
    expect(
      again.pairs.find((p: { participant: { id: string } }) => p.participant.id === amina.id)?.volunteer.id,
    ).toBe(sara);
    expect((await accept(karin, amina.id)).json().reason).toBe('pair_rejected');

    // Accepting the changed pair: a match, proposed, with that pair's score; she is then no longer waiting.
    const accepted = await accept(sara, amina.id);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ status: 'proposed', volunteer: { id: sara } });
    const second = await accept(karin, amina.id);
    expect(second.statusCode).toBe(409);
    expect(second.json().reason).toBe('participant_not_waiting');

    // Sara's one place is taken: she is not proposed for anyone else.
    const other = await waiting('Hodan', { interests: ['music'] });
    const later = (await api.get('/api/language-friend-proposals')).json();
    expect(later.pairs.map((p: { volunteer: { id: string } }) => p.volunteer.id)).not.toContain(sara);
    expect((await accept(sara, other.id)).json().reason).toBe('no_free_place');

    // Another unit's coordinator reaches none of it.
    const foreign = await as(app, outsider).get(`/api/language-friend-matches/${accepted.json().id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await as(app, coach).get('/api/language-friend-proposals')).statusCode).toBe(403);
  });
});

describe('a match from proposal to end', () => {
  it('introduces at a booked meeting, runs the trial month, confirms, logs, checks in and ends', async () => {
    const lena = await volunteer('Lena', { interests: ['reading'], availability: ['wed_morning'] });
    const fatima = await waiting('Fatima', { interests: ['reading'], availability: ['wed_morning'] });
    const created = (await accept(lena, fatima.id)).json();
    const path = `/api/language-friend-matches/${created.id}`;

    // Illegal steps are refused with a clear problem.
    const early = await api.post(`${path}/confirm`, { version: created.version });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ reason: 'illegal_transition', matchStatus: 'proposed' });

    const introduce = await api.post(`${path}/introduce`, {
      startsAt: inHours(24),
      endsAt: inHours(25),
      place: 'Biblioteket i Södertälje',
      meetingPlace: 'Stadsbiblioteket',
      shareInterests: false,
      version: created.version,
    });
    expect(introduce.statusCode, introduce.body).toBe(200);
    const introduced = introduce.json();
    expect(introduced).toMatchObject({
      status: 'introduced',
      meetingPlace: 'Stadsbiblioteket',
      introMeeting: { place: 'Biblioteket i Södertälje', status: 'planned' },
      link: { active: true },
    });

    // A stale version: 409 with the match as it is now.
    const stale = await api.post(`${path}/end`, {
      endedBy: 'coordinator',
      reason: 'x',
      version: created.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.status).toBe('introduced');

    // The introduction is a real meeting in the coordinator's own schedule, naming the volunteer by first name only.
    const day = introduced.introMeeting.startsAt.slice(0, 10);
    const schedule = await api.get(`/api/schedule?from=${day}&to=${day}`);
    expect(schedule.statusCode, schedule.body).toBe(200);
    expect(schedule.json().map((e: { id: string }) => e.id)).toContain(introduced.introMeeting.id);
    const meeting = await db.query<{ agenda: string; participant_id: string }>(
      'select agenda, participant_id from meetings where id = $1',
      [introduced.introMeeting.id],
    );
    expect(meeting.rows[0]).toEqual({
      agenda: 'Introduktion med språkvännen Lena',
      participant_id: fatima.id,
    });

    // The volunteer's page: exactly the shared fields (interests withheld), nothing else of her.
    const token = await tokenIn(created.id);
    const view = await app.inject({ method: 'GET', url: `/api/language-friend-links/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(VolunteerMatchView.parse(view.json())).toEqual(view.json());
    expect(view.json()).toMatchObject({
      participantFirstName: 'Fatima',
      languages: ['ar', 'sv'],
      interests: [],
      meetingPlace: 'Stadsbiblioteket',
      nextMeeting: { place: 'Biblioteket i Södertälje' },
    });
    expect(view.body).not.toContain('Deltagarsson');
    expect(view.body).not.toContain('0701234567');

    // Not before the introduction has started; then the trial month starts the day it was held.
    const tooSoon = await api.post(`${path}/start-trial`, { heldOn: day, version: introduced.version });
    expect(tooSoon.statusCode).toBe(400);
    await db.query(
      `update meetings set starts_at = now() - interval '40 days 1 hour', ends_at = now() - interval '40 days'
        where id = $1`,
      [introduced.introMeeting.id],
    );
    const heldOn = (
      await db.query<{ d: string }>(
        `select ((now() - interval '40 days') at time zone 'Europe/Stockholm')::date::text as d`,
      )
    ).rows[0]!.d;
    const trial = await api.post(`${path}/start-trial`, { heldOn, version: introduced.version });
    expect(trial.statusCode, trial.body).toBe(200);
    expect(trial.json()).toMatchObject({
      status: 'trial',
      trialStartedOn: heldOn,
      introMeeting: { status: 'held' },
    });
    expect(trial.json().checkIns.map((c: { months: number }) => c.months)).toEqual([1, 3]);

    // The one-month check-in is due: both sides are reminded once, by the job.
    expect(await scanCheckIns(db, new Date(), 'http://localhost:3000')).toBe(1);
    expect(await scanCheckIns(db, new Date(), 'http://localhost:3000')).toBe(0);
    const messages = await db.query<{ participant_id: string | null; body: string; to_address: string }>(
      `select participant_id, body, to_address from outbox_messages where kind = 'language_friend_check_in'
        order by dedupe_key`,
    );
    expect(messages.rows).toHaveLength(2);
    expect(messages.rows[0]).toMatchObject({ participant_id: fatima.id, to_address: '+46701234567' });
    expect(messages.rows[0]!.body).toContain('Fatima');
    expect(messages.rows[0]!.body).not.toContain('Volontärsson');
    expect(messages.rows[1]!.to_address).toBe('lena@example.test');
    // The old link was replaced by the check-in's.
    expect((await app.inject({ method: 'GET', url: `/api/language-friend-links/${token}` })).statusCode).toBe(
      404,
    );
    const checkInToken = await tokenIn(created.id, 'language_friend_check_in');

    // Unanswered two weeks after the reminder, the check-in is a loose thread for the unit (her language-friend
    // section ties it up); the limit is the caller's, and both answers below untie it.
    const manager = as(
      app,
      await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unit.id }),
    );
    const unanswered = async (days = 14) =>
      (await manager.get(`/api/loose-threads?scope=unit&kind=check_in_unanswered&checkInDays=${days}`)).json()
        .items;
    expect(await unanswered()).toEqual([]);
    await db.query(
      `update language_friend_check_ins set reminded_at = now() - interval '15 days'
        where match_id = $1 and reminded_at is not null`,
      [created.id],
    );
    const dueOn = (
      await db.query<{ d: string }>(
        'select due_on::text as d from language_friend_check_ins where match_id = $1 and months = 1',
        [created.id],
      )
    ).rows[0]!.d;
    expect(await unanswered()).toEqual([
      expect.objectContaining({ kind: 'check_in_unanswered', participantId: fatima.id, date: dueOn }),
    ]);
    expect(await unanswered(20)).toEqual([]);

    // The volunteer logs a meeting and gives feedback through her link; a second feedback has no check-in.
    const link = (suffix: string, payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `/api/language-friend-links/${checkInToken}/${suffix}`, payload });
    expect(
      (await link('meetings', { metOn: heldOn, activity: 'Fika och promenad', hours: 1.5 })).statusCode,
    ).toBe(204);
    expect((await link('feedback', { rating: 5, words: 'Mycket bra' })).statusCode).toBe(204);
    const twice = await link('feedback', { rating: 4 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().reason).toBe('no_check_in_due');

    // She sees her language friend in the app and answers the check-in there.
    const s = await createParticipantSession(db, {
      participantId: fatima.id,
      unitId: unit.id,
      method: 'sms_code',
      passkeyId: null,
      deviceLabel: null,
      userAgent: undefined,
    });
    const her = as(app, { cookie: `rodtrad_p=${s.token}`, csrfToken: s.csrfToken });
    const mine = await her.get('/api/me/language-friend');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual({
      match: {
        status: 'trial',
        volunteerFirstName: 'Lena',
        languages: ['ar'],
        interests: ['reading'],
        meetingPlace: 'Stadsbiblioteket',
        nextMeeting: null,
        checkInDue: true,
      },
    });
    // In her context the database itself shows her nothing of the volunteer but those three things.
    const seen = await inParticipant(
      {
        db,
        participant: {
          participantId: fatima.id,
          unitId: unit.id,
          organisationId: org.id,
          sessionId: newId(),
        },
        requestId: newId(),
        ip: '127.0.0.1',
      },
      async (tx) => ({
        table: (await tx.query('select * from volunteers')).rows,
        shared: (await tx.query('select * from language_friend_volunteer_shared')).rows,
      }),
    );
    expect(seen).toEqual({
      table: [],
      shared: [
        { id: lena, first_name: 'Lena', languages: [{ code: 'ar', level: 'good' }], interests: ['reading'] },
      ],
    });
    expect((await her.post('/api/me/language-friend/feedback', { rating: 4 })).statusCode).toBe(204);
    expect((await her.get('/api/me/language-friend')).json().match.checkInDue).toBe(false);
    expect(await unanswered()).toEqual([]);

    // Confirmed after the trial month; the coordinator logs a meeting too.
    const afterTrial = (await api.get(path)).json();
    expect(afterTrial.checkIns[0].feedback.map((f: { side: string }) => f.side).sort()).toEqual([
      'participant',
      'volunteer',
    ]);
    const active = await api.post(`${path}/confirm`, { version: afterTrial.version });
    expect(active.statusCode, active.body).toBe(200);
    expect(active.json().status).toBe('active');
    const logged = await api.post(`${path}/meetings`, { metOn: heldOn, activity: 'Biblioteket', hours: 2 });
    expect(logged.statusCode, logged.body).toBe(200);
    expect(logged.json().log).toHaveLength(2);

    // Figures count it.
    const month = heldOn.slice(0, 7);
    const figures = await languageFriendFigures(db, { unitIds: [unit.id], from: `${month}-01`, to: heldOn });
    expect(figures.activeMatches).toBeGreaterThanOrEqual(1);
    expect(figures.perMonth).toContainEqual({ month, meetings: 2, hours: 3.5 });
    const route = await api.get(`/api/language-friend-figures?from=${month}-01&to=${heldOn}`);
    expect(route.statusCode, route.body).toBe(200);

    // The volunteer ends it: her link stops working and both can be matched again.
    const end = await app.inject({
      method: 'POST',
      url: `/api/language-friend-links/${checkInToken}/end`,
      payload: { reason: 'Jag flyttar' },
    });
    expect(end.statusCode, end.body).toBe(204);
    const ended = (await api.get(path)).json();
    expect(ended).toMatchObject({ status: 'ended', endedByParty: 'volunteer', link: { active: false } });
    expect(
      (await app.inject({ method: 'GET', url: `/api/language-friend-links/${checkInToken}` })).statusCode,
    ).toBe(404);
    const again = (
      await api.get(`/api/language-friend-proposals/alternatives?participantId=${fatima.id}`)
    ).json();
    expect(again.options.map((o: { volunteer: { id: string } }) => o.volunteer.id)).toContain(lena);

    const audits = await db.query<{ action: string; participant_id: string }>(
      `select action, participant_id from audit_log where subject_id = $1 order by id`,
      [created.id],
    );
    expect(audits.rows.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'language_friend_match.accept',
        'language_friend_match.introduce',
        'language_friend_link.open',
        'language_friend_match.start_trial',
        'language_friend_match.check_in_remind',
        'language_friend_link.feedback',
        'participant_app.language_friend_feedback',
        'language_friend_match.confirm',
        'language_friend_link.end',
      ]),
    );
    expect(new Set(audits.rows.map((a) => a.participant_id))).toEqual(new Set([fatima.id]));
  });
});

describe('the volunteer’s link and an end by the coordinator', () => {
  it('is re-sent (the old one stops), revoked, and gone with a planned introduction when the match ends', async () => {
    const maja = await volunteer('Maja', { interests: ['games'], availability: ['thu_evening'] });
    const leyla = await waiting('Leyla', { interests: ['games'], availability: ['thu_evening'] });
    const created = (await accept(maja, leyla.id)).json();
    const path = `/api/language-friend-matches/${created.id}`;
    expect((await api.post(`${path}/resend-link`, {})).json().reason).toBe('illegal_transition');
    const introduced = (
      await api.post(`${path}/introduce`, {
        startsAt: inHours(48),
        endsAt: inHours(49),
        place: 'Träffpunkt Hovsjö',
        version: created.version,
      })
    ).json();
    const first = await tokenIn(created.id);
    const open = (token: string) => app.inject({ method: 'GET', url: `/api/language-friend-links/${token}` });
    expect((await open(first)).json().interests).toEqual(['games']);

    expect((await api.post(`${path}/resend-link`, {})).statusCode).toBe(200);
    const second = await tokenIn(created.id);
    expect(second).not.toBe(first);
    expect((await open(first)).statusCode).toBe(404);
    expect((await open(second)).statusCode).toBe(200);
    const revoked = await api.post(`${path}/revoke-link`, {});
    expect(revoked.json().link.active).toBe(false);
    expect((await open(second)).statusCode).toBe(404);

    // Another unit's coordinator cannot end it; ours does, and the planned introduction is cancelled with it.
    const foreign = await as(app, outsider).post(`${path}/end`, {
      endedBy: 'coordinator',
      reason: 'x',
      version: revoked.json().version,
    });
    expect(foreign.statusCode).toBe(404);
    const end = await api.post(`${path}/end`, {
      endedBy: 'participant',
      reason: 'Hon har flyttat',
      version: revoked.json().version,
    });
    expect(end.statusCode, end.body).toBe(200);
    expect(end.json()).toMatchObject({
      status: 'ended',
      endedByParty: 'participant',
      introMeeting: { status: 'cancelled' },
    });
    expect(introduced.introMeeting.status).toBe('planned');
    const again = await api.post(`${path}/end`, {
      endedBy: 'coordinator',
      reason: 'x',
      version: end.json().version,
    });
    expect(again.json().reason).toBe('illegal_transition');
  });
});
