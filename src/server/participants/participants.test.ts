import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const coachA = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitA.id });
const inB = await createParticipant(db, unitB.id, 'Hodan', 'Yusuf');

describe('participants (tenant isolation through the API)', () => {
  it('a coach creates and lists participants of her unit, and each read is audited', async () => {
    const created = await as(app, coachA).post('/api/participants', {
      firstName: 'Amina',
      lastName: 'Ali',
      birthDate: '1990-04-01',
    });
    expect(created.statusCode).toBe(201);
    const list = (await as(app, coachA).get('/api/participants')).json();
    expect(list.items.map((p: { firstName: string }) => p.firstName)).toEqual(['Amina']);
    const read = await as(app, coachA).get(`/api/participants/${created.json().id}`);
    expect(read.json().birthDate).toBe('1990-04-01');
    const { rows } = await db.query<{ action: string; request_id: string; ip: string; unit_id: string }>(
      'select action, request_id, ip, unit_id from audit_log where actor_user_id = $1 order by id',
      [coachA.userId],
    );
    expect(rows.map((r) => r.action)).toEqual(['participant.create', 'participant.list', 'participant.read']);
    expect(rows[2]).toMatchObject({
      request_id: read.headers['x-request-id'],
      ip: '127.0.0.1',
      unit_id: unitA.id,
    });
  });

  it('pages the list with the total beside every page, also one past the end', async () => {
    const unitC = await createUnit(db, org.id, 'Nykvarn');
    const coachC = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitC.id });
    for (const name of ['Abdi', 'Bashir', 'Cawo', 'Deeqa', 'Eman'])
      await createParticipant(db, unitC.id, name, 'Nur');
    const page = async (q: string) => (await as(app, coachC).get(`/api/participants?${q}`)).json();
    expect(await page('limit=2&offset=2')).toMatchObject({
      total: 5,
      items: [{ firstName: 'Cawo' }, { firstName: 'Deeqa' }],
    });
    expect(await page('limit=2&offset=10')).toEqual({ total: 5, items: [] });
    expect(await page('q=Nobody')).toEqual({ total: 0, items: [] });
  });

  it('another unit’s participant is not found, and the attempt is in the audit log', async () => {
    const res = await as(app, coachA).get(`/api/participants/${inB.id}`);
    expect(res.statusCode).toBe(404);
    const { rows } = await db.query('select outcome from audit_log where participant_id = $1', [inB.id]);
    expect(rows).toEqual([{ outcome: 'denied' }]);
  });

  it('search forgives a small misspelling', async () => {
    await as(app, coachA).post('/api/participants', { firstName: 'Muhammad', lastName: 'Hassan' });
    const res = (await as(app, coachA).get('/api/participants?q=Muhamad')).json();
    expect(res.items.map((p: { firstName: string }) => p.firstName)).toContain('Muhammad');
  });

  it.each(['Mohamed', 'Mohammed hasan', 'muhamad', 'Mohamad Hassan'])(
    'search finds Muhammad Hassan for %s',
    async (q) => {
      const res = (await as(app, coachA).get(`/api/participants?q=${encodeURIComponent(q)}`)).json();
      expect(res.items.map((p: { firstName: string }) => p.firstName)).toContain('Muhammad');
    },
  );

  it('search across transliterations does not find everyone', async () => {
    await as(app, coachA).post('/api/participants', { firstName: 'Youssef', lastName: 'Karimi' });
    const yusuf = (await as(app, coachA).get('/api/participants?q=Yusuf')).json();
    expect(yusuf.items.map((p: { firstName: string }) => p.firstName)).toEqual(['Youssef']);
  });
});
