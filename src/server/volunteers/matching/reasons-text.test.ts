import { describe, expect, it } from 'vitest';
import { MatchReason, reasonText } from '#shared/language-friends.ts';
import { proposeMatches } from './propose.ts';
import { reasonsInWords } from './reasons-text.ts';
import { seededRandom } from './random.ts';
import { syntheticPeople } from './synthetic-profiles.ts';

describe('reasons in words', () => {
  it('says each kind of reason in Swedish and English', () => {
    const cases: [MatchReason, string, string][] = [
      [
        { kind: 'shared_interests', points: 20, interests: ['cooking', 'walking'] },
        'Gemensamma intressen: matlagning och promenader.',
        'Shared interests: cooking and walking.',
      ],
      [
        { kind: 'shared_language', points: 25, code: 'ar', level: 'native' },
        'Båda har arabiska som modersmål.',
        'Both speak Arabic as their first language.',
      ],
      [
        { kind: 'shared_language', points: 18, code: 'en', level: 'good' },
        'Båda talar engelska på minst god nivå.',
        'Both speak English at least at a good level.',
      ],
      [
        { kind: 'shared_language', points: 8, code: 'prs', level: 'basic' },
        'Båda talar dari på minst grundläggande nivå.',
        'Both speak Dari at least at a basic level.',
      ],
      [
        { kind: 'swedish_only', points: 25 },
        'Deltagaren vill bara öva svenska, så ett gemensamt stödspråk behövs inte.',
        'The participant wants to practise Swedish only, so no shared support language is needed.',
      ],
      [
        { kind: 'availability', points: 15, slots: ['mon_evening', 'wed_evening', 'sat_morning'] },
        'Båda kan träffas måndag kväll, onsdag kväll och lördag förmiddag.',
        'Both are free on Monday evening, Wednesday evening and Saturday morning.',
      ],
      [
        { kind: 'distance', points: 12, km: 3.4, sameArea: false },
        'Omkring 3,4 km mellan deras områden.',
        'About 3.4 km between their areas.',
      ],
      [
        { kind: 'distance', points: 15, km: 0, sameArea: true },
        'De bor i samma område.',
        'They live in the same area.',
      ],
      [
        { kind: 'age', points: 10, sameBand: true },
        'De är i samma åldersgrupp.',
        'They are in the same age group.',
      ],
      [{ kind: 'age', points: 5, sameBand: false }, 'De är nära varandra i ålder.', 'They are close in age.'],
      [
        { kind: 'life_situation', points: 8, shared: ['hasChildren', 'working'] },
        'Båda har barn och arbetar.',
        'Both have children and are working.',
      ],
      [
        { kind: 'family_wish', points: 5, wishedBy: 'participant' },
        'Deltagaren önskade träffa en familj, och volontären har barn.',
        'The participant wished to meet a family, and the volunteer has children.',
      ],
      [
        { kind: 'family_wish', points: 5, wishedBy: 'volunteer' },
        'Volontären önskade träffa en familj, och deltagaren har barn.',
        'The volunteer wished to meet a family, and the participant has children.',
      ],
      [
        { kind: 'woman_as_wished', points: 0 },
        'Deltagaren önskade träffa en kvinna, och volontären är en kvinna.',
        'The participant wished to meet a woman, and the volunteer is a woman.',
      ],
    ];
    for (const [reason, sv, en] of cases) {
      expect(reasonText(reason, 'sv')).toBe(sv);
      expect(reasonText(reason, 'en')).toBe(en);
    }
  });

  it('says every reason of a real proposal, the weightiest first', () => {
    const { volunteers, participants } = syntheticPeople(seededRandom(3), 40, 40);
    const { pairs } = proposeMatches(volunteers, participants);
    expect(pairs.length).toBeGreaterThan(10);
    for (const pair of pairs)
      for (const lang of ['sv', 'en'] as const) {
        const words = reasonsInWords(pair.reasons, lang);
        expect(words).toHaveLength(pair.reasons.length);
        for (const w of words) expect(w).toMatch(/^[A-ZÅÄÖ].*\.$/);
        for (const w of words) expect(w).not.toMatch(/undefined|null|NaN/);
      }
    // What the engine gives is what the shared contract (and so the web) accepts.
    for (const pair of pairs) for (const r of pair.reasons) expect(MatchReason.parse(r)).toEqual(r);
    expect(() => MatchReason.parse({ kind: 'availability', points: 6, slots: ['tue_night'] })).toThrow();
    const first = pairs[0]!.reasons;
    expect(reasonsInWords(first, 'en')[0]).toBe(
      reasonText([...first].sort((a, b) => b.points - a.points)[0]!, 'en'),
    );
  });
});
