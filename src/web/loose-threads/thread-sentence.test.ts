import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LooseThread } from '#shared/plans.ts';
import { en } from '#web/i18n/en.ts';
import { sv } from '#web/i18n/sv.ts';
import { groupThreads, threadPath, threadSentence } from './thread-sentence.ts';

const thread = (
  kind: LooseThread['kind'],
  date: string | null,
  title: string | null = null,
): LooseThread => ({
  kind,
  participantId: 'p1',
  firstName: 'Amina',
  lastName: 'Ali',
  date,
  stepId: title ? 's1' : null,
  title,
});

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: 'sv',
    interpolation: { escapeValue: false },
  });
});

describe('loose threads in plain words', () => {
  it('says what is loose and since when, in Swedish', () => {
    const t = i18n.getFixedT('sv');
    expect(threadSentence(t, 'sv', thread('no_contact', '2026-03-02'))).toBe(
      'Ingen kontakt sedan 2 mars 2026',
    );
    expect(threadSentence(t, 'sv', thread('no_contact', null))).toBe('Ingen kontakt registrerad');
    expect(threadSentence(t, 'sv', thread('overdue_step', '2026-03-12', 'Anmälan till SFI'))).toBe(
      'Steget ’Anmälan till SFI’ skulle vara klart 12 mars 2026',
    );
    expect(threadSentence(t, 'sv', thread('unowned_step', null, 'Praktik'))).toBe(
      'Steget ’Praktik’ har ingen ansvarig',
    );
    expect(threadSentence(t, 'sv', thread('no_plan', '2026-02-04'))).toBe(
      'Ingen handlingsplan, inskriven 4 feb. 2026',
    );
    expect(threadSentence(t, 'sv', thread('assessment_due', null))).toBe('Ingen kartläggning är gjord');
    expect(threadSentence(t, 'sv', thread('exit_soon', '2026-06-30'))).toBe('Avslutas 30 juni 2026');
    expect(threadSentence(t, 'sv', thread('follow_up_due', '2026-09-15'))).toBe(
      'Uppföljning efter avslut, skulle göras 15 sep. 2026',
    );
    expect(threadSentence(t, 'sv', thread('unread_message', '2026-09-15'))).toBe(
      'Oläst meddelande från henne sedan 15 sep. 2026',
    );
    expect(threadSentence(t, 'sv', thread('check_in_unanswered', '2026-09-15'))).toBe(
      'Uppföljningen med språkvännen (15 sep. 2026) är inte besvarad',
    );
  });

  it('and in English', () => {
    const t = i18n.getFixedT('en');
    expect(threadSentence(t, 'en', thread('no_contact', '2026-03-02'))).toBe('No contact since 2 Mar 2026');
  });

  it('links each kind to the section where it is tied up', () => {
    expect(threadPath(thread('no_contact', null))).toBe('/participants/p1/contacts');
    expect(threadPath(thread('overdue_step', null))).toBe('/participants/p1/plan');
    expect(threadPath(thread('assessment_due', null))).toBe('/participants/p1/kartlaggning');
    expect(threadPath(thread('exit_soon', null))).toBe('/participants/p1/enrolments');
    expect(threadPath(thread('follow_up_due', null))).toBe('/participants/p1/milestones');
    expect(threadPath(thread('unread_message', null))).toBe('/participants/p1/conversation');
    expect(threadPath(thread('check_in_unanswered', null))).toBe('/participants/p1/language-friend');
  });

  it('groups by kind in a fixed order, without empty groups', () => {
    const groups = groupThreads([
      thread('exit_soon', null),
      thread('no_contact', null),
      thread('no_contact', null),
    ]);
    expect(groups.map((g) => [g.kind, g.items.length])).toEqual([
      ['no_contact', 2],
      ['exit_soon', 1],
    ]);
  });
});
