import { describe, expect, it } from 'vitest';
import { roles } from '#shared/roles.ts';
import { can } from '#server/lib/permissions.ts';
import { newId } from '#server/lib/ids.ts';
import { as, createTestApp } from './app.ts';
import { createOrganisation, createStaff, createUnit } from './factories.ts';

/** Walks every API route with every role and checks the answer against the one permission matrix. */
const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const sessions = Object.fromEntries(
  await Promise.all(
    roles.map(async (role) => [
      role,
      await createStaff(db, { organisationId: org.id, role, unitId: unit.id }),
    ]),
  ),
);
const routes = app.apiRoutes.filter((r) => r.url !== '/api/auth/logout');
const urlOf = (url: string) => url.replace(/:\w+/g, newId());

describe('permission matrix', () => {
  it('knows every route', () => {
    expect(routes.length).toBeGreaterThan(15);
    for (const r of routes)
      if (r.auth === 'full' && r.url !== '/api/session' && r.url !== '/api/session/membership') {
        expect(r.permission, `${r.method} ${r.url} names no permission`).toBeDefined();
      }
  });

  it.each(routes.filter((r) => r.auth !== 'public'))(
    '$method $url refuses a caller without a session',
    async (r) => {
      const res = await app.inject({
        method: r.method as 'GET',
        url: urlOf(r.url),
        payload: r.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    },
  );

  for (const role of roles) {
    it.each(routes)(`$method $url as ${role}`, async (r) => {
      const api = as(app, sessions[role]!);
      const url = urlOf(r.url);
      const res =
        r.method === 'GET' ? await api.get(url) : await api[r.method.toLowerCase() as 'post'](url, {});
      const allowed = r.permission ? can(role, r.permission) : true;
      if (allowed) expect(res.statusCode, res.body).not.toBe(403);
      else expect(res.statusCode, res.body).toBe(403);
      expect(res.statusCode).toBeLessThan(500);
    });
  }
});
