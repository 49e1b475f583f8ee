import { describe, expect, it } from 'vitest';
import type { MatchReason } from '#shared/language-friends.ts';
import { MatchingContext } from './compile.ts';
import { buildScoreMatrix } from './propose.ts';
import { seededRandom } from './random.ts';
import { MAX_SCORE, scorePair } from './score.ts';
import { syntheticAreas, syntheticParticipant, syntheticVolunteer } from './synthetic-profiles.ts';
import { centre, participant, volunteer } from './test-profiles.ts';

const reason = <K extends MatchReason['kind']>(reasons: MatchReason[], kind: K) =>
  reasons.filter((r): r is Extract<MatchReason, { kind: K }> => r.kind === kind);

describe('scorePair: hard rules', () => {
  it('never pairs a participant who wants to meet only a woman with anyone but a woman', () => {
    const her = participant({ preferences: { onlyWoman: true } });
    for (const gender of ['man', 'non_binary', null] as const)
      expect(scorePair(volunteer({ gender }), her), String(gender)).toBeNull();
    const pair = scorePair(volunteer({ gender: 'woman' }), her);
    expect(pair).not.toBeNull();
    expect(reason(pair!.reasons, 'woman_as_wished')).toEqual([{ kind: 'woman_as_wished', points: 0 }]);
    expect(reason(scorePair(volunteer(), participant())!.reasons, 'woman_as_wished')).toEqual([]);
  });

  it('keeps a volunteer’s wish to befriend only women', () => {
    const v = volunteer({ preferences: { onlyWomen: true } });
    for (const gender of ['man', 'non_binary', null] as const)
      expect(scorePair(v, participant({ gender })), String(gender)).toBeNull();
    expect(scorePair(v, participant({ gender: 'woman' }))).not.toBeNull();
    expect(scorePair(volunteer({ gender: 'man' }), participant({ gender: 'man' }))).not.toBeNull();
  });

  it('makes a pair with no free time in common ineligible, and names the times they share', () => {
    expect(scorePair(volunteer({ availability: ['mon_morning'] }), participant())).toBeNull();
    expect(scorePair(volunteer({ availability: [] }), participant())).toBeNull();
    const pair = scorePair(
      volunteer({ availability: ['sat_morning', 'tue_evening', 'mon_morning'] }),
      participant({ availability: ['tue_evening', 'sat_morning', 'sun_evening'] }),
    )!;
    expect(reason(pair.reasons, 'availability')).toEqual([
      { kind: 'availability', points: 10, slots: ['tue_evening', 'sat_morning'] },
    ]);
  });

  it('holds over many synthetic pairs: a wish for a woman is never broken, scores are integers up to 100', () => {
    const random = seededRandom(7);
    const areas = syntheticAreas(random);
    let wished = 0;
    for (let k = 0; k < 3000; k++) {
      const v = syntheticVolunteer(random, 'v', areas);
      const p = syntheticParticipant(random, 'p', areas);
      const pair = scorePair(v, p);
      if (p.preferences.onlyWoman && v.gender !== 'woman') expect(pair).toBeNull();
      if (v.preferences.onlyWomen && p.gender !== 'woman') expect(pair).toBeNull();
      if (!pair) continue;
      if (p.preferences.onlyWoman) wished++;
      expect(Number.isInteger(pair.score)).toBe(true);
      expect(pair.score).toBeGreaterThan(0);
      expect(pair.score).toBeLessThanOrEqual(MAX_SCORE);
      expect(pair.reasons.reduce((s, r) => s + r.points, 0)).toBe(pair.score);
    }
    expect(wished).toBeGreaterThan(0);
  });
});

describe('scorePair: reasons', () => {
  it('names shared interests in the vocabulary’s order, with more points for more of them', () => {
    const v = volunteer({ interests: ['walking', 'cooking', 'music', 'reading'] });
    const one = scorePair(v, participant({ interests: ['music', 'sports'] }))!;
    expect(reason(one.reasons, 'shared_interests')).toEqual([
      { kind: 'shared_interests', points: 12, interests: ['music'] },
    ]);
    const three = scorePair(v, participant({ interests: ['reading', 'walking', 'cooking'] }))!;
    expect(reason(three.reasons, 'shared_interests')[0]).toMatchObject({
      points: 25,
      interests: ['cooking', 'walking', 'reading'],
    });
    expect(reason(scorePair(v, participant({ interests: ['sports'] }))!.reasons, 'shared_interests')).toEqual(
      [],
    );
  });

  it('takes the best shared support language at the lower of the two levels, never Swedish', () => {
    const v = volunteer({
      languages: [
        { code: 'en', level: 'fluent' },
        { code: 'ar', level: 'native' },
        { code: 'sv', level: 'native' },
      ],
    });
    const pair = scorePair(
      v,
      participant({
        languages: [
          { code: 'en', level: 'basic' },
          { code: 'ar', level: 'native' },
        ],
      }),
    )!;
    expect(reason(pair.reasons, 'shared_language')).toEqual([
      { kind: 'shared_language', points: 25, code: 'ar', level: 'native' },
    ]);
    const english = scorePair(v, participant({ languages: [{ code: 'EN', level: 'good' }] }))!;
    expect(reason(english.reasons, 'shared_language')).toEqual([
      { kind: 'shared_language', points: 18, code: 'en', level: 'good' },
    ]);
    // Swedish is what they meet to speak: no language points for it, but still a pair.
    const swedish = scorePair(v, participant({ languages: [{ code: 'sv', level: 'good' }] }))!;
    expect(reason(swedish.reasons, 'shared_language')).toEqual([]);
    expect(swedish.score).toBeGreaterThan(0);
  });

  it('gives a participant who wants Swedish only the full language points with any volunteer', () => {
    const her = participant({ swedishOnly: true, languages: [{ code: 'ti', level: 'native' }] });
    const pair = scorePair(volunteer({ languages: [{ code: 'ti', level: 'native' }] }), her)!;
    expect(pair.reasons.filter((r) => r.kind.includes('language') || r.kind === 'swedish_only')).toEqual([
      { kind: 'swedish_only', points: 25 },
    ]);
    expect(scorePair(volunteer(), her)!.score).toBe(pair.score);
  });

  it('scores distance between areas in bands, and says nothing of an unknown area', () => {
    const near = { key: 'near', lat: centre.lat + 3 / 111.2, lon: centre.lon }; // about 3 km north
    const far = { key: 'far', lat: centre.lat + 30 / 111.2, lon: centre.lon };
    const same = scorePair(volunteer({ area: centre }), participant({ area: centre }))!;
    expect(reason(same.reasons, 'distance')).toEqual([
      { kind: 'distance', points: 15, km: 0, sameArea: true },
    ]);
    const three = reason(
      scorePair(volunteer({ area: centre }), participant({ area: near }))!.reasons,
      'distance',
    );
    expect(three).toEqual([{ kind: 'distance', points: 12, km: 3, sameArea: false }]);
    expect(
      reason(scorePair(volunteer({ area: centre }), participant({ area: far }))!.reasons, 'distance'),
    ).toEqual([]);
    expect(reason(scorePair(volunteer({ area: centre }), participant())!.reasons, 'distance')).toEqual([]);
  });

  it('prefers the same age band, then the next one', () => {
    const age = (a: '18-29' | '30-44' | '45-64' | '65+') =>
      reason(scorePair(volunteer({ ageBand: '30-44' }), participant({ ageBand: a }))!.reasons, 'age');
    expect(age('30-44')).toEqual([{ kind: 'age', points: 10, sameBand: true }]);
    expect(age('45-64')).toEqual([{ kind: 'age', points: 5, sameBand: false }]);
    expect(age('18-29')).toEqual([{ kind: 'age', points: 5, sameBand: false }]);
    expect(age('65+')).toEqual([]);
  });

  it('counts shared life situations and met wishes for a family, up to the cap', () => {
    const parent = volunteer({
      lifeSituation: ['hasChildren', 'working'],
      preferences: { wantsFamily: true },
    });
    const pair = scorePair(
      parent,
      participant({ lifeSituation: ['hasChildren', 'working'], preferences: { wantsFamily: true } }),
    )!;
    expect(pair.reasons.filter((r) => r.kind === 'life_situation' || r.kind === 'family_wish')).toEqual([
      { kind: 'life_situation', points: 8, shared: ['hasChildren', 'working'] },
      { kind: 'family_wish', points: 2, wishedBy: 'participant' },
    ]);
    const wish = scorePair(parent, participant({ preferences: { wantsFamily: true } }))!;
    expect(reason(wish.reasons, 'family_wish')).toEqual([
      { kind: 'family_wish', points: 5, wishedBy: 'participant' },
    ]);
    const hers = scorePair(
      volunteer({ preferences: { wantsFamily: true } }),
      participant({ lifeSituation: ['hasChildren'] }),
    )!;
    expect(reason(hers.reasons, 'family_wish')).toEqual([
      { kind: 'family_wish', points: 5, wishedBy: 'volunteer' },
    ]);
    expect(scorePair(volunteer(), participant({ preferences: { wantsFamily: true } }))!.reasons).toHaveLength(
      1,
    );
  });

  it('reaches 100 for a pair that fits in every way', () => {
    const both = {
      ageBand: '45-64' as const,
      interests: ['cooking', 'walking', 'music'] as const,
      languages: [{ code: 'so', level: 'native' as const }],
      availability: ['mon_evening', 'wed_evening', 'sat_morning'] as const,
      area: centre,
      lifeSituation: ['hasChildren', 'working'] as const,
      preferences: { wantsFamily: true },
    };
    const pair = scorePair(volunteer(both), participant(both))!;
    expect(MAX_SCORE).toBe(100);
    expect(pair.score).toBe(100);
    expect(pair.reasons.map((r) => r.kind)).toEqual([
      'shared_interests',
      'shared_language',
      'availability',
      'distance',
      'age',
      'life_situation',
      'family_wish',
    ]);
  });

  it('is the same score in the fast matrix as pair by pair', () => {
    const random = seededRandom(11);
    const areas = syntheticAreas(random);
    const vs = Array.from({ length: 40 }, (_, i) => syntheticVolunteer(random, `v${i}`, areas));
    const ps = Array.from({ length: 40 }, (_, i) => syntheticParticipant(random, `p${i}`, areas));
    const matrix = buildScoreMatrix(new MatchingContext(), vs, ps);
    let eligible = 0;
    ps.forEach((p, r) =>
      vs.forEach((v, c) => {
        const pair = scorePair(v, p);
        expect(matrix[r * vs.length + c]).toBe(pair?.score ?? 0);
        if (pair) eligible++;
      }),
    );
    expect(eligible).toBeGreaterThan(100);
  });

  it('refuses words outside the vocabulary', () => {
    expect(() => scorePair(volunteer({ interests: ['knitting' as never] }), participant())).toThrow(
      /interest/,
    );
    expect(() => scorePair(volunteer({ availability: ['tue_night' as never] }), participant())).toThrow(
      /slot/,
    );
    expect(() => scorePair(volunteer({ ageBand: '40' as never }), participant())).toThrow(/age band/);
  });
});
