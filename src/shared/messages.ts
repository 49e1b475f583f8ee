import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const messageChannels = ['email', 'sms'] as const;
export const messageStatuses = ['pending', 'sent', 'failed', 'held'] as const;

/** One message to a participant (a reminder), as staff see it in her message log. */
export const OutboxMessage = z.object({
  id: Id,
  kind: z.string(),
  channel: z.enum(messageChannels),
  toAddress: z.string(),
  language: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  /** held: not sent because her reminders were paused when it was due. */
  status: z.enum(messageStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** `log`: kept on the server (OUTBOX=log), never sent. */
  providerId: z.string().nullable(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const ReminderPause = z.object({
  id: Id,
  fromOn: z.iso.date(),
  untilOn: z.iso.date().nullable(),
  reason: z.string(),
  createdBy: z.string().nullable(),
  createdAt: Timestamp,
  endedAt: Timestamp.nullable(),
  endedBy: z.string().nullable(),
});
export type ReminderPause = z.infer<typeof ReminderPause>;

/** The pause in force today (if any) and every earlier one, newest first. */
export const ReminderPauses = z.object({
  active: ReminderPause.nullable(),
  history: z.array(ReminderPause),
});
export type ReminderPauses = z.infer<typeof ReminderPauses>;

/** Pause her reminders from today, until a day (inclusive) or until someone ends the pause. */
export const PauseRemindersInput = z.strictObject({
  untilOn: z.iso.date().nullable().optional(),
  reason: z.string().trim().min(1).max(500),
});
export type PauseRemindersInput = z.input<typeof PauseRemindersInput>;
