import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const otherUnit = await createUnit(db, org.id, 'Botkyrka');
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const outsider = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: otherUnit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');

const swedish = (
  await as(app, teacher).post('/api/activities', {
    type: 'swedish',
    title: 'Svenska',
    place: 'Sal 2',
    staffIds: [teacher.userId],
  })
).json();
// Tuesdays and Thursdays at 09:00 across the change to summer time on Sunday 28 March 2027.
const sessions = (
  await as(app, teacher).post(`/api/activities/${swedish.id}/sessions`, {
    date: '2027-03-23',
    startTime: '09:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4',
  })
).json();
await as(app, teacher).patch(`/api/activity-sessions/${sessions[3].id}`, {
  cancelled: true,
  cancelReason: 'Studiedag',
  version: 0,
});
// She joins on the Thursday, so the Tuesday before is not hers.
await as(app, coach).post(`/api/activities/${swedish.id}/participants`, {
  participantId: amina.id,
  joinedOn: '2027-03-25',
});
const employer = (
  await as(app, coach).post('/api/employers', {
    name: 'Solgårdens äldreboende',
    addresses: [{ kind: 'visiting', street: 'Solvägen 1', postalCode: '151 71', city: 'Södertälje' }],
  })
).json();
await as(app, coach).post(`/api/participants/${amina.id}/placements`, {
  employerId: employer.id,
  kind: 'internship',
  startsOn: '2027-03-29',
  endsOn: '2027-04-30',
  supervisor: { name: 'Karin Berg' },
});

// A meeting with her coach on the Wednesday, after the clocks changed.
const meeting = await as(app, coach).post(`/api/participants/${amina.id}/meetings`, {
  startsAt: '2027-03-31T08:00:00Z',
  endsAt: '2027-03-31T09:00:00Z',
  title: 'Uppföljning av handlingsplanen',
  place: 'Rum 3',
  staffIds: [coach.userId],
});
if (meeting.statusCode !== 201) throw new Error(meeting.body);

const week = { from: '2027-03-22', to: '2027-03-28' };
const nextWeek = { from: '2027-03-29', to: '2027-04-04' };
const query = (p: { from: string; to: string }) => `from=${p.from}&to=${p.to}`;
const local = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));

describe('a participant’s schedule', () => {
  it('holds the sessions of the days she takes part, at 09:00 on both sides of summer time', async () => {
    const res = await as(app, coach).get(`/api/participants/${amina.id}/schedule?${query(week)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().map((e: { title: string; startsAt: string }) => [e.title, local(e.startsAt)])).toEqual([
      ['Svenska', '2027-03-25 09:00'],
    ]);
    const after = (
      await as(app, coach).get(`/api/participants/${amina.id}/schedule?${query(nextWeek)}`)
    ).json();
    expect(
      after.map((e: { kind: string; startsAt: string; cancelled: boolean }) => [
        e.kind,
        local(e.startsAt),
        e.cancelled,
      ]),
    ).toEqual([
      ['placement', '2027-03-29 00:00', false],
      ['session', '2027-03-30 09:00', false],
      ['meeting', '2027-03-31 10:00', false],
      ['session', '2027-04-01 09:00', true],
    ]);
    expect(after[0]).toMatchObject({
      title: 'Solgårdens äldreboende',
      placementKind: 'internship',
      days: { first: '2027-03-29', last: '2027-04-30' },
      place: 'Solvägen 1, Södertälje',
      participantId: amina.id,
    });
    expect(after[1]).toMatchObject({ activityId: swedish.id, place: 'Sal 2' });
    expect(after[2]).toMatchObject({
      firstName: null,
      title: 'Uppföljning av handlingsplanen',
      place: 'Rum 3',
      participantId: amina.id,
    });
  });

  it('is audited as a read of her data', async () => {
    const { rows } = await db.query<{ participant_id: string; details: { events: number } }>(
      "select participant_id, details from audit_log where action = 'schedule.read' order by id",
    );
    expect(rows.map((r) => [r.participant_id, r.details.events])).toEqual([
      [amina.id, 1],
      [amina.id, 4],
    ]);
  });

  it('is not found from another unit, and a period must be short and in order', async () => {
    expect(
      (await as(app, outsider).get(`/api/participants/${amina.id}/schedule?${query(week)}`)).statusCode,
    ).toBe(404);
    const backwards = await as(app, coach).get(
      `/api/participants/${amina.id}/schedule?from=2027-03-28&to=2027-03-22`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-type']).toMatch(/problem\+json/);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: ['to'] })]);
    const tooLong = await as(app, coach).get(
      `/api/participants/${amina.id}/schedule?from=2027-01-01&to=2027-03-01`,
    );
    expect(tooLong.statusCode).toBe(400);
    expect(
      (await as(app, coach).get(`/api/participants/${amina.id}/schedule?from=2027-3-1&to=2027-03-02`))
        .statusCode,
    ).toBe(400);
  });
});

describe('my own schedule', () => {
  it('holds the sessions I lead, whoever takes part, and no placements', async () => {
    const res = await as(app, teacher).get(`/api/schedule?${query(week)}`);
    expect(res.json().map((e: { startsAt: string }) => local(e.startsAt))).toEqual([
      '2027-03-23 09:00',
      '2027-03-25 09:00',
    ]);
    const next = (await as(app, teacher).get(`/api/schedule?${query(nextWeek)}`)).json();
    expect(next.map((e: { kind: string }) => e.kind)).toEqual(['session', 'session']);
    expect(JSON.stringify(next)).not.toMatch(/Amina|Ali/);
    expect((await as(app, coach).get(`/api/schedule?${query(week)}`)).json()).toEqual([]);
  });

  it('holds my meetings, naming her by first name only', async () => {
    const mine = (await as(app, coach).get(`/api/schedule?${query(nextWeek)}`)).json();
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'meeting',
        title: 'Möte: Amina',
        firstName: 'Amina',
        participantId: amina.id,
        place: 'Rum 3',
      }),
    ]);
    expect(JSON.stringify(mine)).not.toMatch(/Ali|handlingsplanen/);
  });
});
