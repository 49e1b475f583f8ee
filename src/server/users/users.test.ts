import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createStaff, createUnit } from '#tests/factories.ts';
import { cookieFrom, enrolAndSignIn } from '#tests/sign-in.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Botkyrka');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const tokenOf = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('token')!;

describe('staff accounts', () => {
  it('an administrator creates a coach who activates her account and signs in with two factors', async () => {
    const res = await as(app, admin).post('/api/users', {
      name: 'Cecilia Coach',
      email: 'Cecilia@Example.test',
      memberships: [{ role: 'coach', unitId: unit.id }],
    });
    expect(res.statusCode).toBe(201);
    const { user, activationLink } = res.json();
    expect(user).toMatchObject({ email: 'cecilia@example.test', twoFactorEnabled: false });
    expect(activationLink.url).toMatch(/^http:\/\/localhost:3000\/password#token=.+&kind=activation$/);

    const set = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: tokenOf(activationLink.url), password: 'coachens hemliga fras' },
    });
    expect(set.statusCode).toBe(204);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: tokenOf(activationLink.url), password: 'ett annat lösenord' },
    });
    expect(again.statusCode).toBe(410);

    const coach = await enrolAndSignIn(app, 'cecilia@example.test', 'coachens hemliga fras');
    const info = (await as(app, coach).get('/api/session')).json();
    expect(info.memberships).toEqual([expect.objectContaining({ role: 'coach', unitName: 'Botkyrka' })]);
    expect(info.abilities).toContain('participants.read');
    const listed = (await as(app, admin).get('/api/users')).json();
    expect(listed.find((u: { id: string }) => u.id === user.id).twoFactorEnabled).toBe(true);
  });

  it('refuses an organisation-wide role with a unit, and a unit role without one', async () => {
    const a = await as(app, admin).post('/api/users', {
      name: 'X',
      email: 'x@example.test',
      memberships: [{ role: 'coach', unitId: null }],
    });
    expect(a.statusCode).toBe(400);
    const b = await as(app, admin).post('/api/users', {
      name: 'Y',
      email: 'y@example.test',
      memberships: [{ role: 'analyst', unitId: unit.id }],
    });
    expect(b.statusCode).toBe(400);
    expect(
      (await db.query("select 1 from users where email in ('x@example.test', 'y@example.test')")).rows,
    ).toEqual([]);
  });

  it('disabling an account ends its sessions at once', async () => {
    const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
    expect((await as(app, teacher).get('/api/session')).statusCode).toBe(200);
    const res = await as(app, admin).patch(`/api/users/${teacher.userId}`, { disabled: true, version: 0 });
    expect(res.json().disabledAt).not.toBeNull();
    expect((await as(app, teacher).get('/api/session')).statusCode).toBe(401);
  });

  it('a reset link can also reset two-factor, and ends old sessions', async () => {
    const res = await as(app, admin).post('/api/users', {
      name: 'Fatima Familjestöd',
      email: 'fatima@example.test',
      memberships: [{ role: 'family_supporter', unitId: unit.id }],
    });
    const { user, activationLink } = res.json();
    await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: tokenOf(activationLink.url), password: 'första lösenordet' },
    });
    const session = await enrolAndSignIn(app, 'fatima@example.test', 'första lösenordet');
    const link = await as(app, admin).post(`/api/users/${user.id}/reset-link`, { resetTwoFactor: true });
    expect(link.statusCode).toBe(201);
    await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: tokenOf(link.json().url), password: 'andra lösenordet!' },
    });
    expect((await as(app, session).get('/api/session')).statusCode).toBe(401);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'fatima@example.test', password: 'andra lösenordet!' },
    });
    expect(login.json().next).toBe('totp_enrolment');
    expect(cookieFrom(login)).toBeTruthy();
  });

  it('changes the roles of someone who has signed in, keeping the roles that stay, and ends her sessions', async () => {
    const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
    const other = await createUnit(db, org.id, 'Huddinge');
    const res = await as(app, admin).patch(`/api/users/${coach.userId}`, {
      memberships: [
        { role: 'coach', unitId: unit.id },
        { role: 'teacher', unitId: other.id },
      ],
      version: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .memberships.map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual(['coach', 'teacher']);
    expect(res.json().memberships.find((m: { role: string }) => m.role === 'coach').id).toBe(
      coach.membershipId,
    );
    expect((await as(app, coach).get('/api/session')).statusCode).toBe(401);
    const dropped = await as(app, admin).patch(`/api/users/${coach.userId}`, {
      memberships: [{ role: 'teacher', unitId: other.id }],
      version: 1,
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json().memberships).toHaveLength(1);
  });

  it('an administrator cannot lock herself out', async () => {
    const res = await as(app, admin).patch(`/api/users/${admin.userId}`, { disabled: true, version: 0 });
    expect(res.statusCode).toBe(403);
  });
});
