import { describe, expect, it } from 'vitest';
import type { Log } from '#server/jobs/queue.ts';
import { newId } from '#server/lib/ids.ts';
import { logAdapter } from '#server/outbox/adapters.ts';
import { addMessage, deliverOutbox } from '#server/outbox/delivery.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { reminderKey } from './scheduler.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');
const hodan = await createParticipant(db, unit.id, 'Hodan', 'Yusuf');
const log: Log = { info() {}, warn() {}, error() {} };

// The pause is ended with the database's clock (now), so the sessions are placed around the real now.
const fromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);
const activityId = newId();
await db.query(`insert into activities (id, unit_id, type, title) values ($1, $2, 'swedish', 'Svenska')`, [
  activityId,
  unit.id,
]);
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
      cancelled ? new Date().toISOString() : null,
    ],
  );
  return id;
}
async function held(participantId: string, sessionId: string, startsAt: Date) {
  const id = await addMessage(db, {
    unitId: unit.id,
    participantId,
    kind: 'session_reminder',
    dedupeKey: reminderKey(sessionId, participantId, startsAt),
    channel: 'sms',
    toAddress: '+46701234567',
    language: 'sv',
    subject: null,
    body: 'Hej! Påminnelse: Svenska.',
  });
  await db.query(`update outbox_messages set status = 'held' where id = $1`, [id]);
  return id!;
}
const statusOf = async (id: string) =>
  (
    await db.query<{ status: string; last_error: string | null }>(
      'select status, last_error from outbox_messages where id = $1',
      [id],
    )
  ).rows[0];

describe('held messages when her reminder pause ends', () => {
  it('go back to pending while their session is still ahead; the others are marked failed (paused)', async () => {
    const tomorrow = fromNow(24);
    const upcoming = await held(amina.id, await session(tomorrow), tomorrow);
    const yesterday = fromNow(-24);
    const past = await held(amina.id, await session(yesterday), yesterday);
    const cancelled = await held(amina.id, await session(fromNow(30), true), fromNow(30));
    // A session moved to another time: the reminder held names the old start (a new one is written for it).
    const movedFrom = fromNow(48);
    const moved = await held(amina.id, await session(fromNow(50)), movedFrom);
    // Someone else's held message is not hers to release.
    const hodans = await held(hodan.id, await session(fromNow(26)), fromNow(26));

    const paused = await as(app, coach).post(`/api/participants/${amina.id}/reminder-pause`, {
      reason: 'Sjukskriven',
    });
    expect(paused.statusCode, paused.body).toBeLessThan(300);
    const ended = await as(app, coach).post(`/api/participants/${amina.id}/reminder-pause/end`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().active).toBeNull();

    expect(await statusOf(upcoming)).toEqual({ status: 'pending', last_error: null });
    for (const id of [past, cancelled, moved]) {
      expect(await statusOf(id)).toEqual({ status: 'failed', last_error: 'paused' });
    }
    expect(await statusOf(hodans)).toEqual({ status: 'held', last_error: null });

    // The released one goes out in the next round; nothing else does.
    const senders = { email: logAdapter(log), sms: logAdapter(log) };
    expect(await deliverOutbox(db, senders, new Date(), log)).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
      held: 0,
    });
    expect((await statusOf(upcoming))!.status).toBe('sent');
  });
});
