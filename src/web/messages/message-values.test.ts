import { describe, expect, it } from 'vitest';
import { PauseRemindersInput } from '#shared/messages.ts';
import { messageState, pauseInput } from './message-values.ts';

describe('messageState', () => {
  it('tells a message kept on the server from one really sent', () => {
    expect(messageState({ status: 'sent', providerId: 'log' })).toBe('kept');
    expect(messageState({ status: 'sent', providerId: '<abc@smtp>' })).toBe('sent');
    expect(messageState({ status: 'held', providerId: null })).toBe('held');
    expect(messageState({ status: 'failed', providerId: null })).toBe('failed');
    expect(messageState({ status: 'pending', providerId: null })).toBe('pending');
  });
});

describe('pauseInput', () => {
  it('sends no date as a pause until ended, and a reason is required by the shared contract', () => {
    expect(pauseInput({ untilOn: '', reason: 'Sjukskriven' })).toEqual({
      untilOn: null,
      reason: 'Sjukskriven',
    });
    expect(pauseInput({ untilOn: '2026-12-24', reason: 'Resa' }).untilOn).toBe('2026-12-24');
    const parsed = PauseRemindersInput.safeParse(pauseInput({ untilOn: '', reason: '  ' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['reason']);
  });
});
