import type { OutboxMessage, PauseRemindersInput } from '#shared/messages.ts';

export type MessageState = 'pending' | 'sent' | 'kept' | 'held' | 'failed';

/** A message the server kept (OUTBOX=log) is marked sent with provider `log`, but it never left the machine. */
export const messageState = (m: Pick<OutboxMessage, 'status' | 'providerId'>): MessageState =>
  m.status === 'sent' && m.providerId === 'log' ? 'kept' : m.status;

export type PauseValues = { untilOn: string; reason: string };

/** The pause form as the API takes it: an empty date means until someone ends the pause. */
export const pauseInput = (values: PauseValues): PauseRemindersInput => ({
  untilOn: values.untilOn || null,
  reason: values.reason,
});
