import { afterAll, describe, expect, it } from 'vitest';
import { runDueJobs, tick } from '#server/jobs/worker.ts';
import type { Log } from '#server/jobs/queue.ts';
import { newId } from '#server/lib/ids.ts';
import { logAdapter } from '#server/outbox/adapters.ts';
import { createTestDb } from '#tests/db.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { channelFor, enqueueReminderScan, normalisePhone } from './scheduler.ts';
import { pickLanguage, renderSessionReminder } from './templates.ts';

const db = await createTestDb();
afterAll(() => db.close());
const skipped: object[] = [];
const log: Log = { info: (o) => void skipped.push(o), warn() {}, error() {} };
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });

// Monday 4 March 2030, 09:00 in Stockholm; the class is on Tuesday at 09:00.
const t0 = new Date('2030-03-04T08:00:00Z');
const hours = (h: number) => new Date(t0.getTime() + h * 3_600_000);

async function person(
  first: string,
  last: string,
  fields: { languages?: string[]; phone?: string; email?: string; channel?: string } = {},
) {
  const p = await createParticipant(db, unit.id, first, last);
  await db.query(
    'update participants set languages = $2, phone = $3, email = $4, preferred_channel = $5 where id = $1',
    [p.id, fields.languages ?? [], fields.phone ?? null, fields.email ?? null, fields.channel ?? null],
  );
  return p;
}

const activityId = newId();
await db.query(
  `insert into activities (id, unit_id, type, title, place) values ($1, $2, 'swedish', 'Svenska', 'Folkets hus, sal 2')`,
  [activityId, unit.id],
);
async function session(startsAt: Date, cancelled = false) {
  const id = newId();
  await db.query(
    `insert into activity_sessions (id, activity_id, unit_id, starts_at, ends_at, cancelled_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      id,
      activityId,
      unit.id,
      startsAt.toISOString(),
      new Date(startsAt.getTime() + 7_200_000).toISOString(),
      cancelled ? t0.toISOString() : null,
    ],
  );
  return id;
}
async function join(participantId: string, joinedOn = '2030-03-01', leftOn: string | null = null) {
  await db.query(
    `insert into activity_participants (activity_id, participant_id, unit_id, joined_on, left_on)
     values ($1, $2, $3, $4, $5)`,
    [activityId, participantId, unit.id, joinedOn, leftOn],
  );
}

const amina = await person('Amina', 'Ali', {
  languages: ['ar', 'sv'],
  phone: '070-123 45 67',
  channel: 'sms',
});
const hodan = await person('Hodan', 'Yusuf', {
  languages: ['so'],
  email: 'hodan@example.test',
  channel: 'email',
});
const olena = await person('Olena', 'Kovalenko', { languages: ['uk', 'en'], phone: '+46 70 111 22 33' });
const yonas = await person('Yonas', 'Tesfaye', {
  languages: ['ti'],
  phone: '0701112244',
  email: 'y@example.test',
  channel: 'phone',
});
const lastDay = await person('Sara', 'Lastday', { phone: '0705550000' });
const letter = await person('Leila', 'Letter', { phone: '0701110000', channel: 'letter' });
const noContact = await person('Nour', 'Nocontact');
const leaver = await person('Lena', 'Leaver', { phone: '0702220000' });
const late = await person('Lars', 'Late', { phone: '0703330000' });
const paused = await person('Pia', 'Paused', { phone: '0704440000' });
const merged = await person('Amina', 'Alii', { phone: '0706660000' });
for (const p of [amina, hodan, olena, yonas, letter, noContact, paused, merged]) await join(p.id);
await join(lastDay.id, '2030-03-01', '2030-03-05');
await join(leaver.id, '2030-03-01', '2030-03-04');
await join(late.id, '2030-03-06');
await db.query('update participants set merged_into = $2 where id = $1', [merged.id, amina.id]);
await db.query(
  `insert into reminder_pauses (id, participant_id, unit_id, from_on, until_on, reason, created_by)
   values ($1, $2, $3, '2030-03-01', null, 'Sjukskriven', $4)`,
  [newId(), paused.id, unit.id, coach.userId],
);

const tuesday = await session(hours(24));
await session(hours(20), true); // cancelled
await session(hours(30)); // beyond the 24 hours
await session(hours(-2)); // started already

type Message = {
  participant_id: string;
  channel: string;
  to_address: string;
  language: string;
  subject: string | null;
  body: string;
  status: string;
};
const messages = async () =>
  (
    await db.query<Message>(
      'select participant_id, channel, to_address, language, subject, body, status from outbox_messages order by body',
    )
  ).rows;

describe('session reminders', () => {
  it('picks exactly those who take part that day, are not paused or merged, and can be reached', async () => {
    await enqueueReminderScan(db, t0);
    expect((await runDueJobs(db, t0, { reminderHours: 24, log })).done).toBe(1);
    const jobs = await db.query<{ payload: { sessionId: string; participantId: string } }>(
      `select payload from jobs where kind = 'reminders.session'`,
    );
    expect(jobs.rows.every((j) => j.payload.sessionId === tuesday)).toBe(true);
    expect(jobs.rows.map((j) => j.payload.participantId).sort()).toEqual(
      [amina, hodan, olena, yonas, lastDay].map((p) => p.id).sort(),
    );
    expect(skipped).toContainEqual({ sessionId: tuesday, participantId: letter.id });
    expect(skipped).toContainEqual({ sessionId: tuesday, participantId: noContact.id });

    expect((await runDueJobs(db, t0, { reminderHours: 24, log })).done).toBe(5);
    // Scanning again (another server, the next slot) adds nothing.
    await enqueueReminderScan(db, hours(0.5));
    await runDueJobs(db, hours(0.5), { reminderHours: 24, log });
    await runDueJobs(db, hours(0.5), { reminderHours: 24, log });
    expect(await messages()).toHaveLength(5);
  });

  it('writes each in her language, with first name, day, time and place, never her last name', async () => {
    const byPerson = new Map((await messages()).map((m) => [m.participant_id, m]));
    expect(byPerson.get(amina.id)).toMatchObject({
      channel: 'sms',
      to_address: '+46701234567',
      language: 'ar',
      subject: null,
    });
    expect(byPerson.get(amina.id)!.body).toBe(
      'مرحبًا Amina، تذكير: Svenska يوم الثلاثاء، 5 مارس الساعة 09:00.\nالمكان: Folkets hus, sal 2',
    );
    expect(byPerson.get(hodan.id)).toMatchObject({
      channel: 'email',
      to_address: 'hodan@example.test',
      language: 'so',
      subject: 'Xusuusin: Svenska',
    });
    expect(byPerson.get(hodan.id)!.body).toContain('Salaan Hodan');
    expect(byPerson.get(olena.id)).toMatchObject({
      channel: 'sms',
      to_address: '+46701112233',
      language: 'en',
    });
    expect(byPerson.get(olena.id)!.body).toBe(
      'Hi Olena, a reminder: Svenska on Tuesday 5 March at 09:00.\nPlace: Folkets hus, sal 2',
    );
    // Tigrinya has no template: Swedish. A phone-call preference becomes an SMS to that phone.
    expect(byPerson.get(yonas.id)).toMatchObject({
      channel: 'sms',
      to_address: '+46701112244',
      language: 'sv',
    });
    expect(byPerson.get(yonas.id)!.body).toBe(
      'Hej Yonas! Påminnelse: Svenska tisdag 5 mars kl. 09:00.\nPlats: Folkets hus, sal 2',
    );
    for (const [id, m] of byPerson) {
      const last = [amina, hodan, olena, yonas, lastDay].find((p) => p.id === id)!.lastName;
      expect(m.body).not.toContain(last);
      expect(m.subject ?? '').not.toContain(last);
    }
  });

  it('delivers them through the outbox in the worker round, and not again', async () => {
    const senders = { email: logAdapter(log), sms: logAdapter(log) };
    const first = await tick(db, senders, hours(1), { reminderHours: 24, log });
    expect(first.outbox.sent).toBe(5);
    const again = await tick(db, senders, hours(2), { reminderHours: 24, log });
    expect(again.outbox.sent).toBe(0);
    expect((await messages()).every((m) => m.status === 'sent')).toBe(true);
  });

  it('does not write a reminder for someone paused after it was scheduled', async () => {
    const wednesday = await session(hours(48));
    const later = hours(26);
    await enqueueReminderScan(db, later);
    await runDueJobs(db, later, { reminderHours: 24, log });
    await db.query(
      `insert into reminder_pauses (id, participant_id, unit_id, from_on, until_on, reason, created_by)
       values ($1, $2, $3, '2030-03-05', '2030-03-06', 'Sjuk', $4)`,
      [newId(), olena.id, unit.id, coach.userId],
    );
    await runDueJobs(db, later, { reminderHours: 24, log });
    const { rows } = await db.query<{ participant_id: string }>(
      `select participant_id from outbox_messages where dedupe_key like $1`,
      [`session-reminder:${wednesday}:%`],
    );
    expect(rows.map((r) => r.participant_id).sort()).toEqual(
      [amina, hodan, yonas, late].map((p) => p.id).sort(),
    );
  });
});

describe('reminder channels and languages', () => {
  it('chooses a channel she can be reached on', () => {
    expect(channelFor({ phone: '070-1', email: 'a@x.se', preferred_channel: 'email' })).toEqual({
      channel: 'email',
      to: 'a@x.se',
    });
    expect(channelFor({ phone: null, email: 'a@x.se', preferred_channel: 'sms' })).toEqual({
      channel: 'email',
      to: 'a@x.se',
    });
    expect(channelFor({ phone: '0701234567', email: null, preferred_channel: null })).toEqual({
      channel: 'sms',
      to: '+46701234567',
    });
    expect(channelFor({ phone: '0701234567', email: null, preferred_channel: 'letter' })).toBeNull();
    expect(channelFor({ phone: null, email: null, preferred_channel: 'email' })).toBeNull();
    expect(normalisePhone('0046 70 123 45 67')).toBe('+46701234567');
  });

  it('uses the first of her languages that has a template, else Swedish', () => {
    expect(pickLanguage(['ti', 'so', 'en'])).toBe('so');
    expect(pickLanguage(['fa'])).toBe('sv');
    expect(pickLanguage([])).toBe('sv');
    const online = renderSessionReminder('en', {
      firstName: 'Hodan',
      title: 'Health school',
      startsAt: new Date('2030-07-01T10:30:00Z'),
      place: null,
      onlineUrl: 'https://meet.example.test/x',
    });
    // Summer time: 10:30 UTC is 12:30 in Stockholm.
    expect(online.body).toBe(
      'Hi Hodan, a reminder: Health school on Monday 1 July at 12:30.\nLink: https://meet.example.test/x',
    );
  });
});
