import type { OutboxMessage, PauseRemindersInput, ReminderPause, ReminderPauses } from '#shared/messages.ts';
import type { z } from 'zod';
import type { Queryable } from '../db/types.ts';
import { timeZone } from '../activities/recurrence.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { releaseHeldMessages } from '../outbox/delivery.ts';

type MessageRow = {
  id: string;
  kind: string;
  channel: 'email' | 'sms';
  to_address: string;
  language: string;
  subject: string | null;
  body: string;
  status: OutboxMessage['status'];
  attempts: number;
  last_error: string | null;
  provider_id: string | null;
  created_at: Date;
  sent_at: Date | null;
};

const presentMessage = (r: MessageRow): OutboxMessage => ({
  id: r.id,
  kind: r.kind,
  channel: r.channel,
  toAddress: r.to_address,
  language: r.language,
  subject: r.subject,
  body: r.body,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  providerId: r.provider_id,
  createdAt: r.created_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
});

/** Every message to her, pending or sent, newest first. */
export function listMessages(ctx: Ctx, participantId: string): Promise<OutboxMessage[]> {
  return forParticipant(ctx, participantId, 'participant.messages', async (tx) => {
    const { rows } = await tx.query<MessageRow>(
      `select id, kind, channel, to_address, language, subject, body, status, attempts, last_error, provider_id,
              created_at, sent_at
         from outbox_messages where participant_id = $1 and unit_id = $2
        order by created_at desc, id desc limit 500`,
      [participantId, ctx.actor.unitId],
    );
    await audit(tx, ctx, {
      action: 'participant.messages',
      participantId,
      details: { returned: rows.length },
    });
    return rows.map(presentMessage);
  });
}

type PauseRow = {
  id: string;
  from_on: string;
  until_on: string | null;
  reason: string;
  created_by: string | null;
  created_at: Date;
  ended_at: Date | null;
  ended_by: string | null;
  active: boolean;
};

const presentPause = (r: PauseRow): ReminderPause => ({
  id: r.id,
  fromOn: r.from_on,
  untilOn: r.until_on,
  reason: r.reason,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
  endedAt: r.ended_at?.toISOString() ?? null,
  endedBy: r.ended_by,
});

const today = `(now() at time zone '${timeZone}')::date`;

/** Her pauses; active is the one in force today or from a later day, not ended. */
async function pausesOf(tx: Queryable, participantId: string): Promise<ReminderPauses> {
  const { rows } = await tx.query<PauseRow>(
    `select rp.id, rp.from_on, rp.until_on, rp.reason, c.name as created_by, rp.created_at, rp.ended_at,
            e.name as ended_by,
            rp.ended_at is null and (rp.until_on is null or rp.until_on >= ${today}) as active
       from reminder_pauses rp
       left join users c on c.id = rp.created_by
       left join users e on e.id = rp.ended_by
      where rp.participant_id = $1
      order by rp.created_at desc, rp.id desc`,
    [participantId],
  );
  const active = rows.find((r) => r.active);
  return {
    active: active ? presentPause(active) : null,
    history: rows.filter((r) => r !== active).map(presentPause),
  };
}

export function getReminderPauses(ctx: Ctx, participantId: string): Promise<ReminderPauses> {
  return forParticipant(ctx, participantId, 'reminder_pause.read', async (tx) => {
    const pauses = await pausesOf(tx, participantId);
    await audit(tx, ctx, { action: 'reminder_pause.read', participantId });
    return pauses;
  });
}

/** Pauses her reminders from today (Stockholm), until a day or until someone ends the pause. */
export function pauseReminders(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof PauseRemindersInput>,
): Promise<ReminderPauses> {
  return forParticipant(ctx, participantId, 'reminder_pause.create', async (tx) => {
    if ((await pausesOf(tx, participantId)).active) {
      throw new AppError('conflict', 'Her reminders are already paused: end that pause first.');
    }
    const { rows } = await tx.query<{ today: string }>(`select ${today}::text as today`);
    if (input.untilOn && input.untilOn < rows[0]!.today) {
      throw new AppError('validation', 'The pause cannot end before today.', {
        errors: [{ path: ['untilOn'], message: 'The pause cannot end before today.', code: 'custom' }],
      });
    }
    const id = newId();
    await tx.query(
      `insert into reminder_pauses (id, participant_id, unit_id, from_on, until_on, reason, created_by)
       values ($1, $2, $3, ${today}, $4, $5, $6)`,
      [id, participantId, ctx.actor.unitId, input.untilOn ?? null, input.reason, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'reminder_pause.create',
      participantId,
      subjectType: 'reminder_pause',
      subjectId: id,
      details: { untilOn: input.untilOn ?? null },
    });
    return pausesOf(tx, participantId);
  });
}

/**
 * Ends the pause in force: reminders go out again from now on, and her held messages still worth sending go
 * back to pending (see releaseHeldMessages), once the pause's end is committed.
 */
export async function endReminderPause(ctx: Ctx, participantId: string): Promise<ReminderPauses> {
  const pauses = await forParticipant(ctx, participantId, 'reminder_pause.end', async (tx) => {
    const active = (await pausesOf(tx, participantId)).active;
    if (!active) throw notFound('Reminder pause');
    await tx.query('update reminder_pauses set ended_at = now(), ended_by = $2 where id = $1', [
      active.id,
      ctx.actor.userId,
    ]);
    await audit(tx, ctx, {
      action: 'reminder_pause.end',
      participantId,
      subjectType: 'reminder_pause',
      subjectId: active.id,
    });
    return pausesOf(tx, participantId);
  });
  await releaseHeldMessages(ctx.db, participantId, new Date());
  return pauses;
}
