import type { MatchReason } from '#shared/language-friends.ts';
import { matchingTotal, maxWeightMatching } from './assignment.ts';
import { MatchingContext } from './compile.ts';
import { greedyMatching } from './greedy.ts';
import type { ParticipantProfile, VolunteerProfile } from './profile.ts';
import { evaluatePair, MAX_SCORE } from './score.ts';

export type ProposeOptions = {
  /** Active friendships a volunteer already has, by volunteer id: each takes one of her maxFriends places. */
  activeFriends?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Pairs scoring below this are not proposed. Default 1: any pair that breaks no hard rule. */
  minScore?: number;
  /** 'optimal' (the default): the largest total score. 'greedy': best pair first, for comparison. */
  method?: 'optimal' | 'greedy';
  /** Pairs never to propose (the coordinator rejected them), as `${volunteerId}:${participantId}`. */
  excludedPairs?: ReadonlySet<string>;
};

/** The key of a pair in `excludedPairs`. */
export const pairKey = (volunteerId: string, participantId: string) => `${volunteerId}:${participantId}`;

export type ProposedPair = {
  volunteerId: string;
  participantId: string;
  score: number;
  reasons: MatchReason[];
};

export type Proposal = {
  /** Best score first, then by participant id. */
  pairs: ProposedPair[];
  /** The sum of the pairs' scores: the largest possible with method 'optimal'. */
  total: number;
  /** Participants given no volunteer, by id. */
  unmatchedParticipants: string[];
  /** Volunteers who had a place free and were given no participant, by id. */
  unmatchedVolunteers: string[];
};

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sortedUnique<T extends { id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort(byId);
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k]!.id === sorted[k - 1]!.id) throw new Error(`${what} ${sorted[k]!.id} appears twice`);
  return sorted;
}

/**
 * Scores of every participant (rows) and volunteer (columns), row-major, in the order given: 0 where a hard rule
 * breaks or the score is below `minScore`.
 */
export function buildScoreMatrix(
  ctx: MatchingContext,
  volunteers: readonly VolunteerProfile[],
  participants: readonly ParticipantProfile[],
  minScore = 1,
  excludedPairs?: ReadonlySet<string>,
): Uint8Array {
  const vs = volunteers.map((v) => ctx.volunteer(v));
  const ps = participants.map((p) => ctx.participant(p));
  const cols = vs.length;
  const weights = new Uint8Array(ps.length * cols);
  for (let r = 0; r < ps.length; r++) {
    const p = ps[r]!;
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      if (excludedPairs?.size && excludedPairs.has(pairKey(volunteers[c]!.id, participants[r]!.id))) continue;
      const score = evaluatePair(ctx, vs[c]!, p, null);
      if (score >= minScore) weights[base + c] = score;
    }
  }
  return weights;
}

/** Places a volunteer has free: her maxFriends less the friends she already has, never below 0. */
export function freePlaces(volunteer: VolunteerProfile, active: number): number {
  if (!Number.isInteger(volunteer.maxFriends) || volunteer.maxFriends < 1)
    throw new Error(`maxFriends of volunteer ${volunteer.id} must be an integer ≥ 1`);
  if (!Number.isInteger(active) || active < 0)
    throw new Error(`active friends of volunteer ${volunteer.id} must be an integer ≥ 0`);
  return Math.max(0, volunteer.maxFriends - active);
}

/**
 * Proposes pairs of volunteers and participants: the set of pairs with the largest total score that breaks no hard
 * rule and gives no volunteer more friends than her free places. Participants who already have a friend are left
 * out by the caller. The answer depends only on the profiles, not on their order: both sides are taken in id order,
 * which also breaks ties.
 */
export function proposeMatches(
  volunteers: readonly VolunteerProfile[],
  participants: readonly ParticipantProfile[],
  options: ProposeOptions = {},
): Proposal {
  const minScore = options.minScore ?? 1;
  if (!Number.isInteger(minScore) || minScore < 1 || minScore > MAX_SCORE)
    throw new Error(`minScore must be an integer from 1 to ${MAX_SCORE}`);
  const vs = sortedUnique(volunteers, 'volunteer');
  const ps = sortedUnique(participants, 'participant');
  const active = options.activeFriends;
  const activeOf = (id: string) =>
    (active instanceof Map ? active.get(id) : (active as Record<string, number> | undefined)?.[id]) ?? 0;
  const capacities = vs.map((v) => freePlaces(v, activeOf(v.id)));

  const ctx = new MatchingContext();
  const weights = buildScoreMatrix(ctx, vs, ps, minScore, options.excludedPairs);
  const solve = options.method === 'greedy' ? greedyMatching : maxWeightMatching;
  const rowToCol = solve(weights, ps.length, vs.length, capacities);

  const pairs: ProposedPair[] = [];
  const given = new Uint8Array(vs.length);
  const unmatchedParticipants: string[] = [];
  for (let r = 0; r < ps.length; r++) {
    const c = rowToCol[r]!;
    if (c < 0) {
      unmatchedParticipants.push(ps[r]!.id);
      continue;
    }
    given[c] = 1;
    const reasons: MatchReason[] = [];
    const score = evaluatePair(ctx, ctx.volunteer(vs[c]!), ctx.participant(ps[r]!), reasons);
    pairs.push({ volunteerId: vs[c]!.id, participantId: ps[r]!.id, score, reasons });
  }
  pairs.sort((a, b) => b.score - a.score || (a.participantId < b.participantId ? -1 : 1));
  return {
    pairs,
    total: matchingTotal(weights, vs.length, rowToCol),
    unmatchedParticipants,
    unmatchedVolunteers: vs.filter((v, c) => capacities[c]! > 0 && !given[c]).map((v) => v.id),
  };
}
