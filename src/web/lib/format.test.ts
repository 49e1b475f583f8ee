import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, sortBy } from './format.ts';

describe('formatting', () => {
  it('shows instants in Swedish time whatever the machine’s zone', () => {
    // 23:30 UTC on New Year's Eve is already New Year's Day in Stockholm; midsummer is on summer time.
    expect(formatDateTime('2025-12-31T23:30:00Z', 'sv')).toBe('1 jan. 2026 00:30');
    expect(formatDateTime('2025-06-20T10:00:00Z', 'en')).toBe('20 Jun 2025, 12:00');
  });

  it('shows a calendar date as that day, in the language asked for', () => {
    expect(formatDate('1990-03-01', 'sv')).toBe('1 mars 1990');
    expect(formatDate('1990-03-01', 'en')).toBe('1 Mar 1990');
  });

  it('sorts names the Swedish way, with å, ä and ö after z', () => {
    expect(sortBy(['Östen', 'Åsa', 'Zara', 'Ärla', 'Adam'], (n) => n)).toEqual([
      'Adam',
      'Zara',
      'Åsa',
      'Ärla',
      'Östen',
    ]);
  });
});
