import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  staffCtx,
} from '#tests/factories.ts';
import { newId } from '#server/lib/ids.ts';
import { proposeMatches } from './matching/propose.ts';
import { loadMatchingInput } from './profiles.ts';

const { app, db } = await createTestApp({ AUTH_RATE_LIMIT: '5' });
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const coordinator = await createStaff(db, {
  organisationId: org.id,
  role: 'volunteer_coordinator',
  unitId: unit.id,
});
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const outsider = await createStaff(db, {
  organisationId: org.id,
  role: 'volunteer_coordinator',
  unitId: otherUnit.id,
});
const areaId = newId();
await db.query(`insert into unit_areas (id, unit_id, name, lat, lon) values ($1, $2, 'Ronna', 59.19, 17.6)`, [
  areaId,
  unit.id,
]);

const publicUrl = (unitId = unit.id) => `/api/public/units/${unitId}/language-friends`;
let ipCounter = 0;
/** Each registration from its own address, as many people would send them (the limit is per address). */
const register = (
  body: Record<string, unknown>,
  remoteAddress = `10.0.${ipCounter >> 8}.${ipCounter++ & 255}`,
) => app.inject({ method: 'POST', url: publicUrl(), payload: body, remoteAddress });

const valid = {
  firstName: 'Karin',
  lastName: 'Lund',
  email: 'karin.lund@example.test',
  phone: '',
  language: 'sv',
  ageBand: '45-64',
  gender: 'woman',
  languages: [{ code: 'en', level: 'fluent' }],
  interests: ['cooking', 'walking'],
  occupation: 'Sjuksköterska',
  lifeSituation: ['hasChildren', 'working'],
  familySituation: 'Två barn i skolåldern',
  areaId,
  availability: ['tue_evening', 'sat_morning'],
  onlyWomen: false,
  wantsFamily: true,
  preferencesNote: 'Gärna en familj',
  heardFrom: 'Biblioteket',
  consent: true,
};

const registered = async (body: Record<string, unknown> = {}) => {
  const res = await register({ ...valid, ...body });
  expect(res.statusCode, res.body).toBe(201);
  const { rows } = await db.query<{ id: string }>(
    'select id from volunteers where email = $1 order by created_at desc limit 1',
    [(body.email as string | undefined) ?? valid.email],
  );
  return rows[0]!.id;
};

const auditOf = async (subjectId: string) =>
  (
    await db.query<{ action: string; outcome: string; details: Record<string, unknown> }>(
      `select action, outcome, details from audit_log where subject_id = $1 order by id`,
      [subjectId],
    )
  ).rows;

describe('public registration', () => {
  it('shows the unit’s name and areas, and 404 for an unknown unit', async () => {
    const res = await app.inject({ method: 'GET', url: publicUrl(), remoteAddress: '10.9.0.1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ unitName: 'Södertälje', areas: [{ id: areaId, name: 'Ronna' }] });
    const unknown = await app.inject({ method: 'GET', url: publicUrl(newId()), remoteAddress: '10.9.0.2' });
    expect(unknown.statusCode).toBe(404);
    const post = await app.inject({
      method: 'POST',
      url: publicUrl(newId()),
      payload: valid,
      remoteAddress: '10.9.0.3',
    });
    expect(post.statusCode).toBe(404);
  });

  it('stores her profile, gives only a receipt, puts a confirmation in the outbox and audits it', async () => {
    const res = await register({ ...valid, email: 'anna@example.test', language: 'en', firstName: 'Anna' });
    expect(res.statusCode, res.body).toBe(201);
    expect(Object.keys(res.json()).sort()).toEqual(['language', 'receipt']);
    expect(res.json().receipt).toMatch(/^SV-[0-9A-F]{8}$/);
    const { rows } = await db.query<Record<string, unknown>>(
      `select v.*, m.channel, m.to_address, m.language as message_language, m.body, m.status as message_status
         from volunteers v join outbox_messages m on m.id = v.confirmation_message_id
        where v.email = 'anna@example.test'`,
    );
    expect(rows[0]).toMatchObject({
      status: 'new',
      unit_id: unit.id,
      first_name: 'Anna',
      age_band: '45-64',
      interests: ['cooking', 'walking'],
      availability: ['tue_evening', 'sat_morning'],
      languages: [{ code: 'en', level: 'fluent' }],
      area_id: areaId,
      channel: 'email',
      to_address: 'anna@example.test',
      message_language: 'en',
      message_status: 'pending',
    });
    expect(rows[0]!.body).toContain('Hello Anna!');
    expect(rows[0]!.body).toContain(res.json().receipt);
    expect((await auditOf(rows[0]!.id as string)).map((a) => a.action)).toEqual(['volunteer.register']);
  });

  it('sends the confirmation by SMS when she gave only a phone number', async () => {
    const res = await register({ ...valid, email: '', phone: '070-123 45 67', firstName: 'Per' });
    expect(res.statusCode, res.body).toBe(201);
    const { rows } = await db.query(
      `select m.channel, m.to_address, m.subject from volunteers v join outbox_messages m on m.id = v.confirmation_message_id
        where v.phone = '070-123 45 67'`,
    );
    expect(rows[0]).toEqual({ channel: 'sms', to_address: '070-123 45 67', subject: null });
  });

  it('refuses bad input with every field’s path, missing consent and an oversized body', async () => {
    const res = await register({
      ...valid,
      firstName: '',
      email: 'not-an-address',
      ageBand: '12-17',
      interests: ['cooking', 'skydiving'],
      availability: ['someday'],
      consent: false,
      extra: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = (res.json().errors as { path: (string | number)[] }[]).map((e) => e.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['firstName', 'email', 'ageBand', 'interests.1', 'availability.0', 'consent']),
    );
    const noConsent = await register({ ...valid, consent: undefined });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['consent']);
    const noContact = await register({ ...valid, email: '', phone: '' });
    expect(noContact.json().errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['email']);
    const tooLong = await register({ ...valid, familySituation: 'x'.repeat(501) });
    expect(tooLong.json().errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual([
      'familySituation',
    ]);
    const huge = await register({ ...valid, heardFrom: 'x'.repeat(20_000) });
    expect(huge.statusCode).toBe(413);
    const otherArea = await register({ ...valid, areaId: newId() });
    expect(otherArea.json().errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['areaId']);
    const { rows } = await db.query(`select count(*)::int as n from volunteers where first_name = 'Karin'`);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('answers a filled-in honeypot like any other and keeps nothing but a denied audit entry', async () => {
    const before = await db.query<{ n: number }>('select count(*)::int as n from volunteers');
    const res = await register({ ...valid, email: 'robot@example.test', website: 'http://spam.example' });
    expect(res.statusCode).toBe(201);
    expect(res.json().receipt).toMatch(/^SV-[0-9A-F]{8}$/);
    const after = await db.query<{ n: number }>('select count(*)::int as n from volunteers');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    const messages = await db.query(`select 1 from outbox_messages where to_address = 'robot@example.test'`);
    expect(messages.rows).toHaveLength(0);
    const { rows } = await db.query(
      `select outcome, details from audit_log where action = 'volunteer.register' and outcome = 'denied'`,
    );
    expect(rows).toEqual([{ outcome: 'denied', details: { reason: 'honeypot' } }]);
  });

  it('rate limits one address like sign-in, with a problem', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await register({ ...valid, email: `limit${i}@example.test` }, '10.200.0.1');
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.json().code).toBe('rate_limited');
      }
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('keeps every one of 200 registrations sent at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => register({ ...valid, email: `load${i}@example.test` })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(200).fill(201));
    const { rows } = await db.query<{ n: number; messages: number }>(
      `select count(*)::int as n, count(m.id)::int as messages
         from volunteers v left join outbox_messages m on m.id = v.confirmation_message_id
        where v.email like 'load%@example.test'`,
    );
    expect(rows[0]).toEqual({ n: 200, messages: 200 });
  });
});

describe('screening', () => {
  it('books and records the interview, a reference and the extract date, approves; all audited', async () => {
    const id = await registered({ email: 'lisa@example.test', firstName: 'Lisa' });
    const api = as(app, coordinator);
    const list = await api.get('/api/volunteers?status=new');
    expect(list.json().map((v: { id: string }) => v.id)).toContain(id);
    let v = (await api.get(`/api/volunteers/${id}`)).json();
    expect(v).toMatchObject({ status: 'new', firstName: 'Lisa', areaName: 'Ronna', version: 0 });

    const early = await api.post(`/api/volunteers/${id}/decision`, { version: 0, decision: 'approve' });
    expect(early.statusCode).toBe(409);

    let res = await api.post(`/api/volunteers/${id}/interview`, {
      version: 0,
      interviewAt: '2026-12-03T10:00:00+01:00',
    });
    expect(res.statusCode, res.body).toBe(200);
    v = res.json();
    expect(v).toMatchObject({ status: 'interview_booked', interviewAt: '2026-12-03T09:00:00.000Z' });

    res = await api.post(`/api/volunteers/${id}/decision`, { version: v.version, decision: 'approve' });
    expect(res.json()).toMatchObject({ status: 409, reason: 'interview_missing' });

    res = await api.post(`/api/volunteers/${id}/interview-record`, {
      version: v.version,
      heldAt: '2026-11-20T10:00:00+01:00',
      notes: 'Engagerad, har tid tisdagar.',
    });
    expect(res.statusCode, res.body).toBe(200);
    v = res.json();
    res = await api.post(`/api/volunteers/${id}/references`, {
      name: 'Eva Berg',
      relation: 'Tidigare chef',
      contact: '070-000 00 00',
      contactedOn: '2026-11-21',
      outcome: 'positive',
    });
    expect(res.statusCode, res.body).toBe(200);
    v = res.json();
    expect(v.references).toMatchObject([
      { name: 'Eva Berg', outcome: 'positive', contactedOn: '2026-11-21' },
    ]);

    const future = await api.post(`/api/volunteers/${id}/record-extract`, {
      version: v.version,
      seenOn: '2099-01-01',
    });
    expect(future.json().errors[0].path).toEqual(['seenOn']);
    res = await api.post(`/api/volunteers/${id}/record-extract`, {
      version: v.version,
      seenOn: '2026-11-22',
    });
    v = res.json();
    expect(v.recordExtractSeenOn).toBe('2026-11-22');

    const stale = await api.post(`/api/volunteers/${id}/decision`, { version: 0, decision: 'approve' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { id, version: v.version } });

    res = await api.post(`/api/volunteers/${id}/decision`, { version: v.version, decision: 'approve' });
    expect(res.statusCode, res.body).toBe(200);
    v = res.json();
    expect(v.status).toBe('approved');

    res = await api.post(`/api/volunteers/${id}/pause`, { version: v.version, reason: 'Föräldraledig' });
    expect(res.json().status).toBe('paused');
    res = await api.post(`/api/volunteers/${id}/resume`, { version: res.json().version });
    v = res.json();
    expect(v.status).toBe('approved');
    expect(v.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'new',
      'interview_booked',
      'approved',
      'paused',
      'approved',
    ]);

    const actions = (await auditOf(id)).filter((a) => a.outcome === 'ok').map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'volunteer.register',
        'volunteer.read',
        'volunteer.book_interview',
        'volunteer.record_interview',
        'volunteer.add_reference',
        'volunteer.record_extract',
        'volunteer.approve',
        'volunteer.pause',
        'volunteer.resume',
      ]),
    );
  });

  it('declines only with a reason, and corrects the profile at the version read', async () => {
    const id = await registered({ email: 'olle@example.test', firstName: 'Olle' });
    const api = as(app, coordinator);
    const noReason = await api.post(`/api/volunteers/${id}/decision`, { version: 0, decision: 'decline' });
    expect(noReason.json().errors[0].path).toEqual(['reason']);
    const edit = await api.patch(`/api/volunteers/${id}`, { version: 0, interests: ['music'], areaId: null });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ interests: ['music'], areaId: null, version: 1 });
    const stale = await api.patch(`/api/volunteers/${id}`, { version: 0, occupation: 'Lärare' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.interests).toEqual(['music']);
    const res = await api.post(`/api/volunteers/${id}/decision`, {
      version: 1,
      decision: 'decline',
      reason: 'Kan inte just nu',
    });
    expect(res.json()).toMatchObject({ status: 'declined', decisionReason: 'Kan inte just nu' });
  });

  it('keeps another unit’s volunteers from its coordinator and from row-level security', async () => {
    const id = await registered({ email: 'hidden@example.test' });
    const res = await as(app, outsider).get(`/api/volunteers/${id}`);
    expect(res.statusCode).toBe(404);
    expect((await as(app, outsider).get('/api/volunteers')).json()).toEqual([]);
    const denied = await db.query(
      `select outcome, actor_user_id from audit_log where subject_id = $1 and action = 'volunteer.read'`,
      [id],
    );
    expect(denied.rows).toEqual([{ outcome: 'denied', actor_user_id: outsider.userId }]);
    expect((await as(app, coach).get('/api/volunteers')).statusCode).toBe(403);
    const rows = await db.transaction(
      (tx) => tx.query('select * from volunteers'),
      `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', '${otherUnit.id}', true)`,
      true,
    );
    expect(rows.rows).toHaveLength(0);
    const own = await db.transaction(
      (tx) => tx.query('select id from volunteers where id = $1', [id]),
      `select set_config('role', 'rodtrad_app', true), set_config('app.unit_id', '${unit.id}', true)`,
      true,
    );
    expect(own.rows).toHaveLength(1);
  });

  it('erases her on request: no personal data left, the confirmation redacted, a tombstone, audited', async () => {
    const id = await registered({ email: 'erase.me@example.test', firstName: 'Siri', lastName: 'Raderas' });
    const api = as(app, coordinator);
    let v = (
      await api.post(`/api/volunteers/${id}/references`, {
        name: 'Referens Person',
        relation: 'Granne',
        outcome: 'positive',
      })
    ).json();
    v = (
      await api.post(`/api/volunteers/${id}/decision`, {
        version: v.version,
        decision: 'decline',
        reason: 'Siri flyttar',
      })
    ).json();
    const res = await api.post(`/api/volunteers/${id}/erase`, { version: v.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'erased', firstName: null, email: null, references: [] });

    const row = await db.query<Record<string, unknown>>('select * from volunteers where id = $1', [id]);
    const text = JSON.stringify(row.rows[0]);
    for (const personal of ['Siri', 'Raderas', 'erase.me', 'Sjuksköterska', 'Biblioteket', 'Två barn'])
      expect(text).not.toContain(personal);
    expect(row.rows[0]).toMatchObject({ status: 'erased', unit_id: unit.id, erased_by: coordinator.userId });
    const message = await db.query(
      `select m.to_address, m.body, m.subject, m.status from outbox_messages m
         join volunteers v on v.confirmation_message_id = m.id where v.id = $1`,
      [id],
    );
    expect(message.rows).toEqual([
      { to_address: 'erased', body: '[erased]', subject: null, status: 'failed' },
    ]);
    const everywhere = await db.query(
      `select (select count(*)::int from outbox_messages where body like '%Siri%' or to_address like 'erase.me%') +
              (select count(*)::int from volunteer_references where volunteer_id = $1) +
              (select count(*)::int from volunteer_status_history where volunteer_id = $1 and reason is not null) +
              (select count(*)::int from audit_log where details::text like '%Siri%') as n`,
      [id],
    );
    expect(everywhere.rows).toEqual([{ n: 0 }]);
    const erase = await db.query(
      `select outcome, actor_user_id, details from audit_log where subject_id = $1 and action = 'volunteer.erase'`,
      [id],
    );
    expect(erase.rows).toEqual([
      {
        outcome: 'ok',
        actor_user_id: coordinator.userId,
        details: { messagesRedacted: 1, fromStatus: 'declined' },
      },
    ]);
    const again = await api.post(`/api/volunteers/${id}/decision`, {
      version: res.json().version,
      decision: 'approve',
    });
    expect(again.statusCode).toBe(409);
  });
});

const adult = await createParticipant(db, unit.id, 'Amina', 'Ali');
await db.query(`update participants set birth_date = '1990-04-02' where id = $1`, [adult.id]);
const child = await createParticipant(db, unit.id, 'Sara', 'Ung');
await db.query(
  `update participants set birth_date = (current_date - interval '17 years')::date where id = $1`,
  [child.id],
);
const unknown = await createParticipant(db, unit.id, 'Okänd', 'Ålder');
describe('a participant’s wish for a language friend', () => {
  const url = (id: string) => `/api/participants/${id}/language-friend-interest`;
  const wish = {
    version: 0,
    interested: true,
    swedishOnly: false,
    interests: ['cooking', 'fika'],
    availability: ['wed_afternoon'],
    lifeSituation: ['hasChildren'],
    areaId,
    onlyWoman: true,
    wantsFamily: true,
    note: 'Vill öva vardagssvenska',
  };

  it('is saved from her record as history, audited, at the version read', async () => {
    const empty = await as(app, coach).get(url(adult.id));
    expect(empty.json()).toMatchObject({ current: null, version: 0, eligible: true, ageBand: '30-44' });
    const res = await as(app, coach).put(url(adult.id), wish);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: 1,
      current: { interested: true, interests: ['cooking', 'fika'], onlyWoman: true, areaId },
    });
    const stale = await as(app, coordinator).put(url(adult.id), { ...wish, interested: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(1);
    const second = await as(app, coordinator).put(url(adult.id), {
      ...wish,
      version: 1,
      interests: ['music'],
    });
    expect(second.json()).toMatchObject({ version: 2, current: { interests: ['music'] } });
    const rows = await db.query(
      `select count(*)::int as n from participant_language_friend_interest where participant_id = $1`,
      [adult.id],
    );
    expect(rows.rows).toEqual([{ n: 2 }]);
    const audits = await db.query(
      `select action from audit_log where participant_id = $1 and action like 'language_friend_interest%'
        and outcome = 'ok' order by id`,
      [adult.id],
    );
    expect(audits.rows.map((a) => a.action)).toEqual([
      'language_friend_interest.read',
      'language_friend_interest.write',
      'language_friend_interest.write',
    ]);
    expect((await as(app, teacher).put(url(adult.id), { ...wish, version: 2 })).statusCode).toBe(403);
  });

  it('refuses under 18 and an unknown birth date with a reason; another unit gets 404', async () => {
    const young = await as(app, coach).put(url(child.id), wish);
    expect(young.statusCode).toBe(409);
    expect(young.json()).toMatchObject({ reason: 'under_18' });
    expect((await as(app, coach).get(url(child.id))).json()).toMatchObject({
      eligible: false,
      ineligibleReason: 'under_18',
    });
    const noDate = await as(app, coach).put(url(unknown.id), wish);
    expect(noDate.json()).toMatchObject({ reason: 'birth_date_unknown' });
    const outside = await as(app, outsider).get(url(adult.id));
    expect(outside.statusCode).toBe(404);
  });
});

describe('the register as the matching engine reads it', () => {
  it('maps approved volunteers and interested adults onto the engine’s profiles, and a proposal follows', async () => {
    const id = await registered({ email: 'match@example.test', firstName: 'Matchad', onlyWomen: false });
    await db.query(
      `update volunteers set status = 'approved', interests = '{fika,cooking}', availability = '{wed_afternoon}'
        where id = $1`,
      [id],
    );
    await db.query(`update participants set gender = 'woman', languages = '{ar,sv}' where id = $1`, [
      adult.id,
    ]);
    const input = await loadMatchingInput(staffCtx(db, coordinator));
    const volunteer = input.volunteers.find((v) => v.id === id)!;
    expect(volunteer).toEqual({
      id,
      gender: 'woman',
      ageBand: '45-64',
      interests: ['fika', 'cooking'],
      languages: [{ code: 'en', level: 'fluent' }],
      availability: ['wed_afternoon'],
      area: { key: areaId, lat: 59.19, lon: 17.6 },
      lifeSituation: ['hasChildren', 'working'],
      preferences: { onlyWomen: false, wantsFamily: true },
      maxFriends: 1,
    });
    // Her newest wish holds (saved twice above); the 17-year-old and the unknown age are left out.
    expect(input.participants.map((p) => p.id)).toEqual([adult.id]);
    expect(input.participants[0]).toMatchObject({
      gender: 'woman',
      ageBand: '30-44',
      languages: [{ code: 'ar', level: 'good' }],
      interests: ['music'],
      preferences: { onlyWoman: true, wantsFamily: true },
    });
    const proposal = proposeMatches(
      input.volunteers.filter((v) => v.id === id),
      input.participants,
    );
    expect(proposal.pairs).toMatchObject([{ volunteerId: id, participantId: adult.id }]);
  });
});

describe('the unit’s areas', () => {
  it('are added and changed by the coordinator at the version read, kept to the unit, audited', async () => {
    const api = as(app, coordinator);
    const res = await api.post('/api/language-friend-areas', { name: 'Hovsjö', lat: 59.17, lon: 17.6 });
    expect(res.statusCode, res.body).toBe(201);
    const area = res.json();
    const twice = await api.post('/api/language-friend-areas', { name: 'Hovsjö', lat: 59.17, lon: 17.6 });
    expect(twice.json().errors[0].path).toEqual(['name']);
    const bad = await api.post('/api/language-friend-areas', { name: '', lat: 91, lon: 17 });
    expect(
      bad
        .json()
        .errors.map((e: { path: string[] }) => e.path[0])
        .sort(),
    ).toEqual(['lat', 'name']);
    const off = await api.patch(`/api/language-friend-areas/${area.id}`, { version: 0, active: false });
    expect(off.json()).toMatchObject({ active: false, version: 1 });
    const stale = await api.patch(`/api/language-friend-areas/${area.id}`, { version: 0, name: 'X' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'Hovsjö', version: 1 });
    const form = await app.inject({ method: 'GET', url: publicUrl(), remoteAddress: '10.9.0.9' });
    expect(form.json().areas.map((a: { name: string }) => a.name)).not.toContain('Hovsjö');
    const outside = await as(app, outsider).patch(`/api/language-friend-areas/${area.id}`, {
      version: 1,
      active: true,
    });
    expect(outside.statusCode).toBe(404);
    expect(
      (await as(app, coach).post('/api/language-friend-areas', { name: 'Y', lat: 1, lon: 1 })).statusCode,
    ).toBe(403);
    const audits = await db.query(`select action from audit_log where subject_id = $1 order by id`, [
      area.id,
    ]);
    expect(audits.rows.map((a) => a.action)).toEqual(['area.create', 'area.update']);
  });
});

describe('a merge of two records of one person', () => {
  it('moves her language-friend wishes to the record that stays, and undoing moves them back', async () => {
    const kept = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
    const duplicate = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
    await db.query(`update participants set birth_date = '1988-05-05' where id = any($1)`, [
      [kept.id, duplicate.id],
    ]);
    const saved = await as(app, coach).put(`/api/participants/${duplicate.id}/language-friend-interest`, {
      version: 0,
      interested: true,
      swedishOnly: true,
      interests: ['walking'],
      availability: [],
      lifeSituation: [],
      onlyWoman: false,
      wantsFamily: false,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const versions = async (id: string) =>
      (await db.query<{ version: number }>('select version from participants where id = $1', [id])).rows[0]!
        .version;
    const merged = await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
      into: kept.id,
      version: await versions(duplicate.id),
      intoVersion: await versions(kept.id),
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const onKept = await as(app, coach).get(`/api/participants/${kept.id}/language-friend-interest`);
    expect(onKept.json()).toMatchObject({
      version: 1,
      current: { interested: true, interests: ['walking'] },
    });
    const undone = await as(app, coach).post(`/api/participant-merges/${merged.json().id}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    const back = await as(app, coach).get(`/api/participants/${duplicate.id}/language-friend-interest`);
    expect(back.json()).toMatchObject({ version: 1, current: { interests: ['walking'] } });
    expect(
      (await as(app, coach).get(`/api/participants/${kept.id}/language-friend-interest`)).json().current,
    ).toBe(null);
  });
});
