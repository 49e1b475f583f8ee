import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { inTenant } from '../db/tenant.ts';
import { hasConsent } from './service.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const other = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const coachB = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: other.id });
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
const ctx = {
  db,
  requestId: 't',
  ip: '127.0.0.1',
  actor: {
    userId: coach.userId,
    name: 'c',
    organisationId: org.id,
    membershipId: coach.membershipId,
    role: 'coach' as const,
    unitId: unit.id,
  },
};

describe('consent per purpose', () => {
  it('lists the default purposes in Swedish and English', async () => {
    const purposes = (await as(app, coach).get('/api/consent-purposes')).json();
    expect(purposes.map((p: { key: string }) => p.key)).toEqual(
      expect.arrayContaining(['employment_service', 'adult_education', 'funder_reporting', 'photo_video']),
    );
    expect(purposes[0]).toMatchObject({ labelSv: expect.any(String), labelEn: expect.any(String) });
  });

  it('is given with date and method, and a withdrawal takes effect at once, keeping the history', async () => {
    const given = await as(app, coach).post(`/api/participants/${hodan.id}/consents`, {
      purpose: 'adult_education',
      givenOn: '2025-03-10',
      method: 'oral_with_interpreter',
    });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({
      purpose: 'adult_education',
      givenMethod: 'oral_with_interpreter',
      givenRecordedBy: 'Test coach',
    });
    expect(await inTenant(ctx, (tx) => hasConsent(tx, hodan.id, 'adult_education'))).toBe(true);
    expect(
      (
        await as(app, coach).post(`/api/participants/${hodan.id}/consents`, {
          purpose: 'adult_education',
          givenOn: '2025-03-11',
          method: 'written',
        })
      ).statusCode,
    ).toBe(409);

    const withdrawn = await as(app, coach).post(`/api/consents/${given.json().id}/withdraw`, {
      withdrawnOn: '2025-09-01',
      method: 'written',
    });
    expect(withdrawn.json()).toMatchObject({ withdrawnOn: '2025-09-01', withdrawnMethod: 'written' });
    expect(await inTenant(ctx, (tx) => hasConsent(tx, hodan.id, 'adult_education'))).toBe(false);
    expect(
      (
        await as(app, coach).post(`/api/consents/${given.json().id}/withdraw`, {
          withdrawnOn: '2025-09-02',
          method: 'written',
        })
      ).statusCode,
    ).toBe(409);

    // Given again later: a new row, the withdrawn one stays.
    await as(app, coach).post(`/api/participants/${hodan.id}/consents`, {
      purpose: 'adult_education',
      givenOn: '2026-01-15',
      method: 'written',
    });
    const list = (await as(app, coach).get(`/api/participants/${hodan.id}/consents`)).json();
    expect(
      list.map((c: { givenOn: string; withdrawnOn: string | null }) => [c.givenOn, c.withdrawnOn]),
    ).toEqual([
      ['2026-01-15', null],
      ['2025-03-10', '2025-09-01'],
    ]);
    const { rows } = await db.query<{ action: string }>(
      "select action from audit_log where participant_id = $1 and action like 'consent.%' order by id",
      [hodan.id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'consent.give',
      'consent.withdraw',
      'consent.give',
      'consent.list',
    ]);
  });

  it('refuses an unknown purpose and a withdrawal before the giving', async () => {
    const res = await as(app, coach).post(`/api/participants/${hodan.id}/consents`, {
      purpose: 'marketing',
      givenOn: '2025-03-10',
      method: 'written',
    });
    expect(res.statusCode).toBe(400);
    const given = (
      await as(app, coach).post(`/api/participants/${hodan.id}/consents`, {
        purpose: 'photo_video',
        givenOn: '2025-03-10',
        method: 'written',
      })
    ).json();
    expect(
      (
        await as(app, coach).post(`/api/consents/${given.id}/withdraw`, {
          withdrawnOn: '2025-03-09',
          method: 'written',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('another unit can neither read nor withdraw her consents', async () => {
    expect((await as(app, coachB).get(`/api/participants/${hodan.id}/consents`)).statusCode).toBe(404);
    const { rows } = await db.query<{ id: string }>('select id from consents limit 1');
    expect(
      (
        await as(app, coachB).post(`/api/consents/${rows[0]!.id}/withdraw`, {
          withdrawnOn: '2026-01-01',
          method: 'written',
        })
      ).statusCode,
    ).toBe(404);
  });
});
