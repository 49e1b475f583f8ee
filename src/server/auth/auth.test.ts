import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { cookieFrom, enrolAndSignIn, setUpFirstAdministrator } from '#tests/sign-in.ts';
import { currentTotp } from './totp.ts';

const { app, db } = await createTestApp();
const admin = await setUpFirstAdministrator(app, db);
const password = 'ett långt lösenord';

const login = (email: string, pw: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: pw } });

describe('first run and sign-in', () => {
  it('gives the new administrator a session with her abilities', async () => {
    const res = await as(app, admin).get('/api/session');
    expect(res.statusCode).toBe(200);
    const info = res.json();
    expect(info.user.email).toBe('admin@example.test');
    expect(info.organisation.name).toBe('Samordningsförbundet Södra');
    expect(info.abilities).toContain('units.manage');
    expect(info.abilities).not.toContain('participants.read');
  });

  it('uses a setup link once', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/options' });
    expect(res.json()).toEqual({ oidc: null, setupRequired: false });
  });

  it('stores the password as an argon2id hash, never in the clear', async () => {
    const { rows } = await db.query<{ password_hash: string }>('select password_hash from users');
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('asks for the code after the password, and the half session reaches nothing else', async () => {
    const res = await login('admin@example.test', password);
    const cookie = res.cookies.find((c) => c.name === 'rodtrad_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(res.json().next).toBe('totp');
    const half = { cookie: cookieFrom(res), csrfToken: res.json().csrfToken };
    const units = await as(app, half).get('/api/units');
    expect(units.statusCode).toBe(401);
    expect(units.json().code).toBe('second_factor_required');
  });

  it('tells a half-finished sign-in which step is next, with its CSRF token', async () => {
    const res = await login('admin@example.test', password);
    const pending = await app.inject({
      method: 'GET',
      url: '/api/auth/pending',
      headers: { cookie: cookieFrom(res) },
    });
    expect(pending.json()).toEqual({ next: 'totp', csrfToken: res.json().csrfToken });
    expect((await as(app, admin).get('/api/auth/pending')).json().next).toBeNull();
  });

  it('accepts a code once, rejects a wrong one and a replayed one', async () => {
    const res = await login('admin@example.test', password);
    const half = { cookie: cookieFrom(res), csrfToken: res.json().csrfToken };
    const wrong = await as(app, half).post('/api/auth/totp', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    const expired = await as(app, half).post('/api/auth/totp', {
      code: currentTotp(admin.secret, Date.now() - 90_000),
    });
    expect(expired.statusCode).toBe(401);
    // The enrolment already used the current step's code: it cannot be used again.
    const replay = await as(app, half).post('/api/auth/totp', { code: currentTotp(admin.secret) });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toMatch(/already been used/);
    const next = await as(app, half).post('/api/auth/totp', {
      code: currentTotp(admin.secret, Date.now() + 30_000),
    });
    expect(next.statusCode).toBe(200);
    // The session id changed: the pre-code cookie is worthless now.
    expect(cookieFrom(next)).not.toBe(half.cookie);
    expect((await as(app, half).get('/api/session')).statusCode).toBe(401);
    const { rows } = await db.query<{ action: string; outcome: string }>(
      "select action, outcome from audit_log where action like 'auth.%' order by id",
    );
    expect(rows).toContainEqual({ action: 'auth.totp', outcome: 'failed' });
    expect(rows.at(-1)).toEqual({ action: 'auth.login', outcome: 'ok' });
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const a = await login('admin@example.test', 'fel lösenord här');
    const b = await login('nobody@example.test', 'fel lösenord här');
    expect([a.statusCode, b.statusCode]).toEqual([401, 401]);
    expect(a.json().detail).toBe(b.json().detail);
  });

  it('locks an account after five failures in a row', async () => {
    await db.query(
      `insert into users (id, organisation_id, email, name, password_hash)
       select gen_random_uuid(), organisation_id, 'locked@example.test', 'L', password_hash from users limit 1`,
    );
    for (let i = 0; i < 5; i++)
      expect((await login('locked@example.test', 'fel fel fel fel')).statusCode).toBe(401);
    const locked = await login('locked@example.test', password);
    expect(locked.statusCode).toBe(423);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('rejects forged, revoked and expired session cookies', async () => {
    const forged = await as(app, { cookie: 'rodtrad_session=forged', csrfToken: 'x' }).get('/api/session');
    expect(forged.statusCode).toBe(401);
    const s = await enrolAndSignIn(app, 'admin@example.test', password).catch(() => null);
    expect(s).toBeNull(); // already enrolled: enrolment cannot be restarted by a half session
    await db.query("update sessions set expires_at = now() - interval '1 second' where revoked_at is null");
    expect((await as(app, admin).get('/api/session')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a change without the token, and with a wrong one', async () => {
    const res = await login('admin@example.test', password);
    const cookie = cookieFrom(res);
    const missing = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf');
    const wrong = await as(app, { cookie, csrfToken: 'wrong' }).post('/api/auth/logout');
    expect(wrong.statusCode).toBe(403);
  });
});
