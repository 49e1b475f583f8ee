import type { Conversation, ConversationMessage, UnreadCount } from '#shared/conversations.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import { newId } from '../lib/ids.ts';
import { auditAsParticipant } from '../participant-access/me.ts';
import { selectThread } from './presenter.ts';

/**
 * Her side of the conversation, in the participant app. Her id is from her session only, and row-level
 * security (the _self policies of 0024) shows and accepts her own rows only.
 */

/** Her thread; opening it marks the team's messages read by her. */
export function getMyConversation(ctx: ParticipantCtx): Promise<Conversation> {
  const { participantId } = ctx.participant;
  return inParticipant(ctx, async (tx) => {
    const marked = await tx.query(
      `update conversation_messages set read_at = now()
        where participant_id = $1 and sender = 'staff' and read_at is null`,
      [participantId],
    );
    const messages = await selectThread(tx, participantId);
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.conversation_read',
      details: { returned: messages.length, markedRead: marked.rowCount ?? 0 },
    });
    return { messages, newCount: marked.rowCount ?? 0 };
  });
}

/** How many of the team's messages she has not read (her home tile's badge); marks nothing. */
export function countMyUnread(ctx: ParticipantCtx): Promise<UnreadCount> {
  return inParticipant(ctx, async (tx) => {
    const { rows } = await tx.query<{ unread: number }>(
      `select count(*)::int as unread from conversation_messages
        where participant_id = $1 and sender = 'staff' and read_at is null`,
      [ctx.participant.participantId],
    );
    await auditAsParticipant(tx, ctx, { action: 'participant_app.conversation_unread', details: rows[0] });
    return rows[0]!;
  });
}

/** A message from her to the team of her unit. */
export function sendMyMessage(ctx: ParticipantCtx, body: string): Promise<ConversationMessage> {
  const { participantId, unitId } = ctx.participant;
  return inParticipant(ctx, async (tx) => {
    const id = newId();
    const { rows } = await tx.query<{ created_at: Date }>(
      `insert into conversation_messages (id, unit_id, participant_id, sender, body)
       values ($1, $2, $3, 'participant', $4) returning created_at`,
      [id, unitId, participantId, body],
    );
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.conversation_write',
      subjectType: 'conversation_message',
      subjectId: id,
      details: { length: body.length },
    });
    return {
      id,
      from: 'participant',
      authorName: null,
      body,
      sentAt: rows[0]!.created_at.toISOString(),
      readAt: null,
    };
  });
}
