import { afterAll, describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createStaff, createUnit } from '#tests/factories.ts';
import { signInAtProvider, startOidcProvider } from '#tests/oidc-provider.ts';
import { cookieFrom } from '#tests/sign-in.ts';

const publicUrl = 'http://localhost:3000';
const provider = await startOidcProvider({
  redirectUri: `${publicUrl}/api/auth/oidc/callback`,
  emails: { 'kc-1': 'karin.coach@kommun.example', stranger: 'stranger@elsewhere.example' },
});
afterAll(() => provider.close());
const { app, db } = await createTestApp({
  OIDC_ISSUER: provider.issuer,
  OIDC_CLIENT_ID: 'rodtrad',
  OIDC_CLIENT_SECRET: 'rodtrad-test-secret',
});
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
await createStaff(db, {
  organisationId: org.id,
  role: 'coach',
  unitId: unit.id,
  email: 'karin.coach@kommun.example',
});

/** The whole browser round trip: our start, the provider's forms, our callback. */
async function signIn(login: string, tamper?: (callback: URL) => void) {
  const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
  expect(start.statusCode).toBe(302);
  const state = start.cookies.find((c) => c.name === 'rodtrad_oidc')!;
  expect(state).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
  const authorize = new URL(start.headers.location as string);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const callback = await signInAtProvider(authorize.href, login);
  expect(callback.href.startsWith(`${publicUrl}/api/auth/oidc/callback`)).toBe(true);
  tamper?.(callback);
  return app.inject({
    method: 'GET',
    url: callback.pathname + callback.search,
    headers: { cookie: `rodtrad_oidc=${state.value}` },
  });
}

describe('OpenID Connect sign-in against a local provider', () => {
  it('offers the provider on the sign-in page', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/options' })).json().oidc).toEqual({
      label: 'Kommunens konto',
    });
  });

  it('signs in the account with the verified e-mail, then still asks for the second factor', async () => {
    const res = await signIn('kc-1');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/login?step=totp_enrolment');
    const half = { cookie: cookieFrom(res), csrfToken: 'x' };
    expect((await as(app, half).get('/api/session')).json().code).toBe('second_factor_required');
    const { rows } = await db.query<{ oidc_subject: string }>(
      "select oidc_subject from users where email = 'karin.coach@kommun.example'",
    );
    expect(rows[0]!.oidc_subject).toBe(`${provider.issuer}#kc-1`);
  });

  it('creates no account for a stranger', async () => {
    const res = await signIn('stranger');
    expect(res.headers.location).toBe('/login?error=no_account');
    expect((await db.query("select 1 from users where email = 'stranger@elsewhere.example'")).rows).toEqual(
      [],
    );
  });

  it('refuses a callback whose state does not match', async () => {
    const res = await signIn('kc-1', (callback) => callback.searchParams.set('state', 'forged'));
    expect(res.headers.location).toBe('/login?error=bad_request');
    expect(res.cookies.find((c) => c.name === 'rodtrad_session')).toBeUndefined();
  });
});
