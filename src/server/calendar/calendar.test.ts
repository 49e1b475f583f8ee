import ICAL from 'ical.js';
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
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');

const activity = async (title: string, staffIds: string[]) =>
  (
    await as(app, teacher).post('/api/activities', { type: 'swedish', title, place: 'Sal 2', staffIds })
  ).json();
const swedish = await activity('Svenska', [teacher.userId]);
const parents = await activity('Föräldrastöd', []);
// Weekly on Tuesdays at 09:00 across the change to summer time on 28 March 2027.
const series = (
  await as(app, teacher).post(`/api/activities/${swedish.id}/sessions`, {
    date: '2027-03-16',
    startTime: '09:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
  })
).json();
await as(app, teacher).patch(`/api/activity-sessions/${series[3].id}`, {
  cancelled: true,
  cancelReason: 'Påsklov',
  version: 0,
});
await as(app, teacher).post(`/api/activities/${parents.id}/sessions`, {
  date: '2027-03-17',
  startTime: '17:00',
  durationMinutes: 60,
});
for (const [a, p] of [
  [swedish, amina],
  [parents, hodan],
] as const) {
  await as(app, coach).post(`/api/activities/${a.id}/participants`, {
    participantId: p.id,
    joinedOn: '2026-11-01',
  });
}

// A placement appears in her feed as all-day dates; Hodan's ended early, so it does not.
const employer = (
  await as(app, coach).post('/api/employers', {
    name: 'Solgårdens äldreboende',
    addresses: [{ kind: 'visiting', street: 'Solvägen 1', postalCode: '151 71', city: 'Södertälje' }],
  })
).json();
const placement = async (participantId: string, kind: string) =>
  (
    await as(app, coach).post(`/api/participants/${participantId}/placements`, {
      employerId: employer.id,
      kind,
      startsOn: '2027-02-01',
      endsOn: '2027-03-31',
      supervisor: { name: 'Karin Berg' },
    })
  ).json();
await placement(amina.id, 'internship');
const hodansPlacement = await placement(hodan.id, 'study_visit');
await as(app, coach).post(`/api/participants/${hodan.id}/placements/${hodansPlacement.id}/end`, {
  endedOn: '2027-02-01',
  reason: 'Sjuk',
  version: 0,
});

/** Reads a feed over HTTP without a session, as a calendar app would, and parses it with ical.js. */
async function subscribe(url: string) {
  const res = await app.inject({ method: 'GET', url: new URL(url).pathname });
  if (res.statusCode !== 200) return { status: res.statusCode, events: [], text: res.body };
  const calendar = new ICAL.Component(ICAL.parse(res.body));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const start = event.startDate.toJSDate();
    return {
      allDay: event.startDate.isDate,
      dates: `${event.startDate.toString()}/${event.endDate.toString()}`,
      location: event.location,
      summary: event.summary,
      status: v.getFirstPropertyValue('status'),
      local: new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Stockholm',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(start),
      utc: start.toISOString(),
    };
  });
  return { status: 200, events, text: res.body, type: res.headers['content-type'] };
}

describe('calendar feeds', () => {
  it('give a participant her own sessions, at 09:00 Stockholm time on both sides of summer time', async () => {
    const created = await as(app, coach).post(`/api/participants/${amina.id}/calendar-feeds`);
    expect(created.statusCode).toBe(201);
    const feed = await subscribe(created.json().url);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(feed.events.filter((e) => e.allDay).map((e) => [e.summary, e.dates, e.location])).toEqual([
      ['Praktik: Solgårdens äldreboende', '2027-02-01/2027-04-01', 'Solvägen 1, Södertälje'],
    ]);
    expect(feed.text).toMatch(/DTSTART;VALUE=DATE:20270201/);
    const sessions = feed.events.filter((e) => !e.allDay);
    expect(sessions.map((e) => [e.summary, e.local, e.utc, e.status])).toEqual([
      ['Svenska', '2027-03-16 09:00', '2027-03-16T08:00:00.000Z', 'CONFIRMED'],
      ['Svenska', '2027-03-23 09:00', '2027-03-23T08:00:00.000Z', 'CONFIRMED'],
      ['Svenska', '2027-03-30 09:00', '2027-03-30T07:00:00.000Z', 'CONFIRMED'],
      ['Svenska', '2027-04-06 09:00', '2027-04-06T07:00:00.000Z', 'CANCELLED'],
    ]);
    const { rows } = await db.query<{ participant_id: string }>(
      "select participant_id from audit_log where action = 'calendar_feed.read'",
    );
    expect(rows.map((r) => r.participant_id)).toEqual([amina.id]);
  });

  it('give staff the sessions they lead, with no participant’s name in them', async () => {
    const created = (await as(app, teacher).post('/api/calendar-feeds')).json();
    const feed = await subscribe(created.url);
    expect(feed.events.map((e) => e.summary)).toEqual(['Svenska', 'Svenska', 'Svenska', 'Svenska']);
    expect(feed.text).not.toMatch(/Amina|Hodan|Ali|Yusuf/);
    expect((await as(app, teacher).get('/api/calendar-feeds')).json()).toEqual([
      expect.objectContaining({ id: created.id, lastReadAt: expect.any(String), revokedAt: null }),
    ]);
  });

  it('stop at once when revoked, and never answer a token that is not theirs', async () => {
    const created = (await as(app, coach).post(`/api/participants/${hodan.id}/calendar-feeds`)).json();
    expect((await subscribe(created.url)).events.map((e) => e.summary)).toEqual(['Föräldrastöd']);
    expect((await as(app, outsider).post(`/api/calendar-feeds/${created.id}/revoke`)).statusCode).toBe(404);
    expect((await as(app, coach).post(`/api/calendar-feeds/${created.id}/revoke`)).json().revokedAt).toEqual(
      expect.any(String),
    );
    expect((await subscribe(created.url)).status).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/calendar/${'x'.repeat(43)}.ics` })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ method: 'GET', url: '/api/calendar/short.ics' })).statusCode).toBe(400);
    expect((await as(app, outsider).post(`/api/participants/${amina.id}/calendar-feeds`)).statusCode).toBe(
      404,
    );
    expect((await as(app, teacher).post(`/api/participants/${amina.id}/calendar-feeds`)).statusCode).toBe(
      403,
    );
  });

  it('hold her meetings, titled by purpose in hers and by her first name in the staff member’s', async () => {
    const booked = await as(app, coach).post(`/api/participants/${amina.id}/meetings`, {
      startsAt: '2027-03-29T07:30:00Z',
      endsAt: '2027-03-29T08:30:00Z',
      title: 'Uppföljning av praktiken',
      staffIds: [coach.userId],
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
    });
    expect(booked.statusCode).toBe(201);
    const hers = await subscribe(
      (await as(app, coach).post(`/api/participants/${amina.id}/calendar-feeds`)).json().url,
    );
    expect(hers.events.filter((e) => e.summary === 'Uppföljning av praktiken').map((e) => e.local)).toEqual([
      '2027-03-29 09:30',
    ]);
    const coachs = await subscribe((await as(app, coach).post('/api/calendar-feeds')).json().url);
    expect(coachs.events.map((e) => [e.summary, e.local])).toEqual([['Möte: Amina', '2027-03-29 09:30']]);
    expect(coachs.text).not.toMatch(/Ali|praktiken/);
  });
});
