import { describe, expect, it } from 'vitest';
import { contactInput, stockholmTimestamp } from './contact-values.ts';

describe('contact form values', () => {
  it('reads the time on the wall clock in Stockholm, winter and summer', () => {
    expect(stockholmTimestamp('2026-01-15', '09:30')).toBe('2026-01-15T09:30:00+01:00');
    expect(stockholmTimestamp('2026-07-01', '14:05')).toBe('2026-07-01T14:05:00+02:00');
    expect(stockholmTimestamp('2026-07-01', '')).toBe('');
  });

  it('drops the language when no interpreter or language supporter took part', () => {
    const base = { kind: 'meeting', date: '2026-03-03', time: '10:00', language: 'so', note: '  ' };
    expect(contactInput({ ...base, languageSupport: 'none' })).toEqual({
      kind: 'meeting',
      happenedAt: '2026-03-03T10:00:00+01:00',
      languageSupport: 'none',
      language: null,
      note: null,
    });
    expect(contactInput({ ...base, languageSupport: 'interpreter' }).language).toBe('so');
  });
});
