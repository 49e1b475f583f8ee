import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import {
  createOrganisation,
  createParticipant,
  createStaff,
  createUnit,
  staffCtx,
} from '#tests/factories.ts';
import { inTenant } from '../db/tenant.ts';
import { hasConsent } from './service.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const other = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const coachB = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: other.id });
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
const ctx = staffCtx(db, coach);

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

const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const otherOrg = await createOrganisation(db, 'Samordningsförbundet Annat');
const otherAdmin = await createStaff(db, { organisationId: otherOrg.id, role: 'administrator' });

describe('consent purposes', () => {
  const keys = async (session: typeof coach, query = '') =>
    (await as(app, session).get(`/api/consent-purposes${query}`)).json().map((p: { key: string }) => p.key);

  it('are configurable per organisation: added, renamed and archived by its administrator', async () => {
    const added = await as(app, admin).post('/api/consent-purposes', {
      key: 'language_friend',
      labelSv: 'Kontakt med språkvän',
      labelEn: 'Contact with a language friend',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ builtIn: false, archived: false });
    expect(await keys(coach)).toContain('language_friend');
    expect(await keys(otherAdmin)).not.toContain('language_friend');
    const given = await as(app, coach).post(`/api/participants/${hodan.id}/consents`, {
      purpose: 'language_friend',
      givenOn: '2026-11-01',
      method: 'oral_with_interpreter',
    });
    expect(given.statusCode).toBe(201);

    const renamed = await as(app, admin).patch('/api/consent-purposes/language_friend', {
      labelSv: 'Kontakt med en språkvän',
    });
    expect(renamed.json().labelSv).toBe('Kontakt med en språkvän');
    await as(app, admin).patch('/api/consent-purposes/language_friend', { archived: true });
    expect(await keys(coach)).not.toContain('language_friend');
    expect(await keys(admin, '?all=true')).toContain('language_friend');
    const afterArchive = await as(app, coach).post(`/api/participants/${hodan.id}/consents`, {
      purpose: 'language_friend',
      givenOn: '2026-11-02',
      method: 'written',
    });
    expect(afterArchive.statusCode).toBe(400);
    // The consent given before stays.
    const consents = (await as(app, coach).get(`/api/participants/${hodan.id}/consents`)).json();
    expect(consents.map((c: { purpose: string }) => c.purpose)).toContain('language_friend');
  });

  it('refuse a taken key, changes to built-in or another organisation’s purposes, and other roles', async () => {
    const taken = await as(app, otherAdmin).post('/api/consent-purposes', {
      key: 'language_friend',
      labelSv: 'X',
      labelEn: 'X',
    });
    expect(taken.json()).toMatchObject({ status: 409, errors: [{ path: ['key'] }] });
    expect(
      (await as(app, admin).patch('/api/consent-purposes/photo_video', { labelSv: 'X' })).statusCode,
    ).toBe(403);
    expect(
      (await as(app, otherAdmin).patch('/api/consent-purposes/language_friend', { labelSv: 'X' })).statusCode,
    ).toBe(404);
    expect(
      (await as(app, coach).post('/api/consent-purposes', { key: 'abc', labelSv: 'X', labelEn: 'X' }))
        .statusCode,
    ).toBe(403);
    // Row-level security as well: the app role cannot change a built-in purpose, whatever the code does.
    const changed = await inTenant(
      { ...ctx, actor: { ...ctx.actor, role: 'administrator', unitId: null } },
      (tx) => tx.query("update consent_purposes set label_sv = 'X' where key = 'photo_video'"),
    );
    expect(changed.rowCount).toBe(0);
  });
});
