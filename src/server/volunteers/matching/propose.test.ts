import { describe, expect, it } from 'vitest';
import type { ParticipantProfile, VolunteerProfile } from './profile.ts';
import { proposeMatches, type Proposal } from './propose.ts';
import { seededRandom } from './random.ts';
import { scorePair } from './score.ts';
import {
  syntheticAreas,
  syntheticParticipant,
  syntheticPeople,
  syntheticVolunteer,
} from './synthetic-profiles.ts';
import { participant, volunteer } from './test-profiles.ts';

/** Every rule a proposal must keep, checked from the profiles alone. */
function expectSound(
  proposal: Proposal,
  vs: readonly VolunteerProfile[],
  ps: readonly ParticipantProfile[],
  active: Record<string, number> = {},
) {
  const vById = new Map(vs.map((v) => [v.id, v]));
  const pById = new Map(ps.map((p) => [p.id, p]));
  const friends = new Map<string, number>();
  for (const pair of proposal.pairs) {
    const v = vById.get(pair.volunteerId)!;
    const p = pById.get(pair.participantId)!;
    if (p.preferences.onlyWoman) expect(v.gender, `${p.id} wants only a woman`).toBe('woman');
    if (v.preferences.onlyWomen) expect(p.gender).toBe('woman');
    const scored = scorePair(v, p);
    expect(scored).not.toBeNull();
    expect(pair.score).toBeGreaterThan(0);
    expect({ score: pair.score, reasons: pair.reasons }).toEqual(scored);
    friends.set(v.id, (friends.get(v.id) ?? 0) + 1);
  }
  for (const [id, n] of friends)
    expect(n + (active[id] ?? 0), id).toBeLessThanOrEqual(vById.get(id)!.maxFriends);
  const matched = proposal.pairs.map((p) => p.participantId);
  expect(new Set(matched).size).toBe(matched.length);
  expect([...matched, ...proposal.unmatchedParticipants].sort()).toEqual(ps.map((p) => p.id).sort());
  for (const id of proposal.unmatchedVolunteers) {
    expect(friends.has(id)).toBe(false);
    expect(active[id] ?? 0).toBeLessThan(vById.get(id)!.maxFriends);
  }
  expect(proposal.total).toBe(proposal.pairs.reduce((s, p) => s + p.score, 0));
}

/** The best total by trying every choice, from pair scores alone. */
function bruteForceTotal(vs: readonly VolunteerProfile[], ps: readonly ParticipantProfile[]): number {
  const left = vs.map((v) => v.maxFriends);
  const scores = ps.map((p) => vs.map((v) => scorePair(v, p)?.score ?? 0));
  let best = 0;
  const go = (r: number, total: number) => {
    if (r === ps.length) return void (best = Math.max(best, total));
    go(r + 1, total);
    for (let c = 0; c < vs.length; c++)
      if (scores[r]![c]! > 0 && left[c]! > 0) {
        left[c]!--;
        go(r + 1, total + scores[r]![c]!);
        left[c]!++;
      }
  };
  go(0, 0);
  return best;
}

describe('proposeMatches', () => {
  it('proposes the best total on small random groups, as exhaustive search finds it', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(seed);
      const areas = syntheticAreas(random, 5);
      const vs = Array.from({ length: random.int(1, 5) }, (_, i) => ({
        ...syntheticVolunteer(random, `v${i}`, areas),
        maxFriends: random.int(1, 3),
      }));
      const ps = Array.from({ length: random.int(1, 7) }, (_, i) =>
        syntheticParticipant(random, `p${i}`, areas),
      );
      const proposal = proposeMatches(vs, ps);
      expectSound(proposal, vs, ps);
      expect(proposal.total, `seed ${seed}`).toBe(bruteForceTotal(vs, ps));
      expect(proposal.total).toBeGreaterThanOrEqual(proposeMatches(vs, ps, { method: 'greedy' }).total);
    }
  });

  it('keeps every rule on a larger group, and greedy does too with no better total', () => {
    const { volunteers, participants } = syntheticPeople(seededRandom(5), 150, 200);
    const optimal = proposeMatches(volunteers, participants);
    const greedy = proposeMatches(volunteers, participants, { method: 'greedy' });
    expectSound(optimal, volunteers, participants);
    expectSound(greedy, volunteers, participants);
    expect(optimal.total).toBeGreaterThan(greedy.total);
    expect(optimal.pairs.some((p) => p.reasons.some((r) => r.kind === 'woman_as_wished'))).toBe(true);
  });

  it('counts a volunteer’s existing friends against her places', () => {
    const vs = [volunteer({ id: 'v-a', maxFriends: 2 }), volunteer({ id: 'v-b', maxFriends: 1 })];
    const ps = ['p-1', 'p-2', 'p-3'].map((id) => participant({ id }));
    const free = proposeMatches(vs, ps);
    expect(free.pairs).toHaveLength(3);
    expect(free.unmatchedVolunteers).toEqual([]);

    const active = { 'v-a': 1 };
    const busy = proposeMatches(vs, ps, { activeFriends: active });
    expectSound(busy, vs, ps, active);
    expect(busy.pairs).toHaveLength(2);
    expect(busy.unmatchedParticipants).toHaveLength(1);
    const full = proposeMatches(vs, ps, { activeFriends: new Map([['v-a', 2]]) });
    expect(full.pairs.map((p) => p.volunteerId)).toEqual(['v-b']);
    // A volunteer with no place left is not waiting for anyone.
    expect(full.unmatchedVolunteers).toEqual([]);
  });

  it('proposes no pair that breaks a hard rule, even when that leaves people without a friend', () => {
    const vs = [
      volunteer({ id: 'v-man', gender: 'man' }),
      volunteer({ id: 'v-late', availability: ['sun_evening'] }),
    ];
    const ps = [participant({ id: 'p-only', preferences: { onlyWoman: true } })];
    const proposal = proposeMatches(vs, ps);
    expect(proposal.pairs).toEqual([]);
    expect(proposal.total).toBe(0);
    expect(proposal.unmatchedParticipants).toEqual(['p-only']);
    expect(proposal.unmatchedVolunteers).toEqual(['v-late', 'v-man']);
  });

  it('leaves out pairs below minScore', () => {
    const vs = [volunteer({ id: 'v-a', interests: ['music'] }), volunteer({ id: 'v-b' })];
    const ps = [participant({ id: 'p-a', interests: ['music'] }), participant({ id: 'p-b' })];
    const all = proposeMatches(vs, ps);
    expect(all.pairs).toHaveLength(2);
    const scores = all.pairs.map((p) => p.score);
    const strict = proposeMatches(vs, ps, { minScore: Math.max(...scores) });
    expect(strict.pairs.map((p) => [p.volunteerId, p.participantId])).toEqual([['v-a', 'p-a']]);
    expect(() => proposeMatches(vs, ps, { minScore: 0 })).toThrow(/minScore/);
  });

  it('answers the same whatever the order of its input', () => {
    const random = seededRandom(9);
    const { volunteers, participants } = syntheticPeople(random, 60, 80);
    const first = proposeMatches(volunteers, participants);
    const again = proposeMatches(random.shuffle(volunteers), random.shuffle(participants));
    expect(again).toEqual(first);
    // Best score first, then by participant id.
    const order = first.pairs.map((p) => [-p.score, p.participantId].join(' '));
    expect(first.pairs.map((p) => p.score)).toEqual(
      [...first.pairs.map((p) => p.score)].sort((a, b) => b - a),
    );
    expect(order).toEqual(
      [...first.pairs]
        .sort((a, b) => b.score - a.score || a.participantId.localeCompare(b.participantId))
        .map((p) => [-p.score, p.participantId].join(' ')),
    );
  });

  it('refuses a person listed twice and a volunteer with no places at all', () => {
    expect(() => proposeMatches([volunteer(), volunteer()], [participant()])).toThrow(/v-1 appears twice/);
    expect(() => proposeMatches([volunteer()], [participant(), participant()])).toThrow(/p-1 appears twice/);
    expect(() => proposeMatches([volunteer({ maxFriends: 0 })], [participant()])).toThrow(/maxFriends/);
    expect(() => proposeMatches([volunteer()], [participant()], { activeFriends: { 'v-1': -1 } })).toThrow(
      /active friends/,
    );
  });
});
