import type { z } from 'zod';
import type {
  AlternativesView,
  Match,
  PairInput,
  ProposalsView,
  RejectPairInput,
} from '#shared/language-friends.ts';
import { inTenant } from '../../db/tenant.ts';
import type { Queryable } from '../../db/types.ts';
import { audit } from '../../lib/audit.ts';
import type { Ctx } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { forParticipant } from '../../lib/participant-access.ts';
import { freePlaces, pairKey, proposeMatches } from '../matching/propose.ts';
import { scorePair } from '../matching/score.ts';
import { readMatchingInput, type MatchingInput } from '../profiles.ts';
import { matchColumns, matchFrom, presentMatch, type MatchRow } from './presenter.ts';

/**
 * Proposals are computed afresh on each request from the register (nothing is stored until the coordinator
 * accepts a pair): approved volunteers with a free place, adults waiting without an open match, less the pairs the
 * coordinator rejected. Accepting re-checks every rule on the server, whichever volunteer she picked.
 */

const unitOf = (ctx: Ctx) => {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
};

async function namesOf(tx: Queryable, table: 'volunteers' | 'participants', ids: string[]) {
  const { rows } = await tx.query<{ id: string; first_name: string | null; last_name: string | null }>(
    `select id, first_name, last_name from ${table} where id = any($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, `${r.first_name ?? ''} ${r.last_name ?? ''}`.trim()]));
}

const placesOf = (input: MatchingInput, volunteerId: string) => {
  const v = input.volunteers.find((x) => x.id === volunteerId);
  return v ? freePlaces(v, input.activeFriends.get(v.id) ?? 0) : 0;
};

/** Runs the engine for the caller's unit; audited with the participants it names. */
export function runProposals(ctx: Ctx): Promise<ProposalsView> {
  return inTenant(ctx, async (tx) => {
    const input = await readMatchingInput(tx, unitOf(ctx));
    const proposal = proposeMatches(input.volunteers, input.participants, {
      activeFriends: input.activeFriends,
      excludedPairs: input.excludedPairs,
    });
    const volunteerNames = await namesOf(
      tx,
      'volunteers',
      proposal.pairs.map((p) => p.volunteerId),
    );
    const participantNames = await namesOf(tx, 'participants', [
      ...proposal.pairs.map((p) => p.participantId),
      ...proposal.unmatchedParticipants,
    ]);
    await audit(tx, ctx, {
      action: 'language_friend.propose',
      details: {
        pairs: proposal.pairs.length,
        participantIds: [...participantNames.keys()],
      },
    });
    const person = (names: Map<string, string>, id: string) => ({ id, name: names.get(id) ?? '' });
    return {
      pairs: proposal.pairs.map((p) => ({
        volunteer: person(volunteerNames, p.volunteerId),
        participant: person(participantNames, p.participantId),
        score: p.score,
        reasons: p.reasons,
      })),
      total: proposal.total,
      unmatchedParticipants: proposal.unmatchedParticipants.map((id) => person(participantNames, id)),
      volunteers: input.volunteers.filter((v) => placesOf(input, v.id) > 0).length,
      participants: input.participants.length,
    };
  });
}

function waitingProfile(input: MatchingInput, participantId: string) {
  const profile = input.participants.find((p) => p.id === participantId);
  if (!profile) {
    throw new AppError(
      'conflict',
      'She is not waiting for a language friend: no wish for one, under 18, or already matched.',
      { reason: 'participant_not_waiting' },
    );
  }
  return profile;
}

/** Every eligible volunteer with a free place for one waiting participant, best first. */
export function listAlternatives(ctx: Ctx, participantId: string): Promise<AlternativesView> {
  return forParticipant(ctx, participantId, 'language_friend.alternatives', async (tx) => {
    const input = await readMatchingInput(tx, unitOf(ctx));
    const profile = waitingProfile(input, participantId);
    const options = input.volunteers
      .filter((v) => !input.excludedPairs.has(pairKey(v.id, participantId)) && placesOf(input, v.id) > 0)
      .flatMap((v) => {
        const scored = scorePair(v, profile);
        return scored ? [{ volunteerId: v.id, ...scored, freePlaces: placesOf(input, v.id) }] : [];
      })
      .sort((a, b) => b.score - a.score);
    const volunteerNames = await namesOf(
      tx,
      'volunteers',
      options.map((o) => o.volunteerId),
    );
    const participantNames = await namesOf(tx, 'participants', [participantId]);
    await audit(tx, ctx, {
      action: 'language_friend.alternatives',
      participantId,
      details: { options: options.length },
    });
    return {
      participant: { id: participantId, name: participantNames.get(participantId) ?? '' },
      options: options.map((o) => ({
        volunteer: { id: o.volunteerId, name: volunteerNames.get(o.volunteerId) ?? '' },
        participant: { id: participantId, name: participantNames.get(participantId) ?? '' },
        score: o.score,
        reasons: o.reasons,
        freePlaces: o.freePlaces,
      })),
    };
  });
}

/**
 * Accepts a pair (the engine's or one the coordinator changed it to): a match, status proposed. Every rule is
 * checked again here: she is waiting, the volunteer is approved with a free place, the pair was not rejected and
 * breaks no hard rule.
 */
export function acceptPair(ctx: Ctx, input: z.output<typeof PairInput>): Promise<Match> {
  return forParticipant(ctx, input.participantId, 'language_friend_match.accept', async (tx) => {
    // Two coordinators accepting for one volunteer at once take her places one after the other.
    await tx.query('select 1 from volunteers where id = $1 and unit_id = $2 for update', [
      input.volunteerId,
      unitOf(ctx),
    ]);
    const matching = await readMatchingInput(tx, unitOf(ctx));
    const profile = waitingProfile(matching, input.participantId);
    const volunteer = matching.volunteers.find((v) => v.id === input.volunteerId);
    if (!volunteer) {
      throw new AppError('conflict', 'The volunteer is not approved (or is paused).', {
        reason: 'volunteer_not_available',
      });
    }
    if (placesOf(matching, volunteer.id) < 1) {
      throw new AppError('conflict', 'The volunteer has no free place.', { reason: 'no_free_place' });
    }
    if (matching.excludedPairs.has(pairKey(volunteer.id, input.participantId))) {
      throw new AppError('conflict', 'This pair was rejected.', { reason: 'pair_rejected' });
    }
    const scored = scorePair(volunteer, profile);
    if (!scored) {
      throw new AppError('conflict', 'This pair breaks a hard rule (gender wish or no common free time).', {
        reason: 'hard_rule',
      });
    }
    const id = newId();
    // One open match per participant (a unique index): a second coordinator accepting for her at the same
    // moment gets a clear 409, not a failed statement.
    const { rows: inserted } = await tx.query<{ id: string }>(
      `insert into language_friend_matches (id, unit_id, volunteer_id, participant_id, score, reasons, created_by)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (participant_id) where status <> 'ended' do nothing returning id`,
      [
        id,
        unitOf(ctx),
        volunteer.id,
        input.participantId,
        scored.score,
        JSON.stringify(scored.reasons),
        ctx.actor.userId,
      ],
    );
    if (!inserted[0]) {
      throw new AppError('conflict', 'She was matched a moment ago.', { reason: 'participant_not_waiting' });
    }
    await audit(tx, ctx, {
      action: 'language_friend_match.accept',
      participantId: input.participantId,
      subjectType: 'language_friend_match',
      subjectId: id,
      details: { volunteerId: volunteer.id, score: scored.score },
    });
    const { rows } = await tx.query<MatchRow>(`select ${matchColumns} from ${matchFrom} where m.id = $1`, [
      id,
    ]);
    return presentMatch(tx, rows[0]!);
  });
}

/** Rejects a pair with the reason; the engine does not propose it again. */
export function rejectPair(ctx: Ctx, input: z.output<typeof RejectPairInput>): Promise<void> {
  return forParticipant(ctx, input.participantId, 'language_friend.reject', async (tx) => {
    const volunteer = await tx.query('select 1 from volunteers where id = $1 and unit_id = $2', [
      input.volunteerId,
      unitOf(ctx),
    ]);
    if (!volunteer.rows.length) {
      const message = 'Not one of the unit’s volunteers.';
      throw new AppError('validation', message, {
        errors: [{ path: ['volunteerId'], message, code: 'custom' }],
      });
    }
    const { rows } = await tx.query<{ id: string }>(
      `insert into language_friend_rejections (id, unit_id, volunteer_id, participant_id, reason, created_by)
       values ($1, $2, $3, $4, $5, $6) on conflict (volunteer_id, participant_id) do nothing returning id`,
      [newId(), unitOf(ctx), input.volunteerId, input.participantId, input.reason, ctx.actor.userId],
    );
    if (!rows[0])
      throw new AppError('conflict', 'This pair was already rejected.', { reason: 'pair_rejected' });
    await audit(tx, ctx, {
      action: 'language_friend.reject',
      participantId: input.participantId,
      subjectType: 'language_friend_rejection',
      subjectId: rows[0].id,
      details: { volunteerId: input.volunteerId },
    });
  });
}
