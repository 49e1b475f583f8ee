import type { ConversationMessage } from '#shared/conversations.ts';
import type { Queryable } from '../db/types.ts';

type MessageRow = {
  id: string;
  sender: 'participant' | 'staff';
  author_name: string | null;
  body: string;
  created_at: Date;
  read_at: Date | null;
};

/** The latest messages a thread shows, oldest first. */
export const threadLength = 200;

export const presentMessage = (r: MessageRow): ConversationMessage => ({
  id: r.id,
  from: r.sender,
  authorName: r.author_name,
  body: r.body,
  sentAt: r.created_at.toISOString(),
  readAt: r.read_at?.toISOString() ?? null,
});

/**
 * Her thread, the latest `threadLength` messages oldest first. Row-level security decides who may read it (the
 * team of her unit, or she). Staff names come from users, which row-level security hides from her: in her app
 * a staff message is from "your team".
 */
export async function selectThread(tx: Queryable, participantId: string): Promise<ConversationMessage[]> {
  const { rows } = await tx.query<MessageRow>(
    `select * from (
       select m.id, m.sender, u.name as author_name, m.body, m.created_at, m.read_at
         from conversation_messages m left join users u on u.id = m.author_user_id
        where m.participant_id = $1
        order by m.created_at desc, m.id desc limit $2) latest
      order by created_at, id`,
    [participantId, threadLength],
  );
  return rows.map(presentMessage);
}
