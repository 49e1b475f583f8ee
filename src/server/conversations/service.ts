import type { Conversation, ConversationMessage, UnreadCount } from '#shared/conversations.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { addMessage } from '../outbox/delivery.ts';
import { channelFor } from '../reminders/scheduler.ts';
import { newMessageNotice } from './notice.ts';
import { selectThread } from './presenter.ts';

/**
 * The team's side of her conversation (Samtal), from her case file. Opening the thread marks her messages read
 * by the team (any member: she sees when, not who).
 */
export function getConversation(ctx: Ctx, participantId: string): Promise<Conversation> {
  return forParticipant(ctx, participantId, 'conversation.read', async (tx) => {
    const marked = await tx.query(
      `update conversation_messages set read_at = now()
        where participant_id = $1 and sender = 'participant' and read_at is null`,
      [participantId],
    );
    const messages = await selectThread(tx, participantId);
    await audit(tx, ctx, {
      action: 'conversation.read',
      participantId,
      details: { returned: messages.length, markedRead: marked.rowCount ?? 0 },
    });
    return { messages, newCount: marked.rowCount ?? 0 };
  });
}

/** Her messages the team has not read yet (the tab's badge); reading the count marks nothing. */
export function countUnreadFromHer(ctx: Ctx, participantId: string): Promise<UnreadCount> {
  return forParticipant(ctx, participantId, 'conversation.unread', async (tx) => {
    const { rows } = await tx.query<{ unread: number }>(
      `select count(*)::int as unread from conversation_messages
        where participant_id = $1 and sender = 'participant' and read_at is null`,
      [participantId],
    );
    await audit(tx, ctx, { action: 'conversation.unread', participantId, details: rows[0] });
    return rows[0]!;
  });
}

/**
 * Tells her by SMS or e-mail that the team wrote, if she uses the app. One notice for each run of messages she
 * has not read: the dedupe key is her oldest unread message from the team, so a burst sends one and the next
 * message after she has read them sends another. Her reminder pause holds it like any message to her.
 */
async function noticeOfNewMessage(tx: Queryable, ctx: Ctx, participantId: string, publicUrl: string) {
  const { rows } = await tx.query<{
    first_name: string;
    languages: string[];
    phone: string | null;
    email: string | null;
    preferred_channel: 'phone' | 'sms' | 'email' | 'letter' | null;
    uses_app: boolean;
    oldest_unread: string;
  }>(
    `select p.first_name, p.languages, p.phone, p.email, p.preferred_channel,
            exists (select 1 from participant_passkeys k where k.participant_id = p.id and k.revoked_at is null)
            or exists (select 1 from participant_sessions s where s.participant_id = p.id and s.revoked_at is null
                         and s.expires_at > now()) as uses_app,
            (select m.id from conversation_messages m
              where m.participant_id = p.id and m.sender = 'staff' and m.read_at is null
              order by m.created_at, m.id limit 1) as oldest_unread
       from participants p where p.id = $1`,
    [participantId],
  );
  const p = rows[0]!;
  const channel = channelFor(p);
  if (!p.uses_app || !channel) return false;
  const text = newMessageNotice(p.languages, p.first_name, publicUrl);
  const added = await addMessage(tx, {
    unitId: ctx.actor.unitId!,
    participantId,
    kind: 'conversation_message',
    dedupeKey: `conversation:${participantId}:${p.oldest_unread}`,
    channel: channel.channel,
    toAddress: channel.to,
    language: text.language,
    subject: text.subject,
    body: text.body,
  });
  return added !== null;
}

/** A message from the team to her, written as the caller; she is told through the outbox (never its text). */
export function sendStaffMessage(
  ctx: Ctx,
  publicUrl: string,
  participantId: string,
  body: string,
): Promise<ConversationMessage> {
  return forParticipant(ctx, participantId, 'conversation.write', async (tx) => {
    const id = newId();
    const { rows } = await tx.query<{ created_at: Date }>(
      `insert into conversation_messages (id, unit_id, participant_id, sender, author_user_id, body)
       values ($1, $2, $3, 'staff', $4, $5) returning created_at`,
      [id, ctx.actor.unitId, participantId, ctx.actor.userId, body],
    );
    const notified = await noticeOfNewMessage(tx, ctx, participantId, publicUrl);
    await audit(tx, ctx, {
      action: 'conversation.write',
      participantId,
      subjectType: 'conversation_message',
      subjectId: id,
      details: { length: body.length, notified },
    });
    return {
      id,
      from: 'staff',
      authorName: ctx.actor.name,
      body,
      sentAt: rows[0]!.created_at.toISOString(),
      readAt: null,
    };
  });
}
