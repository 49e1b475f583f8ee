import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const coachA = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitA.id });
const teacherA = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unitA.id });
const coachB = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitB.id });

// Fictional numbers in the real format (see organisation-number.test.ts).
const bakery = {
  name: 'Bageriet Test AB',
  organisationNumber: '556677-8899',
  sniCode: '10.710',
  industry: 'Bageri',
  addresses: [{ kind: 'visiting', street: 'Storgatan 1', postalCode: '151 72', city: 'Södertälje' }],
  contacts: [
    { name: 'Karin Lind', title: 'Butikschef', phone: '08-123 456 78', email: 'karin@bageriet.test' },
  ],
  notes: 'Tar gärna emot på förmiddagar.',
  offers: ['internship', 'study_visit', 'internship'],
};

const create = (session = coachA, body: object = bakery) => as(app, session).post('/api/employers', body);

describe('employers', () => {
  it('a coach registers an employer, normalised, and reads it back; each step is audited', async () => {
    const res = await create();
    expect(res.statusCode, res.body).toBe(201);
    const employer = res.json();
    expect(employer).toMatchObject({
      unitId: unitA.id,
      organisationNumber: '5566778899',
      sniCode: '10710',
      addresses: [{ kind: 'visiting', postalCode: '15172' }],
      contacts: [{ name: 'Karin Lind', language: null, email: 'karin@bageriet.test' }],
      offers: ['study_visit', 'internship'],
      version: 0,
    });
    expect((await as(app, coachA).get(`/api/employers/${employer.id}`)).json()).toEqual(employer);
    const { rows } = await db.query<{ action: string; outcome: string }>(
      "select action, outcome from audit_log where subject_id = $1 and subject_type = 'employer' order by id",
      [employer.id],
    );
    expect(rows).toEqual([
      { action: 'employer.create', outcome: 'ok' },
      { action: 'employer.read', outcome: 'ok' },
    ]);
  });

  it('refuses invalid fields with problem details naming each path', async () => {
    const res = await create(coachA, {
      name: '',
      organisationNumber: '556677-8898',
      sniCode: '1071',
      addresses: [{ kind: 'postal', street: 'Box 1', postalCode: '1517', city: 'Södertälje' }],
      contacts: [{ name: 'Ola', email: 'not-an-address' }],
      offers: ['lunch'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = res.json().errors.map((e: { path: (string | number)[] }) => e.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'organisationNumber',
        'sniCode',
        'addresses.0.postalCode',
        'contacts.0.email',
        'offers.0',
      ]),
    );
  });

  it('refuses a second employer with the same number in the unit, naming the first', async () => {
    const first = (
      await create(coachA, { name: 'Föreningen Test', organisationNumber: '802400-0005' })
    ).json();
    const again = await create(coachA, { name: 'Föreningen igen', organisationNumber: '8024000005' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'organisation_number_taken',
      existing: { id: first.id, name: 'Föreningen Test' },
    });
    // Another unit keeps its own register.
    expect(
      (await create(coachB, { name: 'Samma förening', organisationNumber: '8024000005' })).statusCode,
    ).toBe(201);
    // Employers without a number never clash.
    for (const name of ['Utländsk firma 1', 'Utländsk firma 2']) {
      expect((await create(coachA, { name })).statusCode).toBe(201);
    }
  });

  it('refuses a stale version with the current record, and an edit onto a taken number', async () => {
    const employer = (await create(coachA, { name: 'Verkstaden', organisationNumber: '969600-0000' })).json();
    const first = await as(app, coachA).patch(`/api/employers/${employer.id}`, {
      offers: ['job'],
      version: 0,
    });
    expect(first.json()).toMatchObject({ offers: ['job'], version: 1 });
    const stale = await as(app, coachA).patch(`/api/employers/${employer.id}`, { name: 'Nytt', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { name: 'Verkstaden', offers: ['job'], version: 1 },
    });
    const taken = await as(app, coachA).patch(`/api/employers/${employer.id}`, {
      organisationNumber: '5566778899',
      version: 1,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('organisation_number_taken');
    const { rows } = await db.query<{ outcome: string; details: { fields?: string[] } }>(
      "select outcome, details from audit_log where subject_id = $1 and action = 'employer.update' order by id",
      [employer.id],
    );
    expect(rows.map((r) => r.outcome)).toEqual(['ok', 'failed']);
    expect(rows[0]!.details.fields).toEqual(['offers']);
  });

  it('finds employers by name, misspelt name or number, filters by offer and pages', async () => {
    const list = (query: string) => as(app, coachA).get(`/api/employers${query}`);
    expect((await list('?q=bageri')).json().items.map((e: { name: string }) => e.name)).toEqual([
      'Bageriet Test AB',
    ]);
    expect((await list('?q=Bagerit')).json().items.map((e: { name: string }) => e.name)).toContain(
      'Bageriet Test AB',
    );
    expect((await list('?q=556677-88')).json().items.map((e: { name: string }) => e.name)).toEqual([
      'Bageriet Test AB',
    ]);
    const jobs = (await list('?offer=job')).json();
    expect(jobs.items.map((e: { name: string }) => e.name)).toEqual(['Verkstaden']);
    const page = (await list('?limit=2&offset=1')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect((await list('?offer=lunch')).statusCode).toBe(400);
  });

  it('another unit neither sees nor edits an employer: 404, with the attempt audited', async () => {
    const employer = (await create(coachA, { name: 'Hemligt Företag AB' })).json();
    expect((await as(app, coachB).get(`/api/employers/${employer.id}`)).statusCode).toBe(404);
    expect(
      (await as(app, coachB).patch(`/api/employers/${employer.id}`, { name: 'Kapat', version: 0 }))
        .statusCode,
    ).toBe(404);
    const list = (await as(app, coachB).get('/api/employers?q=Hemligt')).json();
    expect(list.items).toEqual([]);
    const { rows } = await db.query<{ action: string; outcome: string }>(
      'select action, outcome from audit_log where subject_id = $1 and actor_user_id = $2 order by id',
      [employer.id, coachB.userId],
    );
    expect(rows).toEqual([
      { action: 'employer.read', outcome: 'denied' },
      { action: 'employer.update', outcome: 'denied' },
    ]);
    expect((await as(app, coachA).get(`/api/employers/${employer.id}`)).json().name).toBe(
      'Hemligt Företag AB',
    );
  });

  it('a teacher reads the register but cannot write to it', async () => {
    const employer = (await create(coachA, { name: 'Skolköket' })).json();
    expect((await as(app, teacherA).get('/api/employers')).statusCode).toBe(200);
    expect((await as(app, teacherA).get(`/api/employers/${employer.id}`)).statusCode).toBe(200);
    expect((await create(teacherA, { name: 'Lärarens företag' })).statusCode).toBe(403);
    expect(
      (await as(app, teacherA).patch(`/api/employers/${employer.id}`, { name: 'x', version: 0 })).statusCode,
    ).toBe(403);
  });
});
