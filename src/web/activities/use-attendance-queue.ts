import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Roster } from '#shared/activities.ts';
import { isApiError } from '#web/lib/api.ts';
import { markAttendance, rosterKey } from './api.ts';
import * as q from './attendance-queue.ts';

/** Refused for good: retrying the same mark would be refused again. */
const final = (error: unknown) => isApiError(error) && [400, 403, 404, 409, 422].includes(error.status);

/**
 * The attendance screen's taps: each is sent at once; one that fails stays queued and is retried with
 * backoff, when the browser comes back online, and on request. The queue is kept in the tab's session
 * storage, so a reload while offline keeps the marks too.
 */
export function useAttendanceQueue(sessionId: string) {
  const queryClient = useQueryClient();
  const storageKey = `attendance-queue:${sessionId}`;
  const [queue, setQueue] = useState<q.Queue>(() => {
    try {
      const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]') as q.Queued[];
      return stored.map((s) => ({ ...s, sending: false }));
    } catch {
      return q.emptyQueue;
    }
  });
  const [refused, setRefused] = useState<Record<string, unknown>>({});
  const ref = useRef(queue);
  const update = useCallback(
    (next: (queue: q.Queue) => q.Queue) => {
      ref.current = next(ref.current);
      setQueue(ref.current);
      const saved = ref.current.filter((s) => s.attempts > 0 || s.sending);
      if (saved.length) sessionStorage.setItem(storageKey, JSON.stringify(ref.current));
      else sessionStorage.removeItem(storageKey);
    },
    [storageKey],
  );

  const flush = useCallback(() => {
    const run = (): void => {
      for (const item of q.due(ref.current)) {
        const { participantId, status } = item;
        update((queue) => q.sending(queue, participantId));
        markAttendance(sessionId, participantId, status).then(
          (line) => {
            queryClient.setQueryData<Roster>(rosterKey(sessionId), (roster) =>
              roster
                ? {
                    ...roster,
                    lines: roster.lines.map((l) => (l.participantId === participantId ? line : l)),
                  }
                : roster,
            );
            update((queue) => q.sent(queue, participantId, status));
            // A newer tap made while this one was on its way goes now.
            if (q.due(ref.current).some((d) => d.participantId === participantId)) run();
          },
          (error: unknown) => {
            if (final(error)) {
              update((queue) => q.dropped(queue, participantId));
              setRefused((r) => ({ ...r, [participantId]: error }));
            } else {
              update((queue) => q.failed(queue, participantId));
            }
          },
        );
      }
    };
    run();
  }, [queryClient, sessionId, update]);

  const tap = (participantId: string, status: q.Status) => {
    setRefused(({ [participantId]: _, ...rest }) => rest);
    update((queue) => q.tap(queue, participantId, status));
    flush();
  };

  // Send what a reload found queued; retry when the connection returns.
  useEffect(() => {
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [flush]);

  // Automatic retries with backoff while something is waiting.
  const delay = q.nextRetry(queue);
  useEffect(() => {
    if (delay === null) return;
    const timer = window.setTimeout(flush, delay);
    return () => window.clearTimeout(timer);
  }, [delay, queue, flush]);

  return { queue, tap, retry: flush, refused };
}
