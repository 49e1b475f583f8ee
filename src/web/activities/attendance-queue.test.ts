import { describe, expect, it } from 'vitest';
import {
  due,
  emptyQueue,
  failed,
  markedCount,
  nextRetry,
  retryDelay,
  sending,
  sent,
  shown,
  tap,
  unmarked,
  unsaved,
} from './attendance-queue.ts';

const lines = [
  { participantId: 'amina', status: null },
  { participantId: 'hodan', status: 'present' as const },
  { participantId: 'yonas', status: null },
];

describe('the attendance queue', () => {
  it('shows a tap at once and forgets it when the server has taken it', () => {
    let queue = tap(emptyQueue, 'amina', 'present');
    expect(shown(queue, 'amina', null)).toBe('present');
    expect(due(queue).map((q) => q.participantId)).toEqual(['amina']);
    queue = sending(queue, 'amina');
    expect(due(queue)).toEqual([]);
    queue = sent(queue, 'amina', 'present');
    expect(queue).toEqual([]);
  });

  it('keeps a newer tap made while the older one was on its way', () => {
    let queue = sending(tap(emptyQueue, 'amina', 'present'), 'amina');
    queue = tap(queue, 'amina', 'absent');
    expect(due(queue)).toEqual([]);
    queue = sent(queue, 'amina', 'present');
    expect(queue).toEqual([{ participantId: 'amina', status: 'absent', attempts: 0, sending: false }]);
    expect(shown(queue, 'amina', 'present')).toBe('absent');
  });

  it('keeps a failed mark, says it is not saved, and backs off between retries', () => {
    let queue = failed(sending(tap(emptyQueue, 'amina', 'excused'), 'amina'), 'amina');
    expect(unsaved(queue, 'amina')).toBe(true);
    expect(unsaved(queue, 'hodan')).toBe(false);
    expect(due(queue)).toHaveLength(1);
    expect(nextRetry(queue)).toBe(1000);
    queue = failed(failed(queue, 'amina'), 'amina');
    expect(nextRetry(queue)).toBe(4000);
    expect(retryDelay(20)).toBe(30_000);
    expect(nextRetry(emptyQueue)).toBeNull();
    // A new tap starts over: sent at once, not yet "not saved".
    expect(unsaved(tap(queue, 'amina', 'present'), 'amina')).toBe(false);
  });

  it('counts the marked and finds the unmarked, queued marks included', () => {
    const queue = tap(emptyQueue, 'amina', 'absent');
    expect(markedCount(emptyQueue, lines)).toBe(1);
    expect(markedCount(queue, lines)).toBe(2);
    expect(unmarked(queue, lines)).toEqual(['yonas']);
  });
});
