import type { App } from '#server/app.ts';
import { currentTotp } from '#server/auth/totp.ts';
import type { Db } from '#server/db/types.ts';
import { issueSetupToken } from '#server/setup/service.ts';

export const cookieFrom = (res: { cookies: { name: string; value: string }[] }) => {
  const c = res.cookies.find((x) => x.name === 'rodtrad_session');
  if (!c) throw new Error('no session cookie');
  return `rodtrad_session=${c.value}`;
};

/** The first-run journey through the real API: setup link, password, two-factor enrolment. */
export async function setUpFirstAdministrator(
  app: App,
  db: Db,
  email = 'admin@example.test',
  password = 'ett långt lösenord',
) {
  const token = (await issueSetupToken(db))!;
  const setup = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { token, organisationName: 'Samordningsförbundet Södra', name: 'Ada Admin', email, password },
  });
  if (setup.statusCode !== 204) throw new Error(setup.body);
  return enrolAndSignIn(app, email, password);
}

export async function enrolAndSignIn(app: App, email: string, password: string) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(login.body);
  const half = { cookie: cookieFrom(login), csrfToken: login.json().csrfToken as string };
  const enrol = await app.inject({
    method: 'POST',
    url: '/api/auth/totp/enrolment',
    headers: { cookie: half.cookie, 'x-csrf-token': half.csrfToken },
  });
  const { secret } = enrol.json() as { secret: string };
  const confirm = await app.inject({
    method: 'POST',
    url: '/api/auth/totp/enrolment/confirm',
    headers: { cookie: half.cookie, 'x-csrf-token': half.csrfToken },
    payload: { code: currentTotp(secret) },
  });
  if (confirm.statusCode !== 200) throw new Error(confirm.body);
  return {
    cookie: cookieFrom(confirm),
    csrfToken: confirm.json().csrfToken as string,
    secret,
    halfCookie: half.cookie,
  };
}
