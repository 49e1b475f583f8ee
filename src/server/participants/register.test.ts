import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '#shared/identity-number.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitA.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unitA.id });
const coachB = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitB.id });
const inB = await createParticipant(db, unitB.id, 'Hodan', 'Yusuf');

/** A fictional 12-digit number with a correct check digit. */
const fictional = (yyyymmdd: string, serial: string) =>
  `${yyyymmdd}${serial}${luhnCheckDigit(yyyymmdd.slice(2) + serial)}`;

const full = {
  firstName: 'Amina',
  lastName: 'Ali',
  identityNumber: '19121212-1212', // Skatteverket's test number
  gender: 'woman',
  languages: ['so', 'ar', 'so'],
  interpreterNeeded: true,
  interpreterLanguage: 'so',
  phone: '070-123 45 67',
  email: 'Amina@Example.test',
  preferredChannel: 'sms',
  residentialArea: 'Ronna',
  householdAdults: 2,
  childrenAges: [3, 7],
  arrivalYear: 2019,
  educationLevel: '1',
  schoolingYears: 6,
  firstLanguageLiteracy: 'limited',
  workExperience: 'Sömmerska i tio år.',
  labourMarketStatus: 'long_term_unemployed',
  incomeSource: 'social_assistance',
};

const auditOf = async (participantId: string) =>
  (
    await db.query<{ action: string; outcome: string; details: Record<string, unknown> }>(
      'select action, outcome, details from audit_log where participant_id = $1 order by id',
      [participantId],
    )
  ).rows;

describe('the participant register', () => {
  it('registers every field, normalises the identity number and derives the birth date', async () => {
    const res = await as(app, coach).post('/api/participants', full);
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      identityNumber: '191212121212',
      identityNumberMasked: '19121212-****',
      birthDate: '1912-12-12',
      languages: ['so', 'ar'],
      email: 'amina@example.test',
      childrenAges: [3, 7],
      educationLevel: '1',
      version: 0,
    });
    const read = (await as(app, coach).get(`/api/participants/${p.id}`)).json();
    expect(read).toEqual(p);
    const entries = await auditOf(p.id);
    expect(entries.map((e) => e.action)).toEqual(['participant.create', 'participant.read']);
    // Field names only, never values.
    expect(entries[0]!.details.fields).toContain('identityNumber');
    expect(JSON.stringify(entries)).not.toContain('1212121212');
  });

  it('masks the identity number in the list, and finds a participant by her number', async () => {
    const number = fictional('19850505', '234');
    await as(app, coach).post('/api/participants', {
      firstName: 'Bashir',
      lastName: 'Noori',
      identityNumber: number,
    });
    for (const q of [number, `${number.slice(2, 8)}-${number.slice(8)}`, number.slice(0, 8)]) {
      const list = (await as(app, coach).get(`/api/participants?q=${encodeURIComponent(q)}`)).json();
      expect(list.items, q).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ firstName: 'Bashir', identityNumberMasked: '19850505-****' });
      expect(list.items[0].identityNumber).toBeUndefined();
    }
    const { rows } = await db.query<{ details: { q: string } }>(
      `select details from audit_log where action = 'participant.list' order by id desc limit 1`,
    );
    expect(rows[0]!.details.q).toBe('(identity number)');
  });

  it('refuses a bad identity number with its path, and other invalid fields with theirs', async () => {
    const bad = await as(app, coach).post('/api/participants', {
      firstName: 'X',
      lastName: 'Y',
      identityNumber: '19121212-1213',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: unknown }) => e.path)).toEqual([['identityNumber']]);
    const impossible = await as(app, coach).post('/api/participants', {
      firstName: 'X',
      lastName: 'Y',
      identityNumber: '19900230-1234',
    });
    expect(impossible.json().errors[0].path).toEqual(['identityNumber']);
    const many = await as(app, coach).post('/api/participants', {
      firstName: 'X',
      lastName: 'Y',
      gender: 'other',
      languages: ['Somali'],
      schoolingYears: 26,
      arrivalYear: 3000,
    });
    expect(many.statusCode).toBe(400);
    expect(
      many
        .json()
        .errors.map((e: { path: unknown[] }) => e.path[0])
        .sort(),
    ).toEqual(['arrivalYear', 'gender', 'languages', 'schoolingYears']);
    const cross = await as(app, coach).post('/api/participants', {
      firstName: 'X',
      lastName: 'Y',
      interpreterNeeded: true,
      preferredChannel: 'email',
    });
    expect(
      cross
        .json()
        .errors.map((e: { path: unknown[] }) => e.path[0])
        .sort(),
    ).toEqual(['email', 'interpreterLanguage']);
  });

  it('edits at the version read, audits the changed field names, and answers a stale version with the current record', async () => {
    const p = (
      await as(app, coach).post('/api/participants', {
        firstName: 'Dawit',
        lastName: 'Tesfay',
        birthDate: '1992-01-01',
      })
    ).json();
    const edited = await as(app, coach).patch(`/api/participants/${p.id}`, {
      version: 0,
      firstName: 'Dawit',
      residentialArea: 'Hovsjö',
      languages: ['ti'],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ residentialArea: 'Hovsjö', languages: ['ti'], version: 1 });
    const stale = await as(app, coach).patch(`/api/participants/${p.id}`, {
      version: 0,
      residentialArea: 'X',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { id: p.id, residentialArea: 'Hovsjö', version: 1 },
    });
    const entries = await auditOf(p.id);
    expect(entries.slice(1)).toEqual([
      { action: 'participant.update', outcome: 'ok', details: { fields: ['languages', 'residentialArea'] } },
      { action: 'participant.update', outcome: 'failed', details: { reason: 'version_conflict' } },
    ]);
  });

  it('adding an identity number later sets the birth date from it', async () => {
    const p = (
      await as(app, coach).post('/api/participants', { firstName: 'Olena', lastName: 'Koval' })
    ).json();
    const number = fictional('19880314', '567');
    const res = await as(app, coach).patch(`/api/participants/${p.id}`, {
      version: 0,
      identityNumber: number,
    });
    expect(res.json()).toMatchObject({ identityNumber: number, birthDate: '1988-03-14' });
    expect((await auditOf(p.id)).at(-1)!.details).toEqual({ fields: ['identityNumber', 'birthDate'] });
  });

  it('guards against duplicates: same name and birth date until confirmed, same number always', async () => {
    const first = (
      await as(app, coach).post('/api/participants', {
        firstName: 'Fatima',
        lastName: 'Rahimi',
        birthDate: '1995-06-01',
      })
    ).json();
    const again = await as(app, coach).post('/api/participants', {
      firstName: 'fatima',
      lastName: 'RAHIMI',
      birthDate: '1995-06-01',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'possible_duplicate',
      duplicates: [
        { id: first.id, firstName: 'Fatima', birthDate: '1995-06-01', match: 'name_and_birth_date' },
      ],
    });
    const confirmed = await as(app, coach).post('/api/participants', {
      firstName: 'Fatima',
      lastName: 'Rahimi',
      birthDate: '1995-06-01',
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);

    // A number whose birth date and name match someone without a number is a possible duplicate too.
    const number = fictional('19950601', '345');
    const withNumber = await as(app, coach).post('/api/participants', {
      firstName: 'Fatima',
      lastName: 'Rahimi',
      identityNumber: number,
    });
    expect(withNumber.json().code).toBe('possible_duplicate');
    expect(
      (
        await as(app, coach).post('/api/participants', {
          firstName: 'Fatima',
          lastName: 'Rahimi',
          identityNumber: number,
          confirmNotDuplicate: true,
        })
      ).statusCode,
    ).toBe(201);
    const sameNumber = await as(app, coach).post('/api/participants', {
      firstName: 'Someone',
      lastName: 'Else',
      identityNumber: number.slice(2),
      confirmNotDuplicate: true,
    });
    expect(sameNumber.statusCode).toBe(409);
    expect(sameNumber.json()).toMatchObject({
      code: 'identity_number_taken',
      duplicates: [{ identityNumberMasked: `${number.slice(0, 8)}-****`, match: 'identity_number' }],
    });
    // Another unit may register the same person: units are separate registers.
    const elsewhere = await as(app, coachB).post('/api/participants', {
      firstName: 'Fatima',
      lastName: 'Rahimi',
      identityNumber: number,
    });
    expect(elsewhere.statusCode).toBe(201);
    const { rows } = await db.query(
      `select outcome, details->>'reason' as reason from audit_log
        where action = 'participant.create' and actor_user_id = $1 and outcome = 'denied'`,
      [coach.userId],
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses an edit that would give two participants the same number', async () => {
    const number = fictional('19700101', '456');
    await as(app, coach).post('/api/participants', { firstName: 'A', lastName: 'B', identityNumber: number });
    const other = (await as(app, coach).post('/api/participants', { firstName: 'C', lastName: 'D' })).json();
    const res = await as(app, coach).patch(`/api/participants/${other.id}`, {
      version: 0,
      identityNumber: number,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('identity_number_taken');
  });

  it('another unit’s participant can be neither edited nor read, and each attempt is audited as denied', async () => {
    const res = await as(app, coach).patch(`/api/participants/${inB.id}`, { version: 0, firstName: 'X' });
    expect(res.statusCode).toBe(404);
    expect((await as(app, coach).get(`/api/participants/${inB.id}`)).statusCode).toBe(404);
    expect((await auditOf(inB.id)).map((e) => [e.action, e.outcome])).toEqual([
      ['participant.update', 'denied'],
      ['participant.read', 'denied'],
    ]);
    const { rows } = await db.query('select first_name from participants where id = $1', [inB.id]);
    expect(rows).toEqual([{ first_name: 'Hodan' }]);
  });

  it('lets a teacher read but not register or edit', async () => {
    expect((await as(app, teacher).get('/api/participants')).statusCode).toBe(200);
    expect(
      (await as(app, teacher).post('/api/participants', { firstName: 'X', lastName: 'Y' })).statusCode,
    ).toBe(403);
  });
});
