import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { softPasskey } from '#tests/webauthn.ts';
import { hashToken } from '#server/lib/ids.ts';

const origin = 'http://localhost:3000';
const { app, db } = await createTestApp({ PUBLIC_URL: origin });
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const otherCoach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: otherUnit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
await db.query(
  `update participants set languages = '{so,sv}', phone = '0701234567', email = 'amina@example.org' where id = $1`,
  [amina.id],
);
await db.query(`update participants set languages = '{ar}', phone = '0709876543' where id = $1`, [hodan.id]);

type Session = { cookie: string; csrfToken: string };
const publicApi = as(app, null);

const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

async function invite(participantId: string, channel: 'sms' | 'email' | 'paper', by = coach) {
  const res = await as(app, by).post(`/api/participants/${participantId}/app-invitations`, { channel });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { invitation: { id: string }; url: string | null; qrSvg: string | null };
}

/** The link of the latest invitation message to her, from the outbox (OUTBOX=log keeps it here). */
async function linkFromOutbox(participantId: string, kind = 'participant_app_invitation') {
  const { rows } = await db.query<{ body: string; to_address: string; language: string; channel: string }>(
    'select body, to_address, language, channel from outbox_messages where participant_id = $1 and kind = $2 order by created_at desc limit 1',
    [participantId, kind],
  );
  return rows[0]!;
}

function sessionFrom(res: Awaited<ReturnType<typeof publicApi.post>>): Session {
  const cookie = res.cookies.find((c) => c.name === 'rodtrad_p');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  return { cookie: `rodtrad_p=${cookie!.value}`, csrfToken: res.json().csrfToken };
}

async function registerWith(token: string, key = softPasskey(origin)) {
  const start = await publicApi.post('/api/app/invitation/registration-options', { token });
  expect(start.statusCode, start.body).toBe(200);
  const { ceremonyId, options } = start.json();
  const res = await publicApi.post('/api/app/invitation/registration', {
    token,
    ceremonyId,
    response: key.register(options),
    deviceLabel: 'Aminas telefon',
  });
  return { res, key };
}

async function signInWith(key: ReturnType<typeof softPasskey>, opts: { origin?: string } = {}) {
  const start = await publicApi.post('/api/app/sign-in/options');
  expect(start.statusCode).toBe(200);
  const { ceremonyId, options } = start.json();
  return publicApi.post('/api/app/sign-in', { ceremonyId, response: key.assert(options, opts) });
}

async function actions(participantId: string) {
  const { rows } = await db.query<{ action: string; outcome: string }>(
    'select action, outcome from audit_log where participant_id = $1 order by id',
    [participantId],
  );
  return rows.map((r) => `${r.action}:${r.outcome}`);
}

describe('inviting her to the app', () => {
  it('by paper returns the link once with a QR code; by SMS and e-mail it goes through the outbox in her language', async () => {
    const paper = await invite(amina.id, 'paper');
    expect(paper.url).toMatch(/^http:\/\/localhost:3000\/app\/invitation#token=[\w-]{40,}$/);
    expect(paper.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const sms = await invite(amina.id, 'sms');
    expect(sms.url).toBeNull();
    expect(sms.qrSvg).toBeNull();
    const message = await linkFromOutbox(amina.id);
    expect(message).toMatchObject({ channel: 'sms', to_address: '0701234567', language: 'so' });
    expect(message.body).toContain('Salaan Amina');
    expect(message.body).not.toContain('Ali');
    // The older paper invitation is void now: one open invitation at a time.
    const gone = await publicApi.post('/api/app/invitation/registration-options', {
      token: tokenOf(paper.url!),
    });
    expect(gone.statusCode).toBe(410);
    const access = await as(app, coach).get(`/api/participants/${amina.id}/app-access`);
    expect(access.json().invitations.map((i: { id: string }) => i.id)).toEqual([sms.invitation.id]);
    await invite(amina.id, 'email');
    expect(await linkFromOutbox(amina.id)).toMatchObject({
      channel: 'email',
      to_address: 'amina@example.org',
    });
    expect(await actions(amina.id)).toContain('participant_app.invite:ok');
  });

  it('refuses SMS without a phone, and another unit or a teacher cannot invite', async () => {
    const nobody = await createParticipant(db, unit.id, 'Sara', 'Said');
    const res = await as(app, coach).post(`/api/participants/${nobody.id}/app-invitations`, {
      channel: 'sms',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toEqual(['channel']);
    const other = await as(app, otherCoach).post(`/api/participants/${amina.id}/app-invitations`, {
      channel: 'paper',
    });
    expect(other.statusCode).toBe(404);
    expect(await actions(amina.id)).toContain('participant_app.invite:denied');
    const byTeacher = await as(app, teacher).post(`/api/participants/${amina.id}/app-invitations`, {
      channel: 'paper',
    });
    expect(byTeacher.statusCode).toBe(403);
  });
});

describe('signing in with a passkey', () => {
  it('registers through the invitation, signs in later without a user name, and refuses the link again', async () => {
    const { url } = await invite(amina.id, 'paper');
    const token = tokenOf(url!);
    const { res, key } = await registerWith(token);
    expect(res.statusCode, res.body).toBe(201);
    const first = sessionFrom(res);
    const me = await as(app, first).get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ firstName: 'Amina', languages: ['so', 'sv'], preferredLanguage: 'so' });
    expect(Object.keys(me.json()).sort()).toEqual([
      'csrfToken',
      'firstName',
      'languages',
      'preferredLanguage',
    ]);

    // The link works once.
    const again = await publicApi.post('/api/app/invitation/registration-options', { token });
    expect(again.statusCode).toBe(410);
    expect(again.json().reason).toBe('used');

    const signIn = await signInWith(key);
    expect(signIn.statusCode, signIn.body).toBe(201);
    const second = sessionFrom(signIn);
    expect((await as(app, second).get('/api/me')).json().firstName).toBe('Amina');

    // Another site's origin in the signed data is refused and audited.
    const phished = await signInWith(key, { origin: 'https://evil.example' });
    expect(phished.statusCode).toBe(401);

    const access = (await as(app, coach).get(`/api/participants/${amina.id}/app-access`)).json();
    expect(access.passkeys).toHaveLength(1);
    expect(access.passkeys[0].deviceLabel).toBe('Aminas telefon');
    expect(access.sessions.length).toBeGreaterThanOrEqual(2);
    expect(access.invitations).toEqual([]);
    expect(await actions(amina.id)).toEqual(
      expect.arrayContaining([
        'participant_app.invitation_open:ok',
        'participant_app.passkey_register:ok',
        'participant_app.sign_in:ok',
        'participant_app.me_read:ok',
        'participant_app.invitation_open:failed',
        'participant_app.sign_in:failed',
      ]),
    );
  });

  it('refuses an expired link, an unknown one, and a ceremony used twice', async () => {
    const { url } = await invite(hodan.id, 'paper');
    await db.query(
      `update participant_app_invitations set expires_at = now() - interval '1 minute' where token_hash = $1`,
      [hashToken(tokenOf(url!))],
    );
    const expired = await publicApi.post('/api/app/invitation/registration-options', {
      token: tokenOf(url!),
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().reason).toBe('expired');
    const unknown = await publicApi.post('/api/app/invitation/registration-options', {
      token: 'x'.repeat(43),
    });
    expect(unknown.statusCode).toBe(404);

    const fresh = tokenOf((await invite(hodan.id, 'paper')).url!);
    const start = (await publicApi.post('/api/app/invitation/registration-options', { token: fresh })).json();
    const key = softPasskey(origin);
    const response = key.register(start.options);
    // Without user verification (no fingerprint or face) the passkey is refused.
    const unverified = await publicApi.post('/api/app/invitation/registration', {
      token: fresh,
      ceremonyId: start.ceremonyId,
      response: softPasskey(origin).register(start.options, { userVerified: false }),
    });
    expect(unverified.statusCode).toBe(400);
    // The ceremony was spent by that attempt: a replay with a good response needs a new one.
    const replay = await publicApi.post('/api/app/invitation/registration', {
      token: fresh,
      ceremonyId: start.ceremonyId,
      response,
    });
    expect(replay.statusCode).toBe(400);
    expect(await actions(hodan.id)).toContain('participant_app.passkey_register:failed');
  });
});

describe('the SMS code fallback', () => {
  it('sends a code to the phone on her record for a valid link only, and signs her in', async () => {
    await invite(hodan.id, 'sms');
    const token = tokenOf((await linkFromOutbox(hodan.id)).body.match(/https?:\S+/)![0]);
    const sent = await publicApi.post('/api/app/invitation/code', { token });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json().sentTo).toBe('••• •• 43');
    const sms = await linkFromOutbox(hodan.id, 'participant_app_code');
    expect(sms).toMatchObject({ channel: 'sms', to_address: '0709876543', language: 'ar' });
    const code = sms.body.match(/\d{6}/)![0];
    const res = await publicApi.post('/api/app/invitation/code-sign-in', { token, code });
    expect(res.statusCode, res.body).toBe(201);
    expect((await as(app, sessionFrom(res)).get('/api/me')).json().firstName).toBe('Hodan');
    // The link and the code are spent.
    expect((await publicApi.post('/api/app/invitation/code-sign-in', { token, code })).statusCode).toBe(410);
    expect((await publicApi.post('/api/app/invitation/code', { token })).statusCode).toBe(410);
    expect(await actions(hodan.id)).toEqual(
      expect.arrayContaining(['participant_app.code_send:ok', 'participant_app.code_verify:ok']),
    );
  });

  it('locks the invitation after five wrong codes, so even the right code no longer works', async () => {
    const token = tokenOf((await invite(hodan.id, 'paper')).url!);
    await publicApi.post('/api/app/invitation/code', { token });
    const code = (await linkFromOutbox(hodan.id, 'participant_app_code')).body.match(/\d{6}/)![0];
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 4; i++) {
      const res = await publicApi.post('/api/app/invitation/code-sign-in', { token, code: wrong });
      expect(res.statusCode).toBe(400);
      expect(res.json().attemptsLeft).toBe(5 - i);
    }
    const locked = await publicApi.post('/api/app/invitation/code-sign-in', { token, code: wrong });
    expect(locked.statusCode).toBe(423);
    const right = await publicApi.post('/api/app/invitation/code-sign-in', { token, code });
    expect(right.statusCode).toBe(410);
    expect(await actions(hodan.id)).toContain('participant_app.code_verify:failed');
  });

  it('sends at most three codes per link', async () => {
    const token = tokenOf((await invite(hodan.id, 'paper')).url!);
    for (let i = 0; i < 3; i++)
      expect((await publicApi.post('/api/app/invitation/code', { token })).statusCode).toBe(202);
    expect((await publicApi.post('/api/app/invitation/code', { token })).statusCode).toBe(429);
  });
});

describe('ending her sessions', () => {
  it('one session at once, and all of them with her passkeys for a lost phone', async () => {
    const { res, key } = await registerWith(tokenOf((await invite(amina.id, 'paper')).url!));
    const phone = sessionFrom(res);
    const tablet = sessionFrom(await signInWith(key));
    const access = (await as(app, coach).get(`/api/participants/${amina.id}/app-access`)).json();
    const sid = access.sessions[0].id as string;
    // Another unit's coach cannot end it.
    expect(
      (await as(app, otherCoach).post(`/api/participants/${amina.id}/app-sessions/${sid}/revoke`)).statusCode,
    ).toBe(404);
    const revoked = await as(app, coach).post(`/api/participants/${amina.id}/app-sessions/${sid}/revoke`);
    expect(revoked.statusCode).toBe(204);
    const statuses = await Promise.all(
      [phone, tablet].map(async (s) => (await as(app, s).get('/api/me')).statusCode),
    );
    expect(statuses.sort()).toEqual([200, 401]);

    const all = await as(app, coach).post(`/api/participants/${amina.id}/app-access/revoke-all`);
    expect(all.statusCode).toBe(200);
    expect(all.json().passkeys).toBeGreaterThanOrEqual(1);
    for (const s of [phone, tablet]) expect((await as(app, s).get('/api/me')).statusCode).toBe(401);
    expect((await signInWith(key)).statusCode).toBe(401);
    expect(await actions(amina.id)).toEqual(
      expect.arrayContaining(['participant_app.session_revoke:ok', 'participant_app.revoke_all:ok']),
    );
  });

  it('she signs herself out; sign-out needs her CSRF token', async () => {
    const { res } = await registerWith(tokenOf((await invite(amina.id, 'paper')).url!));
    const s = sessionFrom(res);
    const noCsrf = await as(app, { cookie: s.cookie, csrfToken: '' }).post('/api/me/sign-out');
    expect(noCsrf.statusCode).toBe(403);
    expect((await as(app, s).post('/api/me/sign-out')).statusCode).toBe(204);
    expect((await as(app, s).get('/api/me')).statusCode).toBe(401);
  });
});

describe('a participant session and a staff session never stand in for each other', () => {
  it('her session gets 401 on every staff route, and a staff session gets 401 on hers', async () => {
    const { res } = await registerWith(tokenOf((await invite(amina.id, 'paper')).url!));
    const her = sessionFrom(res);
    const staffRoutes = app.apiRoutes.filter((r) => r.auth === 'full' || r.auth === 'password');
    expect(staffRoutes.length).toBeGreaterThan(50);
    for (const r of staffRoutes) {
      const url = r.url.replace(/:\w+/g, amina.id);
      const call = await app.inject({
        method: r.method as 'GET',
        url,
        headers: { cookie: her.cookie, 'x-csrf-token': her.csrfToken },
        ...(r.method === 'GET' ? {} : { payload: {} }),
      });
      expect(call.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
    const herRoutes = app.apiRoutes.filter((r) => r.auth === 'participant');
    // More come with the app's pages; tests/participant-isolation.test.ts tries each with another's ids.
    expect(herRoutes.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/me', '/api/me/sign-out']));
    for (const r of herRoutes) {
      const call = await app.inject({
        method: r.method as 'GET',
        url: r.url,
        headers: { cookie: coach.cookie, 'x-csrf-token': coach.csrfToken },
        ...(r.method === 'GET' ? {} : { payload: {} }),
      });
      expect(call.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });
});

describe('row-level security in her context', () => {
  it('shows rodtrad_app her own rows and nothing else of any table', async () => {
    // Both have rows in every new table by now. Shared catalogues (rows of no organisation) are not hers to
    // see or not: every row of a unit or an organisation is checked.
    const tables = await db.query<{ table: string; has_participant: boolean; scope: string }>(
      `select c.relname as table,
              exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'participant_id'
                        and not a.attisdropped) as has_participant,
              (select string_agg(a.attname, ',' order by a.attname) from pg_attribute a
                where a.attrelid = c.oid and not a.attisdropped
                  and a.attname in ('unit_id', 'organisation_id')) as scope
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
          and has_table_privilege('rodtrad_app', c.oid, 'select')`,
    );
    expect(tables.rows.length).toBeGreaterThan(30);
    const seen = await db.transaction(async (tx) => {
      await tx.query(
        `select set_config('app.role', 'participant', true), set_config('app.participant_id', $1, true),
                set_config('app.self_unit_id', $2, true), set_config('role', 'rodtrad_app', true)`,
        [amina.id, amina.unitId],
      );
      const out: Record<string, string[]> = {};
      for (const t of tables.rows) {
        const column = t.table === 'participants' ? 'id' : t.has_participant ? 'participant_id' : 'null';
        const where = t.scope === 'organisation_id' ? 'where organisation_id is not null' : '';
        const { rows } = await tx.query<{ p: string | null }>(
          `select ${column}::text as p from "${t.table}" ${where}`,
        );
        out[t.table] = rows.map((r) => r.p ?? 'not hers');
      }
      // She reads her record and never writes it, even with SQL of her own.
      const changed = await tx.query(`update participants set first_name = 'Changed' where id = $1`, [
        amina.id,
      ]);
      expect(changed.rowCount).toBe(0);
      return out;
    });
    for (const [table, rows] of Object.entries(seen)) {
      for (const p of rows) expect(p, `${table} shows a row that is not hers`).toBe(amina.id);
    }
    expect(seen.participants).toEqual([amina.id]);
    for (const t of ['participant_app_invitations', 'participant_passkeys', 'participant_sessions'])
      expect(seen[t]!.length, t).toBeGreaterThan(0);
    const hodanRows = await db.query(`select 1 from participant_sessions where participant_id = $1`, [
      hodan.id,
    ]);
    expect(hodanRows.rows.length).toBeGreaterThan(0);
  });
});
