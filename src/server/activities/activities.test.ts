import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const staff = (role: 'coach' | 'case_worker' | 'teacher', unitId = unit.id) =>
  createStaff(db, { organisationId: org.id, role, unitId });
const teacher = await staff('teacher');
const coach = await staff('coach');
const caseWorker = await staff('case_worker');
const outsider = await staff('coach', otherUnit.id);
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
const yonas = await createParticipant(db, unit.id, 'Yonas', 'Tesfaye');
const theirs = await createParticipant(db, otherUnit.id, 'Olena', 'Kovalenko');

/** A Stockholm date `offset` days from today. */
const day = (offset: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

const swedish = (
  await as(app, teacher).post('/api/activities', {
    type: 'swedish',
    title: 'Svenska med suggestopedi',
    place: 'Folkets hus, sal 2',
    languages: ['sv', 'ar', 'so'],
    capacity: 2,
    staffIds: [teacher.userId],
  })
).json();

describe('the activity catalogue', () => {
  it('lets a teacher create an activity that she leads, and the unit list it', async () => {
    expect(swedish).toMatchObject({
      type: 'swedish',
      staff: [{ userId: teacher.userId, name: 'Test teacher' }],
      participantCount: 0,
      version: 0,
    });
    const listed = (await as(app, caseWorker).get('/api/activities')).json();
    expect(listed.map((a: { id: string }) => a.id)).toEqual([swedish.id]);
    expect((await as(app, outsider).get(`/api/activities/${swedish.id}`)).statusCode).toBe(404);
    const types = (await as(app, coach).get('/api/activity-types')).json();
    expect(types.map((t: { key: string }) => t.key)).toContain('parent_support');
  });

  it('refuses unknown types, outside staff and plain links; a case worker only reads', async () => {
    const bad = await as(app, teacher).post('/api/activities', {
      type: 'karate',
      title: 'X',
      onlineUrl: 'http://example.test',
      staffIds: [outsider.userId],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['onlineUrl']);
    const outsiderStaff = await as(app, teacher).post('/api/activities', {
      type: 'other',
      title: 'X',
      staffIds: [outsider.userId],
    });
    expect(outsiderStaff.json().errors[0].path).toEqual(['staffIds']);
    const unknownType = await as(app, teacher).post('/api/activities', { type: 'karate', title: 'X' });
    expect(unknownType.json().errors[0].path).toEqual(['type']);
    expect(
      (await as(app, caseWorker).post('/api/activities', { type: 'other', title: 'X' })).statusCode,
    ).toBe(403);
  });

  it('keeps what an edit leaves out, and refuses a stale one with the current activity', async () => {
    const edited = await as(app, teacher).patch(`/api/activities/${swedish.id}`, {
      description: 'Tisdagar och torsdagar',
      version: 0,
    });
    expect(edited.json()).toMatchObject({
      languages: ['sv', 'ar', 'so'],
      staff: [{ userId: teacher.userId }],
    });
    const stale = await as(app, coach).patch(`/api/activities/${swedish.id}`, {
      title: 'Svenska',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ description: 'Tisdagar och torsdagar', version: 1 });
  });
});

describe('sessions, participants and attendance', () => {
  it('adds a weekly series in Stockholm time and moves or cancels one session on its own', async () => {
    const series = await as(app, teacher).post(`/api/activities/${swedish.id}/sessions`, {
      date: day(1),
      startTime: '09:00',
      durationMinutes: 120,
      rrule: 'FREQ=WEEKLY;COUNT=4',
    });
    expect(series.statusCode).toBe(201);
    const sessions = series.json();
    expect(sessions).toHaveLength(4);
    expect(new Set(sessions.map((s: { seriesId: string }) => s.seriesId)).size).toBe(1);
    const moved = await as(app, teacher).patch(`/api/activity-sessions/${sessions[1].id}`, {
      startsAt: new Date(Date.parse(sessions[1].startsAt) + 3_600_000).toISOString(),
      endsAt: new Date(Date.parse(sessions[1].endsAt) + 3_600_000).toISOString(),
      version: 0,
    });
    expect(moved.statusCode).toBe(200);
    const cancelled = await as(app, teacher).patch(`/api/activity-sessions/${sessions[2].id}`, {
      cancelled: true,
      cancelReason: 'Läraren är sjuk',
      version: 0,
    });
    expect(cancelled.json()).toMatchObject({
      cancelReason: 'Läraren är sjuk',
      cancelledAt: expect.any(String),
    });
    const backwards = await as(app, teacher).patch(`/api/activity-sessions/${sessions[3].id}`, {
      endsAt: sessions[3].startsAt,
      version: 0,
    });
    expect(backwards.statusCode).toBe(400);
    const noEnd = await as(app, teacher).post(`/api/activities/${swedish.id}/sessions`, {
      date: day(1),
      startTime: '09:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY',
    });
    expect(noEnd.json().errors[0].path).toEqual(['rrule']);
  });

  it('takes participants up to the capacity and warns of a double booking', async () => {
    const join = (activityId: string, participantId: string, confirmOverlap = false) =>
      as(app, coach).post(`/api/activities/${activityId}/participants`, {
        participantId,
        joinedOn: day(-30),
        confirmOverlap,
      });
    expect((await join(swedish.id, amina.id)).statusCode).toBe(200);
    expect((await join(swedish.id, hodan.id)).statusCode).toBe(200);
    const full = await join(swedish.id, yonas.id);
    expect(full.json()).toMatchObject({ status: 409, code: 'activity_full' });
    expect((await join(swedish.id, theirs.id)).statusCode).toBe(404);

    const health = (
      await as(app, teacher).post('/api/activities', { type: 'health_school', title: 'Hälsoskola' })
    ).json();
    await as(app, teacher).post(`/api/activities/${health.id}/sessions`, {
      date: day(1),
      startTime: '10:00',
      durationMinutes: 60,
    });
    const clash = await join(health.id, amina.id);
    expect(clash.json()).toMatchObject({
      code: 'double_booking',
      clashes: [{ title: 'Svenska med suggestopedi' }],
    });
    expect((await join(health.id, amina.id, true)).statusCode).toBe(200);
  });

  it('takes attendance tap by tap on the session’s day, and counts the month’s attested hours', async () => {
    const [yesterday] = (
      await as(app, teacher).post(`/api/activities/${swedish.id}/sessions`, {
        date: day(-1),
        startTime: '13:00',
        durationMinutes: 90,
      })
    ).json();
    const roster = (await as(app, teacher).get(`/api/activity-sessions/${yesterday.id}/attendance`)).json();
    expect(roster.lines.map((l: { firstName: string; status: null }) => [l.firstName, l.status])).toEqual([
      ['Amina', null],
      ['Hodan', null],
    ]);
    const tap = (participantId: string, status: string) =>
      as(app, teacher).put(`/api/activity-sessions/${yesterday.id}/attendance/${participantId}`, { status });
    expect((await tap(amina.id, 'absent')).json()).toMatchObject({ firstName: 'Amina', status: 'absent' });
    expect((await tap(amina.id, 'present')).json().status).toBe('present');
    expect((await tap(amina.id, 'present')).statusCode).toBe(200);
    expect((await tap(hodan.id, 'excused')).statusCode).toBe(200);
    expect((await tap(yonas.id, 'present')).statusCode).toBe(404);
    expect((await tap(theirs.id, 'present')).statusCode).toBe(404);
    expect(
      (
        await as(app, caseWorker).put(`/api/activity-sessions/${yesterday.id}/attendance/${amina.id}`, {
          status: 'present',
        })
      ).statusCode,
    ).toBe(403);

    // A past session keeps its time, but its guests and note can still be recorded.
    const move = await as(app, teacher).patch(`/api/activity-sessions/${yesterday.id}`, {
      cancelled: true,
      version: 0,
    });
    expect(move.json().code).toBe('session_past');
    const guests = await as(app, teacher).patch(`/api/activity-sessions/${yesterday.id}`, {
      guests: 2,
      version: 0,
    });
    expect(guests.json().guests).toBe(2);

    const future = (
      await as(app, teacher).get(`/api/activities/${swedish.id}/sessions?from=${day(1)}`)
    ).json()[0];
    const early = await as(app, teacher).put(`/api/activity-sessions/${future.id}/attendance/${amina.id}`, {
      status: 'present',
    });
    expect(early.statusCode).toBe(409);

    const month = day(-1).slice(0, 7);
    const hours = (
      await as(app, coach).get(`/api/activities/${swedish.id}/attendance?month=${month}`)
    ).json();
    expect(hours).toEqual([
      expect.objectContaining({ firstName: 'Amina', sessions: 1, present: 1, hours: 1.5 }),
      expect.objectContaining({ firstName: 'Hodan', sessions: 1, excused: 1, hours: 0 }),
    ]);
    const hers = (await as(app, coach).get(`/api/participants/${amina.id}/attendance?month=${month}`)).json();
    expect(hers).toEqual([expect.objectContaining({ title: 'Svenska med suggestopedi', hours: 1.5 })]);
    expect(
      (await as(app, coach).get(`/api/activities/${swedish.id}/attendance?month=2026-13`)).statusCode,
    ).toBe(400);

    const { rows } = await db.query<{ participant_id: string; details: { status: string } }>(
      "select participant_id, details from audit_log where action = 'attendance.record' and outcome = 'ok' order by id",
    );
    expect(rows.map((r) => [r.participant_id, r.details.status])).toEqual([
      [amina.id, 'absent'],
      [amina.id, 'present'],
      [amina.id, 'present'],
      [hodan.id, 'excused'],
    ]);
  });

  it('keeps another unit out of the sessions and the attendance', async () => {
    const sessions = (await as(app, teacher).get(`/api/activities/${swedish.id}/sessions`)).json();
    expect(
      (await as(app, outsider).get(`/api/activity-sessions/${sessions[0].id}/attendance`)).statusCode,
    ).toBe(404);
    expect((await as(app, outsider).get(`/api/activities/${swedish.id}/sessions`)).statusCode).toBe(404);
  });
});
