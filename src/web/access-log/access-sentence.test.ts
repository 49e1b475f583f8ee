import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '#web/i18n/en.ts';
import { sv } from '#web/i18n/sv.ts';
import { accessSentence } from './access-sentence.ts';

const instance = i18next.createInstance();
await instance.init({
  lng: 'sv',
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

describe('the access log in plain words', () => {
  const at = '2026-03-03T09:15:00Z';

  it('says who, in what role, did what and when', () => {
    const entry = { at, actorName: 'Cecilia', actorRole: 'coach', action: 'journal.read' };
    expect(accessSentence(instance.t, entry, 'sv')).toBe(
      'Cecilia (arbetsmarknadscoach) läste din journal 3 mars 2026',
    );
    expect(accessSentence(instance.getFixedT('en'), entry, 'en')).toBe(
      'Cecilia (employment coach) read your journal 3 Mar 2026',
    );
  });

  it('falls back to "opened the file" and to "someone on the staff"', () => {
    const entry = { at, actorName: null, actorRole: null, action: 'plan.read' };
    expect(accessSentence(instance.t, entry, 'sv')).toBe('Någon i personalen öppnade akten 3 mars 2026');
  });
});
