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

  it('pages the list by a neighbour’s id both ways, with the total and the position beside every page', async () => {
    const unitC = await createUnit(db, org.id, 'Nykvarn');
    const coachC = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitC.id });
    for (const name of ['Abdi', 'Bashir', 'Cawo', 'Deeqa', 'Eman'])
      await createParticipant(db, unitC.id, name, 'Nur');
    const page = async (q: string) => {
      const body = (await as(app, coachC).get(`/api/participants?limit=2&${q}`)).json();
      const names = body.items.map((p: { firstName: string }) => p.firstName);
      const id = (i: number) => body.items[i]?.id;
      return { names, total: body.total, position: body.position, body, id };
    };
    const first = await page('');
    expect(first).toMatchObject({ names: ['Abdi', 'Bashir'], total: 5, position: 0 });
    expect(first.body).toMatchObject({ previous: null, next: first.id(1) });
    const second = await page(`after=${first.body.next}`);
    expect(second).toMatchObject({ names: ['Cawo', 'Deeqa'], position: 2 });
    expect(second.body).toMatchObject({ previous: second.id(0), next: second.id(1) });
    const last = await page(`after=${second.body.next}`);
    expect(last).toMatchObject({ names: ['Eman'], position: 4 });
    expect(last.body).toMatchObject({ previous: last.id(0), next: null });
    const back = await page(`before=${last.body.previous}`);
    expect(back).toMatchObject({ names: ['Cawo', 'Deeqa'], position: 2 });
    expect(back.body).toMatchObject({ previous: back.id(0), next: back.id(1) });
    const start = await page(`before=${back.body.previous}`);
    expect(start).toMatchObject({ names: ['Abdi', 'Bashir'], position: 0 });
    expect(start.body).toMatchObject({ previous: null, next: start.id(1) });
    expect((await page('q=Nobody')).body).toEqual({
      items: [],
      total: 0,
      position: 0,
      previous: null,
      next: null,
    });

    // Another unit's id is no place to continue from, and both directions at once is no question.
    const elsewhere = await as(app, coachC).get(`/api/participants?after=${inB.id}`);
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.headers['content-type']).toContain('application/problem+json');
    const both = await as(app, coachC).get(`/api/participants?after=${first.id(0)}&before=${first.id(1)}`);
    expect(both.statusCode).toBe(400);
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
