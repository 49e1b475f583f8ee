import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const CalendarFeed = z.object({
  id: Id,
  /** Whose schedule: the signed-in staff member's own, or a participant's. */
  participantId: Id.nullable(),
  createdBy: z.string().nullable(),
  createdAt: Timestamp,
  lastReadAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;

/** A new feed: the address holds the token, which is shown this once and never stored. */
export const NewCalendarFeed = CalendarFeed.extend({ url: z.url() });
export type NewCalendarFeed = z.infer<typeof NewCalendarFeed>;

export const FeedTokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/) });
