import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });

describe('units', () => {
  it('are created, listed and renamed by an administrator, with an audit entry each', async () => {
    const created = await as(app, admin).post('/api/units', { name: 'Södertälje', municipalityCode: '0181' });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({
      name: 'Södertälje',
      municipalityCode: '0181',
      version: 0,
      archivedAt: null,
    });
    const renamed = await as(app, admin).patch(`/api/units/${unit.id}`, {
      name: 'Södertälje kommun',
      version: 0,
    });
    expect(renamed.json()).toMatchObject({ name: 'Södertälje kommun', version: 1 });
    const list = await as(app, admin).get('/api/units');
    expect(list.json().map((u: { name: string }) => u.name)).toContain('Södertälje kommun');
    const { rows } = await db.query<{ action: string }>(
      'select action from audit_log where subject_id = $1 order by id',
      [unit.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['unit.create', 'unit.update']);
  });

  it('refuses a stale version with a conflict, never a silent overwrite', async () => {
    const unit = (await as(app, admin).post('/api/units', { name: 'Salem' })).json();
    expect(
      (await as(app, admin).patch(`/api/units/${unit.id}`, { name: 'Salem A', version: 0 })).statusCode,
    ).toBe(200);
    const stale = await as(app, admin).patch(`/api/units/${unit.id}`, { name: 'Salem B', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { name: 'Salem A', version: 1 },
    });
    expect((await as(app, admin).get(`/api/units/${unit.id}`)).json().name).toBe('Salem A');
  });

  it('refuses a duplicate name', async () => {
    await as(app, admin).post('/api/units', { name: 'Nykvarn' });
    expect((await as(app, admin).post('/api/units', { name: 'nykvarn' })).statusCode).toBe(409);
  });

  it('never shows another organisation’s units', async () => {
    const other = await createOrganisation(db, 'Annat förbund');
    const foreign = await createUnit(db, other.id, 'Främmande');
    expect((await as(app, admin).get(`/api/units/${foreign.id}`)).statusCode).toBe(404);
    expect(
      (await as(app, admin).patch(`/api/units/${foreign.id}`, { name: 'x', version: 0 })).statusCode,
    ).toBe(404);
  });

  it('shows a unit manager her own unit only', async () => {
    const mine = await createUnit(db, org.id, 'Min enhet');
    const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: mine.id });
    expect((await as(app, manager).get('/api/units')).json().map((u: { id: string }) => u.id)).toEqual([
      mine.id,
    ]);
  });
});
