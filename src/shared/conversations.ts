import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** Samtal: one thread per participant between her and the team of her unit (not the reminder outbox). */

/** The longest message: a few paragraphs, enough to say something and short enough to read on a phone. */
export const maxMessageLength = 2000;

export const NewConversationMessage = z.strictObject({
  body: z.string().trim().min(1, 'write a message').max(maxMessageLength),
});
export type NewConversationMessage = z.infer<typeof NewConversationMessage>;

export const ConversationMessage = z.object({
  id: Id,
  from: z.enum(['participant', 'staff']),
  /** The staff member who wrote it; null for her own messages. */
  authorName: z.string().nullable(),
  body: z.string(),
  sentAt: Timestamp,
  /**
   * When the other side first opened the thread after it: for hers, any member of the team (not who); for the
   * team's, she. Null while unread.
   */
  readAt: Timestamp.nullable(),
});
export type ConversationMessage = z.infer<typeof ConversationMessage>;

export const Conversation = z.object({
  /** Oldest first. */
  messages: z.array(ConversationMessage),
  /** Messages to the reader that were unread when the thread was opened (opening marks them read). */
  newCount: z.number().int().nonnegative(),
});
export type Conversation = z.infer<typeof Conversation>;

/** Messages to the reader not yet read, for a badge (reading the count does not mark them read). */
export const UnreadCount = z.object({ unread: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof UnreadCount>;
