import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const other = await createUnit(db, org.id, 'Botkyrka');
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unit.id });
const leaving = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const taking = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const caseWorker = await createStaff(db, { organisationId: org.id, role: 'case_worker', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const outsider = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: other.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
const yonas = await createParticipant(db, unit.id, 'Yonas', 'Tesfaye');

describe('the team around a participant', () => {
  it('has one responsible coach and members with their roles; handing over moves the responsibility', async () => {
    await as(app, leaving).post(`/api/participants/${amina.id}/team`, {
      userId: leaving.userId,
      teamRole: 'coach',
      responsible: true,
    });
    const team = await as(app, leaving).post(`/api/participants/${amina.id}/team`, {
      userId: caseWorker.userId,
      teamRole: 'case_worker',
    });
    expect(team.json()).toEqual([
      expect.objectContaining({ userId: leaving.userId, responsible: true, teamRole: 'coach' }),
      expect.objectContaining({ userId: caseWorker.userId, responsible: false, teamRole: 'case_worker' }),
    ]);
    const handed = await as(app, leaving).post(`/api/participants/${amina.id}/team`, {
      userId: taking.userId,
      teamRole: 'coach',
      responsible: true,
    });
    expect(
      handed
        .json()
        .filter((m: { responsible: boolean }) => m.responsible)
        .map((m: { userId: string }) => m.userId),
    ).toEqual([taking.userId]);
    const notices = (await as(app, caseWorker).get('/api/notifications')).json();
    expect(notices[0]).toMatchObject({
      kind: 'team.added',
      participantId: amina.id,
      participantName: 'Amina Ali',
    });
  });

  it('lists the colleagues of the unit, partners and other units left out', async () => {
    await createStaff(db, { organisationId: org.id, role: 'partner', unitId: unit.id });
    const colleagues = (await as(app, leaving).get('/api/colleagues')).json();
    expect(colleagues.map((c: { userId: string }) => c.userId).sort()).toEqual(
      [manager, leaving, taking, caseWorker, teacher].map((s) => s.userId).sort(),
    );
  });

  it('takes only staff of the unit', async () => {
    const res = await as(app, leaving).post(`/api/participants/${amina.id}/team`, {
      userId: outsider.userId,
      teamRole: 'coach',
    });
    expect(res.statusCode).toBe(400);
  });

  it('shows each member her caseload, and a teacher may read the team but not change it', async () => {
    expect(
      (await as(app, caseWorker).get('/api/caseload')).json().map((c: { firstName: string }) => c.firstName),
    ).toEqual(['Amina']);
    expect((await as(app, teacher).get(`/api/participants/${amina.id}/team`)).statusCode).toBe(200);
    expect(
      (
        await as(app, teacher).post(`/api/participants/${amina.id}/team`, {
          userId: teacher.userId,
          teamRole: 'teacher',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('caseload care', () => {
  it('shows the unit manager who has no responsible coach, and moves a leaving colleague’s caseload in one step', async () => {
    await as(app, leaving).post(`/api/participants/${hodan.id}/team`, {
      userId: leaving.userId,
      teamRole: 'coach',
      responsible: true,
    });
    await as(app, leaving).post(`/api/participants/${yonas.id}/team`, {
      userId: leaving.userId,
      teamRole: 'coach',
      responsible: true,
    });
    await as(app, leaving).post(`/api/participants/${yonas.id}/team`, {
      userId: taking.userId,
      teamRole: 'coach',
    });
    await as(app, leaving).post(`/api/participants/${amina.id}/team`, {
      userId: leaving.userId,
      teamRole: 'coach',
    });
    const unassignedBefore = (await as(app, manager).get('/api/caseload/unassigned')).json();
    expect(unassignedBefore).toEqual([]);

    const moved = await as(app, manager).post('/api/caseload/reassign', {
      fromUserId: leaving.userId,
      toUserId: taking.userId,
    });
    expect(moved.json()).toEqual({ moved: 3 });
    expect((await as(app, leaving).get('/api/caseload')).json()).toEqual([]);
    const mine = (await as(app, taking).get('/api/caseload')).json();
    expect(
      mine.map((c: { firstName: string; responsible: boolean }) => [c.firstName, c.responsible]),
    ).toEqual([
      ['Amina', true],
      ['Yonas', true],
      ['Hodan', true],
    ]);
    const notices = (await as(app, taking).get('/api/notifications')).json();
    expect(notices[0]).toMatchObject({ kind: 'caseload.reassigned', payload: { count: 3 } });
    expect((await as(app, taking).post(`/api/notifications/${notices[0].id}/read`)).statusCode).toBe(204);
    expect((await as(app, caseWorker).post(`/api/notifications/${notices[0].id}/read`)).statusCode).toBe(404);
  });

  it('lists participants nobody is responsible for', async () => {
    await createParticipant(db, unit.id, 'Olena', 'Kovalenko');
    const list = (await as(app, manager).get('/api/caseload/unassigned')).json();
    expect(list.map((p: { firstName: string }) => p.firstName)).toEqual(['Olena']);
    expect((await as(app, leaving).get('/api/caseload/unassigned')).statusCode).toBe(403);
  });
});
