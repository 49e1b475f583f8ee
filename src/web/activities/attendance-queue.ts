/**
 * The attendance screen's marks on their way to the server. Each tap replaces the person's queued mark,
 * a mark leaves the queue only when the server has taken that very mark, and a failed send stays queued
 * with its attempts counted for the backoff: nothing tapped is lost while the connection is down.
 */
export type Status = 'present' | 'absent' | 'excused';

export type Queued = { participantId: string; status: Status; attempts: number; sending: boolean };
export type Queue = readonly Queued[];

export const emptyQueue: Queue = [];

const without = (queue: Queue, participantId: string) =>
  queue.filter((q) => q.participantId !== participantId);

/**
 * A tap: the newest mark for her, sent at once, or as soon as an earlier mark of hers on its way has
 * arrived, so that two marks for one person never race and the last tap is the one kept.
 */
export const tap = (queue: Queue, participantId: string, status: Status): Queue => [
  ...without(queue, participantId),
  {
    participantId,
    status,
    attempts: 0,
    sending: queue.some((q) => q.participantId === participantId && q.sending),
  },
];

/** The marks that may be sent now: queued and not already on their way. */
export const due = (queue: Queue): Queued[] => queue.filter((q) => !q.sending);

export const sending = (queue: Queue, participantId: string): Queue =>
  queue.map((q) => (q.participantId === participantId ? { ...q, sending: true } : q));

/** The server took `status`; a newer tap made meanwhile stays queued and goes next. */
export const sent = (queue: Queue, participantId: string, status: Status): Queue =>
  queue.flatMap((q) =>
    q.participantId !== participantId ? [q] : q.status === status ? [] : [{ ...q, sending: false }],
  );

/** The send failed and may work later (offline, a server error): kept, one more attempt counted. */
export const failed = (queue: Queue, participantId: string): Queue =>
  queue.map((q) =>
    q.participantId === participantId ? { ...q, sending: false, attempts: q.attempts + 1 } : q,
  );

/** Refused for good (she is not on the session, the session is cancelled): retrying would not help. */
export const dropped = without;

/** Whether a mark is waiting after at least one failed attempt ("Inte sparat än"). */
export const unsaved = (queue: Queue, participantId: string): boolean =>
  queue.some((q) => q.participantId === participantId && q.attempts > 0);

/** Seconds-scale backoff: 1, 2, 4, 8, 16 then every 30 seconds. */
export const retryDelay = (attempts: number): number =>
  Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));

/** The delay before the next automatic retry, or null when nothing failed. */
export function nextRetry(queue: Queue): number | null {
  const waiting = queue.filter((q) => q.attempts > 0 && !q.sending);
  if (!waiting.length) return null;
  return retryDelay(Math.min(...waiting.map((q) => q.attempts)));
}

/** What the screen shows for her: the queued mark if any (optimistic), else the server's. */
export const shown = (queue: Queue, participantId: string, saved: Status | null): Status | null =>
  queue.find((q) => q.participantId === participantId)?.status ?? saved;

type Line = { participantId: string; status: Status | null };

export const markedCount = (queue: Queue, lines: readonly Line[]): number =>
  lines.filter((l) => shown(queue, l.participantId, l.status) !== null).length;

/** The people with no mark yet, for "Markera alla som närvarande". */
export const unmarked = (queue: Queue, lines: readonly Line[]): string[] =>
  lines.filter((l) => shown(queue, l.participantId, l.status) === null).map((l) => l.participantId);
