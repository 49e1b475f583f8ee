import { describe, expect, it } from 'vitest';
import { runDueJobs } from '#server/jobs/worker.ts';
import type { Log } from '#server/jobs/queue.ts';
import { newId } from '#server/lib/ids.ts';
import { releaseHeldMessages } from '#server/outbox/delivery.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { enqueueReminderScan, meetingReminderKey } from './scheduler.ts';
import { renderMeetingReminder } from './templates.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const skipped: object[] = [];
const log: Log = { info: (o) => void skipped.push(o), warn() {}, error() {} };

// Around the real now: booking, cancelling and ending a pause use the database's clock.
const now = new Date();
const fromNow = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

async function person(
  first: string,
  last: string,
  fields: { languages?: string[]; phone?: string; email?: string; channel?: string },
) {
  const p = await createParticipant(db, unit.id, first, last);
  await db.query(
    'update participants set languages = $2, phone = $3, email = $4, preferred_channel = $5 where id = $1',
    [p.id, fields.languages ?? [], fields.phone ?? null, fields.email ?? null, fields.channel ?? null],
  );
  return p;
}
async function book(participantId: string, startsAt: Date, extra: Record<string, unknown> = {}) {
  const res = await as(app, coach).post(`/api/participants/${participantId}/meetings`, {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    title: 'Samtal om ekonomiskt bistånd',
    place: 'Kontoret, Storgatan 1',
    interpreterNeeded: false,
    staffIds: [coach.userId],
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}
const messages = async () =>
  (
    await db.query<{
      participant_id: string;
      kind: string;
      channel: string;
      language: string;
      subject: string | null;
      body: string;
      dedupe_key: string;
    }>(
      `select participant_id, kind, channel, language, subject, body, dedupe_key from outbox_messages
        where kind = 'meeting_reminder' order by created_at, body`,
    )
  ).rows;
const scan = async (at: Date) => {
  await enqueueReminderScan(db, at);
  await runDueJobs(db, at, { reminderHours: 24, log });
  await runDueJobs(db, at, { reminderHours: 24, log });
};

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
const letter = await person('Leila', 'Letter', { phone: '0701110000', channel: 'letter' });
const paused = await person('Pia', 'Paused', { phone: '0704440000' });
const merged = await person('Mona', 'Merged', { phone: '0706660000' });
const cancelledFor = await person('Carl', 'Cancelled', { phone: '0707770000' });
const later = await person('Lars', 'Later', { phone: '0703330000' });

await book(amina.id, fromNow(20), { interpreterNeeded: true, interpreterLanguage: 'ar' });
await book(hodan.id, fromNow(22), { place: null, onlineUrl: 'https://meet.example/hodan' });
await book(letter.id, fromNow(20));
await book(paused.id, fromNow(20));
await book(merged.id, fromNow(20));
const cancelled = await book(cancelledFor.id, fromNow(20));
await as(app, coach).post(`/api/participants/${cancelledFor.id}/meetings/${cancelled.id}/cancel`, {
  reason: 'Hon är sjuk',
  version: 0,
});
await book(later.id, fromNow(30));
await db.query('update participants set merged_into = $2 where id = $1', [merged.id, amina.id]);
await db.query(
  `insert into reminder_pauses (id, participant_id, unit_id, from_on, until_on, reason, created_by)
   values ($1, $2, $3, '2020-01-01', null, 'Sjukskriven', $4)`,
  [newId(), paused.id, unit.id, coach.userId],
);

describe('meeting reminders', () => {
  it('go to her alone of those with a planned meeting soon, reachable, not paused or merged', async () => {
    await scan(now);
    const sent = await messages();
    expect(sent.map((m) => m.participant_id).sort()).toEqual([amina.id, hodan.id].sort());
    expect(skipped).toContainEqual({ meetingId: expect.any(String), participantId: letter.id });
    // Scanning again adds nothing.
    await scan(fromNow(0.25));
    expect(await messages()).toHaveLength(2);
  });

  it('are written in her language with first name, time, place and interpreter, never the purpose', async () => {
    const byPerson = new Map((await messages()).map((m) => [m.participant_id, m]));
    const hers = byPerson.get(amina.id)!;
    expect(hers).toMatchObject({ channel: 'sms', language: 'ar', subject: null });
    expect(hers.body).toMatch(/^مرحبًا Amina، تذكير: موعد يوم /);
    expect(hers.body).toContain('المكان: Kontoret, Storgatan 1');
    expect(hers.body.split('\n').at(-1)).toBe('سيحضر مترجم.');
    const hodans = byPerson.get(hodan.id)!;
    expect(hodans).toMatchObject({ channel: 'email', language: 'so', subject: 'Xusuusin: ballan' });
    expect(hodans.body).toContain('Xiriirka: https://meet.example/hodan');
    expect(hodans.body).not.toContain('Turjumaan');
    for (const m of byPerson.values()) {
      expect(m.body).not.toMatch(/Ali|Yusuf|bistånd/);
      expect(m.subject ?? '').not.toMatch(/Ali|Yusuf|bistånd/);
    }
    expect(
      renderMeetingReminder('sv', {
        firstName: 'Amina',
        startsAt: new Date('2030-03-05T09:00:00Z'),
        place: 'Kontoret',
        onlineUrl: null,
        interpreterNeeded: true,
      }).body,
    ).toBe('Hej Amina! Påminnelse: möte tisdag 5 mars kl. 10:00.\nPlats: Kontoret\nEn tolk är med.');
  });

  it('follow a moved meeting, and are not written for one cancelled after it was scheduled', async () => {
    const moving = await book(later.id, fromNow(26));
    const dropped = await book(later.id, fromNow(27));
    const at = fromNow(4);
    await enqueueReminderScan(db, at);
    await runDueJobs(db, at, { reminderHours: 24, log });
    const move = await as(app, coach).patch(`/api/participants/${later.id}/meetings/${moving.id}`, {
      startsAt: fromNow(27.5).toISOString(),
      endsAt: fromNow(28.5).toISOString(),
      version: 0,
    });
    expect(move.statusCode, move.body).toBe(200);
    await as(app, coach).post(`/api/participants/${later.id}/meetings/${dropped.id}/cancel`, {
      reason: 'Flyttas',
      version: 0,
    });
    await runDueJobs(db, at, { reminderHours: 24, log });
    const before = (await messages()).filter((m) => m.participant_id === later.id);
    // The first booking for Lars (30 hours ahead) is now within the window; the moved and cancelled are not.
    expect(before.map((m) => m.dedupe_key.split(':')[1])).not.toContain(moving.id);
    expect(before.map((m) => m.dedupe_key.split(':')[1])).not.toContain(dropped.id);
    await scan(fromNow(4.25));
    const after = (await messages()).filter((m) => m.dedupe_key.includes(moving.id));
    expect(after.map((m) => m.dedupe_key)).toEqual([
      meetingReminderKey(moving.id, later.id, new Date(fromNow(27.5).toISOString())),
    ]);
  });

  it('held during a pause are released only while the meeting is still planned at that time', async () => {
    const hold = async (meetingId: string, startsAt: Date) => {
      await db.query(
        `insert into outbox_messages (id, unit_id, participant_id, kind, dedupe_key, channel, to_address, language, body, status)
         values ($1, $2, $3, 'meeting_reminder', $4, 'sms', '+46704440000', 'sv', 'Hej Pia!', 'held')
         returning id`,
        [newId(), unit.id, paused.id, meetingReminderKey(meetingId, paused.id, startsAt)],
      );
      return meetingReminderKey(meetingId, paused.id, startsAt);
    };
    const stillOn = await book(paused.id, fromNow(40));
    const off = await book(paused.id, fromNow(41));
    await as(app, coach).post(`/api/participants/${paused.id}/meetings/${off.id}/cancel`, {
      reason: 'Sjuk',
      version: 0,
    });
    const keep = await hold(stillOn.id, fromNow(40));
    const drop = await hold(off.id, fromNow(41));
    const movedKey = await hold(stillOn.id, fromNow(39));
    expect(await releaseHeldMessages(db, paused.id, new Date())).toEqual({ released: 1, failed: 2 });
    const { rows } = await db.query<{ dedupe_key: string; status: string; last_error: string | null }>(
      `select dedupe_key, status, last_error from outbox_messages where participant_id = $1`,
      [paused.id],
    );
    const statusOf = (key: string) => rows.find((r) => r.dedupe_key === key);
    expect(statusOf(keep)).toMatchObject({ status: 'pending', last_error: null });
    expect(statusOf(drop)).toMatchObject({ status: 'failed', last_error: 'paused' });
    expect(statusOf(movedKey)).toMatchObject({ status: 'failed', last_error: 'paused' });
  });
});
