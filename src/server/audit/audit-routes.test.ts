import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unitA = await createUnit(db, org.id, 'Södertälje');
const unitB = await createUnit(db, org.id, 'Botkyrka');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const managerA = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unitA.id });
const coachA = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitA.id });
const coachB = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unitB.id });
const amina = await createParticipant(db, unitA.id, 'Amina', 'Ali');
await as(app, coachA).get(`/api/participants/${amina.id}`);
await as(app, coachB).get('/api/participants');
// A name typed as a formula must not run when the CSV is opened in a spreadsheet.
const formulaUnit = await createUnit(db, org.id, '=HYPERLINK("http://evil.example")');
await as(app, await createStaff(db, { organisationId: org.id, role: 'coach', unitId: formulaUnit.id })).get(
  '/api/participants',
);

describe('the audit page', () => {
  it('shows a unit manager her unit’s entries, filterable by participant and user', async () => {
    const all = (await as(app, managerA).get('/api/audit')).json();
    expect(all.items.every((i: { unitId: string }) => i.unitId === unitA.id)).toBe(true);
    const byParticipant = (await as(app, managerA).get(`/api/audit?participantId=${amina.id}`)).json();
    expect(byParticipant.items).toEqual([
      expect.objectContaining({
        action: 'participant.read',
        actorUserId: coachA.userId,
        actorName: 'Test coach',
        unitName: 'Södertälje',
      }),
    ]);
    const byUser = (await as(app, managerA).get(`/api/audit?userId=${coachB.userId}`)).json();
    expect(byUser.items).toEqual([]);
  });

  it('shows an administrator the whole organisation, a page at a time', async () => {
    const first = (await as(app, admin).get('/api/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const next = (await as(app, admin).get(`/api/audit?limit=2&before=${first.nextBefore}`)).json();
    expect(next.items[0].seq).toBeLessThan(first.items[1].seq);
    const units = new Set(
      (await as(app, admin).get('/api/audit?action=participant.'))
        .json()
        .items.map((i: { unitId: string }) => i.unitId),
    );
    expect(units).toEqual(new Set([unitA.id, unitB.id, formulaUnit.id]));
  });

  it('filters by period', async () => {
    const future = (await as(app, admin).get('/api/audit?from=2999-01-01')).json();
    expect(future.items).toEqual([]);
  });

  it('exports the whole selection as CSV, formulas defused, and records the export', async () => {
    const res = await as(app, admin).get('/api/audit/export?action=participant.list');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['x-truncated']).toBe('false');
    expect(res.body).toMatch(/^\uFEFFseq,at,action,outcome/);
    expect(res.body).toContain(`'=HYPERLINK`);
    expect(res.body).not.toMatch(/,=HYPERLINK/);
    const { rows } = await db.query<{ details: { exported: number } }>(
      "select details from audit_log where action = 'audit.read' and actor_user_id = $1 order by id desc limit 1",
      [admin.userId],
    );
    expect(rows[0]!.details.exported).toBe(2);
  });
});
