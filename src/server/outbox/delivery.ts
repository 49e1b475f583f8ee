import type { Db, Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';
import { backoffMs, leaseMs, type Log } from '../jobs/queue.ts';
import type { Senders } from './adapters.ts';

/** Attempts per message before it is marked failed. */
export const maxSendAttempts = 5;

export type NewMessage = {
  unitId: string;
  participantId: string | null;
  kind: string;
  dedupeKey: string | null;
  channel: 'email' | 'sms';
  toAddress: string;
  language: string;
  subject: string | null;
  body: string;
};

/** Puts a message in the outbox (pending); a second message with the same dedupe key is not added. */
export async function addMessage(db: Queryable, message: NewMessage): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `insert into outbox_messages (id, unit_id, participant_id, kind, dedupe_key, channel, to_address, language,
       subject, body)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (dedupe_key) do nothing returning id`,
    [
      newId(),
      message.unitId,
      message.participantId,
      message.kind,
      message.dedupeKey,
      message.channel,
      message.toAddress,
      message.language,
      message.subject,
      message.body,
    ],
  );
  return rows[0]?.id ?? null;
}

type Claimed = {
  id: string;
  participant_id: string | null;
  channel: 'email' | 'sms';
  to_address: string;
  subject: string | null;
  body: string;
  attempts: number;
  paused: boolean;
};

/** SQL: is the participant's reminder pause in force on the Stockholm day of $1? */
export const pausedOnDaySql = (participant: string, day: string) => `exists (
  select 1 from reminder_pauses rp
   where rp.participant_id = ${participant} and rp.ended_at is null
     and rp.from_on <= ${day} and (rp.until_on is null or rp.until_on >= ${day}))`;

/**
 * Messages about her that go to someone else and are not held by her pause: a supervisor's evaluation
 * reminder carries the only working link (the reminder replaced the old one), and her pause is about
 * messages to her.
 */
const notHeldKinds = ['evaluation_reminder'].map((k) => `'${k}'`).join(', ');

export type DeliverySummary = { sent: number; retried: number; failed: number; held: number };

/**
 * Sends the pending messages that are due, each through its channel's adapter. Messages are claimed with
 * `for update skip locked` and a lease (next_attempt_at moves ahead), so several servers never send one
 * twice. A message for someone whose reminders are paused today is held, not sent; a failed send is retried
 * with backoff and marked failed after `maxSendAttempts`.
 */
export async function deliverOutbox(
  db: Db,
  senders: Senders,
  now: Date,
  log: Log,
  limit = 50,
): Promise<DeliverySummary> {
  const at = now.toISOString();
  const claimed = await db.transaction(async (tx) => {
    const { rows } = await tx.query<Claimed>(
      `with due as (
         select id from outbox_messages where status = 'pending' and next_attempt_at <= $1
          order by next_attempt_at, id limit $2 for update skip locked)
       update outbox_messages m set attempts = m.attempts + 1,
              next_attempt_at = $1::timestamptz + make_interval(secs => $3)
         from due where m.id = due.id
       returning m.id, m.participant_id, m.channel, m.to_address, m.subject, m.body, m.attempts,
         m.kind not in (${notHeldKinds}) and ${pausedOnDaySql('m.participant_id', `($1::timestamptz at time zone 'Europe/Stockholm')::date`)} as paused`,
      [at, limit, leaseMs / 1000],
    );
    return rows;
  });
  const summary: DeliverySummary = { sent: 0, retried: 0, failed: 0, held: 0 };
  for (const m of claimed) {
    if (m.paused) {
      await db.query(
        `update outbox_messages set status = 'held', attempts = attempts - 1, last_error = null where id = $1`,
        [m.id],
      );
      summary.held++;
      continue;
    }
    try {
      const sender = senders[m.channel];
      if (!sender) throw new Error(`no provider is configured for ${m.channel} (OUTBOX=send)`);
      const { providerId } = await sender.send({
        id: m.id,
        channel: m.channel,
        toAddress: m.to_address,
        subject: m.subject,
        body: m.body,
      });
      await db.query(
        `update outbox_messages set status = 'sent', sent_at = $2, provider_id = $3, last_error = null
          where id = $1`,
        [m.id, at, providerId.slice(0, 300)],
      );
      summary.sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      if (m.attempts >= maxSendAttempts) {
        await db.query(`update outbox_messages set status = 'failed', last_error = $2 where id = $1`, [
          m.id,
          message,
        ]);
        summary.failed++;
        log.error({ messageId: m.id, channel: m.channel, error: message }, 'outbox: message failed for good');
      } else {
        await db.query('update outbox_messages set next_attempt_at = $2, last_error = $3 where id = $1', [
          m.id,
          new Date(now.getTime() + backoffMs(m.attempts)).toISOString(),
          message,
        ]);
        summary.retried++;
        log.warn({ messageId: m.id, channel: m.channel, error: message }, 'outbox: send failed; will retry');
      }
    }
  }
  return summary;
}

/**
 * When her reminder pause ends: her held messages whose reason still holds go back to pending (sent in the
 * next round); a session reminder whose session has started, been cancelled or moved (its start is in the
 * dedupe key), or a meeting reminder whose meeting has started, been cancelled, held or moved, is marked
 * failed with last_error 'paused'. We mark rather than leave those held so that her
 * message log shows plainly that they will never go out, and why; the rows stay as the record. Other kinds
 * carry no reason we can check and are released. Runs on the owner connection (staff may only read the
 * outbox).
 */
export async function releaseHeldMessages(
  db: Queryable,
  participantId: string,
  now: Date,
): Promise<{ released: number; failed: number }> {
  const { rows } = await db.query<{ status: 'pending' | 'failed' }>(
    `with held as (
       select m.id,
              case m.kind
                when 'session_reminder' then exists (
                  select 1 from activity_sessions s
                   where s.id::text = split_part(m.dedupe_key, ':', 2)
                     and s.cancelled_at is null and s.starts_at > $2::timestamptz
                     and (extract(epoch from s.starts_at) * 1000)::bigint::text = split_part(m.dedupe_key, ':', 4))
                when 'meeting_reminder' then exists (
                  select 1 from meetings mt
                   where mt.id::text = split_part(m.dedupe_key, ':', 2)
                     and mt.status = 'planned' and mt.starts_at > $2::timestamptz
                     and (extract(epoch from mt.starts_at) * 1000)::bigint::text = split_part(m.dedupe_key, ':', 4))
                else true
              end as current
         from outbox_messages m
        where m.participant_id = $1 and m.status = 'held'
        for update of m)
     update outbox_messages m
        set status = case when held.current then 'pending' else 'failed' end,
            last_error = case when held.current then null else 'paused' end,
            next_attempt_at = $2::timestamptz
       from held where m.id = held.id
     returning m.status`,
    [participantId, now.toISOString()],
  );
  return {
    released: rows.filter((r) => r.status === 'pending').length,
    failed: rows.filter((r) => r.status === 'failed').length,
  };
}
