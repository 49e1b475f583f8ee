import { describe, expect, it } from 'vitest';
import { as, createTestApp } from './app.ts';
import { createOrganisation, createStaff, createUnit } from './factories.ts';

/** Bad input gets a clear problem-details answer, writes nothing, and never shows a stack trace. */
const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Nykvarn');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const countUnits = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from units')).rows[0]!.n;

const expectProblem = (
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  code: string,
) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, code, requestId: expect.any(String) });
  expect(res.body).not.toMatch(/at .*\.ts:\d+|node_modules/);
  return body;
};

describe('bad input', () => {
  it('malformed JSON', async () => {
    const res = await as(app, admin).post('/api/units', '{"name": ', {
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'bad_request');
  });

  it('wrong types, with every issue and its path', async () => {
    const body = expectProblem(
      await as(app, admin).post('/api/units', { name: 42, municipalityCode: 'abc' }),
      400,
      'validation',
    );
    expect(body.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual([
      'municipalityCode',
      'name',
    ]);
  });

  it('unknown fields', async () => {
    const body = expectProblem(
      await as(app, admin).post('/api/units', { name: 'Järna', admin: true }),
      400,
      'validation',
    );
    expect(JSON.stringify(body.errors)).toMatch(/admin/);
  });

  it('an oversized body', async () => {
    const res = await as(app, admin).post('/api/units', { name: 'x'.repeat(300_000) });
    expectProblem(res, 413, 'payload_too_large');
  });

  it('a body that is not JSON', async () => {
    const res = await as(app, admin).post('/api/units', 'name=x', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('SQL-injection and script strings are stored as plain text, never run', async () => {
    const before = await countUnits();
    const name = `Robert'); drop table units; -- <script>alert(1)</script>`;
    const res = await as(app, admin).post('/api/units', { name });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe(name);
    expect(await countUnits()).toBe(before + 1);
    const list = await as(app, coach).get(`/api/participants?q=${encodeURIComponent("' or 1=1 --")}`);
    expect(list.json()).toMatchObject({ items: [], total: 0 });
  });

  it('an unknown route and a bad id', async () => {
    expectProblem(await as(app, admin).get('/api/nothing-here'), 404, 'not_found');
    const body = expectProblem(await as(app, admin).get('/api/units/not-a-uuid'), 400, 'validation');
    expect(body.errors[0].path).toEqual(['id']);
  });

  it('nothing is written by a rejected request', async () => {
    const before = await countUnits();
    await as(app, admin).post('/api/units', { name: '' });
    await as(app, coach).post('/api/units', { name: 'Coach may not' });
    expect(await countUnits()).toBe(before);
  });

  it('answers with security headers and a request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
