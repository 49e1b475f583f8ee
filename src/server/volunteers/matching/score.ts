import {
  availabilitySlots,
  interests,
  languageLevels,
  lifeSituations,
  type MatchReason,
} from '#shared/language-friends.ts';
import { keysOf, MatchingContext, popcount, type CompiledProfile } from './compile.ts';
import type { ParticipantProfile, VolunteerProfile } from './profile.ts';

/**
 * How well a volunteer and a participant fit, as an integer from 0 to 100, with the reasons.
 *
 * Hard rules make a pair ineligible (null), whatever else fits:
 * - she wants to meet only a woman and the volunteer is not a woman (an unknown gender is not a woman);
 * - the volunteer befriends only women and she is not a woman;
 * - they have no part of the week free in common: a pair that cannot meet is no pair.
 * A pair without a shared support language stays eligible: they meet to speak Swedish, and the support language is
 * a help, not a condition.
 *
 * The points of the six parts add up to at most 100. Integers keep the optimum of the matching exact. An unknown
 * area or age band gives its part no points and no reason, so the register should ask for both.
 */

/** By the number of shared interests (0, 1, 2, 3 or more): something to do and talk about together. */
export const INTEREST_POINTS = [0, 12, 20, 25] as const;
/**
 * By the lower of the two levels in their best shared support language (basic, good, fluent, native): early
 * meetings lean on it when the Swedish runs out. As much as shared interests, since both decide whether a
 * friendship lasts past the first meetings.
 */
export const LANGUAGE_POINTS = [8, 18, 25, 25] as const;
/**
 * When she wants Swedish only, a support language does not matter, so every volunteer gets the full language
 * points: she is neither favoured nor held back against participants who want a shared language.
 */
export const SWEDISH_ONLY_POINTS = 25;
/** By the number of shared free slots (1, 2, 3 or more; none is ineligible): more room to find a time. */
export const AVAILABILITY_POINTS = [0, 6, 10, 15] as const;
/** By distance between their areas: near enough to meet often, on foot or a short bus ride. */
export const DISTANCE_BANDS_KM = [
  { upTo: 2, points: 15 },
  { upTo: 5, points: 12 },
  { upTo: 10, points: 8 },
  { upTo: 20, points: 4 },
] as const;
/** Same age band, or the next one: a help, but many good friendships cross generations, so it weighs little. */
export const SAME_AGE_POINTS = 10;
export const ADJACENT_AGE_POINTS = 5;
/** Each shared life situation (children, studies, work, retirement), at most two counted. */
export const LIFE_SITUATION_POINTS_EACH = 4;
export const LIFE_SITUATION_COUNTED = 2;
/** A wish to meet a family, met (by either side). */
export const FAMILY_WISH_POINTS = 5;
/** Life situation and family wishes together: a tie-breaker more than a reason of its own. */
export const LIFE_POINTS_CAP = 10;

export const MAX_SCORE =
  INTEREST_POINTS[3] +
  SWEDISH_ONLY_POINTS +
  AVAILABILITY_POINTS[3] +
  DISTANCE_BANDS_KM[0].points +
  SAME_AGE_POINTS +
  LIFE_POINTS_CAP;

export type PairScore = { score: number; reasons: MatchReason[] };

function distancePoints(km: number): number {
  for (const band of DISTANCE_BANDS_KM) if (km <= band.upTo) return band.points;
  return 0;
}

/**
 * The one scoring rule, on compiled profiles: -1 when a hard rule breaks, else the score. When `reasons` is given,
 * a reason for every part that gave points is pushed to it (and one for a met wish for a woman), so that the score
 * is always the sum of its reasons' points.
 */
export function evaluatePair(
  ctx: MatchingContext,
  v: CompiledProfile,
  p: CompiledProfile,
  reasons: MatchReason[] | null,
): number {
  if (p.onlyWoman && !v.isWoman) return -1;
  if (v.onlyWoman && !p.isWoman) return -1;
  const slots = v.slots & p.slots;
  if (slots === 0) return -1;

  let score = 0;
  const sharedInterests = v.interests & p.interests;
  if (sharedInterests !== 0) {
    const points = INTEREST_POINTS[Math.min(3, popcount(sharedInterests))]!;
    score += points;
    reasons?.push({ kind: 'shared_interests', points, interests: keysOf(sharedInterests, interests) });
  }

  if (p.swedishOnly) {
    score += SWEDISH_ONLY_POINTS;
    reasons?.push({ kind: 'swedish_only', points: SWEDISH_ONLY_POINTS });
  } else {
    // Her languages in her order, so that a tie goes to the one she listed first.
    let best = -1;
    let bestCode = -1;
    for (let i = 0; i < p.languageCodes.length; i++) {
      const code = p.languageCodes[i]!;
      const at = v.languageCodes.indexOf(code);
      if (at < 0) continue;
      const level = Math.min(p.languageLevels[i]!, v.languageLevels[at]!);
      if (level > best) {
        best = level;
        bestCode = code;
      }
    }
    if (best >= 0) {
      const points = LANGUAGE_POINTS[best]!;
      score += points;
      reasons?.push({
        kind: 'shared_language',
        points,
        code: ctx.languages[bestCode]!,
        level: languageLevels[best]!,
      });
    }
  }

  {
    const points = AVAILABILITY_POINTS[Math.min(3, popcount(slots))]!;
    score += points;
    reasons?.push({ kind: 'availability', points, slots: keysOf(slots, availabilitySlots) });
  }

  if (v.area >= 0 && p.area >= 0) {
    const km = ctx.distanceKm(v.area, p.area);
    const points = distancePoints(km);
    if (points > 0) {
      score += points;
      reasons?.push({ kind: 'distance', points, km: Math.round(km * 10) / 10, sameArea: v.area === p.area });
    }
  }

  if (v.ageBand >= 0 && p.ageBand >= 0) {
    const gap = Math.abs(v.ageBand - p.ageBand);
    const points = gap === 0 ? SAME_AGE_POINTS : gap === 1 ? ADJACENT_AGE_POINTS : 0;
    if (points > 0) {
      score += points;
      reasons?.push({ kind: 'age', points, sameBand: gap === 0 });
    }
  }

  // Shared life situations first, then wishes for a family, until the cap.
  let life = 0;
  const shared = v.lifeSituation & p.lifeSituation;
  if (shared !== 0) {
    const points = Math.min(
      LIFE_POINTS_CAP,
      LIFE_SITUATION_POINTS_EACH * Math.min(LIFE_SITUATION_COUNTED, popcount(shared)),
    );
    life += points;
    reasons?.push({ kind: 'life_situation', points, shared: keysOf(shared, lifeSituations) });
  }
  if (p.wantsFamily && v.hasChildren && life < LIFE_POINTS_CAP) {
    const points = Math.min(FAMILY_WISH_POINTS, LIFE_POINTS_CAP - life);
    life += points;
    reasons?.push({ kind: 'family_wish', points, wishedBy: 'participant' });
  }
  if (v.wantsFamily && p.hasChildren && life < LIFE_POINTS_CAP) {
    const points = Math.min(FAMILY_WISH_POINTS, LIFE_POINTS_CAP - life);
    life += points;
    reasons?.push({ kind: 'family_wish', points, wishedBy: 'volunteer' });
  }
  score += life;

  if (p.onlyWoman) reasons?.push({ kind: 'woman_as_wished', points: 0 });
  return score;
}

/** Scores one pair: null when a hard rule breaks, else the score and its reasons. */
export function scorePair(volunteer: VolunteerProfile, participant: ParticipantProfile): PairScore | null {
  const ctx = new MatchingContext();
  const reasons: MatchReason[] = [];
  const score = evaluatePair(ctx, ctx.volunteer(volunteer), ctx.participant(participant), reasons);
  return score < 0 ? null : { score, reasons };
}
