import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const other = await createUnit(db, org.id, 'Botkyrka');
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const caseWorker = await createStaff(db, { organisationId: org.id, role: 'case_worker', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const otherCoach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: other.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
await as(app, coach).post(`/api/participants/${amina.id}/team`, {
  userId: coach.userId,
  teamRole: 'coach',
  responsible: true,
});

const bodies = async (session: typeof coach, q = '') =>
  (await as(app, session).get(`/api/participants/${amina.id}/journal${q}`))
    .json()
    .map((e: { body: string }) => e.body);

describe('the journal', () => {
  it('keeps case-workers-only entries from everyone else, in the database itself', async () => {
    expect(
      (
        await as(app, coach).post(`/api/participants/${amina.id}/journal`, {
          visibility: 'team',
          body: 'Första mötet gick bra.',
        })
      ).statusCode,
    ).toBe(201);
    const secret = await as(app, caseWorker).post(`/api/participants/${amina.id}/journal`, {
      visibility: 'case_workers',
      body: 'Försörjningsstöd beviljat för mars.',
    });
    expect(secret.statusCode, secret.body).toBe(201);
    expect(await bodies(caseWorker)).toEqual([
      'Försörjningsstöd beviljat för mars.',
      'Första mötet gick bra.',
    ]);
    expect(await bodies(teacher)).toEqual(['Första mötet gick bra.']);
    expect(await bodies(coach)).toEqual(['Första mötet gick bra.']);
    // Even a raw query in the teacher's context cannot see it.
    const raw = await db.transaction(async (tx) => {
      await tx.query(
        `select set_config('app.unit_id', $1, true), set_config('app.user_id', $2, true), set_config('app.role', 'teacher', true),
                set_config('role', 'rodtrad_app', true)`,
        [unit.id, teacher.userId],
      );
      return (
        await tx.query("select count(*)::int as n from journal_entries where visibility = 'case_workers'")
      ).rows[0];
    });
    expect(raw).toEqual({ n: 0 });
  });

  it('refuses a case-workers-only entry from anyone else', async () => {
    const res = await as(app, coach).post(`/api/participants/${amina.id}/journal`, {
      visibility: 'case_workers',
      body: 'x',
    });
    expect(res.statusCode).toBe(403);
  });

  it('shows a restricted entry to its author and the responsible coach only', async () => {
    await as(app, caseWorker).post(`/api/participants/${amina.id}/journal`, {
      visibility: 'restricted',
      body: 'Hälsa: remiss till vårdcentral.',
    });
    expect(await bodies(coach)).toContain('Hälsa: remiss till vårdcentral.');
    expect(await bodies(caseWorker)).toContain('Hälsa: remiss till vårdcentral.');
    expect(await bodies(teacher)).not.toContain('Hälsa: remiss till vårdcentral.');
  });

  it('is append-only: a correction is a new entry linked to the one it corrects', async () => {
    const first = (
      await as(app, coach).post(`/api/participants/${amina.id}/journal`, {
        visibility: 'team',
        body: 'Nästa möte 3 maj.',
      })
    ).json();
    const fix = await as(app, coach).post(`/api/participants/${amina.id}/journal`, {
      visibility: 'team',
      body: 'Rättelse: nästa möte 5 maj.',
      correctsId: first.id,
    });
    expect(fix.json().correctsId).toBe(first.id);
    const list = (await as(app, coach).get(`/api/participants/${amina.id}/journal`)).json();
    expect(list.find((e: { id: string }) => e.id === first.id)).toMatchObject({
      body: 'Nästa möte 3 maj.',
      correctedById: fix.json().id,
    });
    await expect(db.query("update journal_entries set body = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.query('delete from journal_entries')).rejects.toThrow(/append-only/);
  });

  it('searches within her journal, in Swedish', async () => {
    expect(await bodies(coach, '?q=mötet')).toEqual(['Första mötet gick bra.']);
    expect(await bodies(teacher, '?q=försörjningsstöd')).toEqual([]);
  });

  it('is invisible to another unit, and the attempt is audited', async () => {
    expect((await as(app, otherCoach).get(`/api/participants/${amina.id}/journal`)).statusCode).toBe(404);
  });
});

describe('contacts and the participant’s access log', () => {
  it('records a home visit with an interpreter, and needs the language', async () => {
    const bad = await as(app, coach).post(`/api/participants/${amina.id}/contacts`, {
      kind: 'home_visit',
      happenedAt: '2026-03-02T10:00:00+01:00',
      languageSupport: 'interpreter',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toEqual(['language']);
    const ok = await as(app, coach).post(`/api/participants/${amina.id}/contacts`, {
      kind: 'home_visit',
      happenedAt: '2026-03-02T10:00:00+01:00',
      languageSupport: 'interpreter',
      language: 'so',
      note: 'Tolk via telefon.',
    });
    expect(ok.json()).toMatchObject({
      kind: 'home_visit',
      languageSupport: 'interpreter',
      language: 'so',
      recordedByName: 'Test coach',
    });
    expect((await as(app, teacher).get(`/api/participants/${amina.id}/contacts`)).json()).toHaveLength(1);
  });

  it('tells who opened her file, with names and roles', async () => {
    const log = (await as(app, coach).get(`/api/participants/${amina.id}/access-log`)).json();
    const readers = new Set(
      log
        .filter((e: { action: string }) => e.action === 'journal.read')
        .map((e: { actorRole: string }) => e.actorRole),
    );
    expect(readers).toEqual(new Set(['coach', 'case_worker', 'teacher']));
    expect(log[0]).toMatchObject({ actorName: expect.any(String), at: expect.any(String) });
    expect((await as(app, otherCoach).get(`/api/participants/${amina.id}/access-log`)).statusCode).toBe(404);
  });
});
