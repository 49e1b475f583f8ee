import type { z } from 'zod';
import type {
  EndMatchInput,
  IntroduceMatchInput,
  LogMeetingInput,
  Match,
  MatchesQuery,
  MatchSummary,
  StartTrialInput,
} from '#shared/language-friends.ts';
import { inTenant } from '../../db/tenant.ts';
import type { Queryable } from '../../db/types.ts';
import { audit } from '../../lib/audit.ts';
import type { Ctx } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { forParticipant } from '../../lib/participant-access.ts';
import { insertMeeting } from '../../meetings/service.ts';
import { matchColumns, matchFrom, presentMatch, presentSummary, type MatchRow } from './presenter.ts';
import {
  checkStep,
  endMatchRow,
  lockMatch,
  logMeetingRow,
  planCheckIns,
  sendVolunteerLink,
} from './steps.ts';

/**
 * The coordinator's side of a match: proposed → introduced (a first meeting she leads, booked in the calendar
 * as a real meeting, and the volunteer's link sent) → trial (from the day the introduction was held) → active
 * (confirmed after the trial month) → ended (reason, and who ended it). Each step carries the version read (409
 * with the match as it is now otherwise), refuses an illegal transition with `reason: 'illegal_transition'` and
 * is audited with the participant.
 */

const unitOf = (ctx: Ctx) => {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
};

const today = `(now() at time zone 'Europe/Stockholm')::date`;

async function rowOf(tx: Queryable, id: string): Promise<MatchRow> {
  const { rows } = await tx.query<MatchRow>(`select ${matchColumns} from ${matchFrom} where m.id = $1`, [id]);
  if (!rows[0]) throw notFound('Match');
  return rows[0];
}

/**
 * Runs fn for one match of the caller's unit, locked, in one tenant transaction. Another unit's match (or none)
 * is not found, and the attempt is audited as denied after the transaction rolls back.
 */
async function forMatch<T>(
  ctx: Ctx,
  id: string,
  action: string,
  fn: (tx: Queryable, row: MatchRow) => Promise<T>,
): Promise<T> {
  let found = false;
  try {
    return await inTenant(ctx, async (tx) => {
      const row = await lockMatch(tx, 'm.id', id);
      if (!row || row.unit_id !== unitOf(ctx)) throw notFound('Match');
      found = true;
      return fn(tx, row);
    });
  } catch (error) {
    if (!found) {
      await inTenant(ctx, (tx) =>
        audit(tx, ctx, { action, outcome: 'denied', subjectType: 'language_friend_match', subjectId: id }),
      );
    }
    throw error;
  }
}

async function atVersion(tx: Queryable, row: MatchRow, version: number) {
  if (row.version !== version) {
    throw new AppError('version_conflict', 'Someone else changed this match since you opened it.', {
      current: await presentMatch(tx, row),
    });
  }
}

/** One step: at the version read, audited with her, answering the match as it is afterwards. */
function step<I extends object>(
  action: string,
  run: (tx: Queryable, ctx: Ctx, row: MatchRow, input: I) => Promise<Record<string, unknown> | void>,
) {
  return (ctx: Ctx, id: string, input: I): Promise<Match> =>
    forMatch(ctx, id, `language_friend_match.${action}`, async (tx, row) => {
      if ('version' in input && typeof input.version === 'number') await atVersion(tx, row, input.version);
      const details = await run(tx, ctx, row, input);
      await audit(tx, ctx, {
        action: `language_friend_match.${action}`,
        participantId: row.participant_id,
        subjectType: 'language_friend_match',
        subjectId: id,
        details: { from: row.status, ...(details ?? {}) },
      });
      return presentMatch(tx, await rowOf(tx, id));
    });
}

export function getMatch(ctx: Ctx, id: string): Promise<Match> {
  return forMatch(ctx, id, 'language_friend_match.read', async (tx, row) => {
    await audit(tx, ctx, {
      action: 'language_friend_match.read',
      participantId: row.participant_id,
      subjectType: 'language_friend_match',
      subjectId: id,
    });
    return presentMatch(tx, row);
  });
}

export function listMatches(ctx: Ctx, query: z.output<typeof MatchesQuery>): Promise<MatchSummary[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<MatchRow>(
      `select ${matchColumns} from ${matchFrom}
        where m.unit_id = $1 and ($2::text is null or m.status = $2) and ($3::uuid is null or m.volunteer_id = $3)
        order by (m.status = 'ended'), m.created_at desc limit 500`,
      [unitOf(ctx), query.status ?? null, query.volunteerId ?? null],
    );
    await audit(tx, ctx, {
      action: 'language_friend_match.list',
      details: {
        ...query,
        count: rows.length,
        participantIds: [...new Set(rows.map((r) => r.participant_id))],
      },
    });
    return rows.map(presentSummary);
  });
}

/** Her matches, newest first, for the språkvän section of her case file. */
export function listParticipantMatches(ctx: Ctx, participantId: string): Promise<MatchSummary[]> {
  return forParticipant(ctx, participantId, 'language_friend_match.list', async (tx) => {
    const { rows } = await tx.query<MatchRow>(
      `select ${matchColumns} from ${matchFrom} where m.participant_id = $1 order by m.created_at desc`,
      [participantId],
    );
    await audit(tx, ctx, {
      action: 'language_friend_match.list',
      participantId,
      details: { count: rows.length },
    });
    return rows.map(presentSummary);
  });
}

/**
 * Books the introduction as a meeting with the coordinator as its staff (her schedule and feed show it; the
 * volunteer is named in its agenda by her first name only), and sends the volunteer her link.
 */
export const introduceMatch = (publicUrl: string) =>
  step<z.output<typeof IntroduceMatchInput>>('introduce', async (tx, ctx, row, input) => {
    checkStep(row, 'introduce');
    const meeting = await insertMeeting(tx, ctx, row.participant_id, {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      title: 'Språkvän: första träffen',
      agenda: `Introduktion med språkvännen ${row.volunteer_first_name ?? ''}`.trim(),
      place: input.place,
      onlineUrl: null,
      interpreterNeeded: false,
      interpreterLanguage: null,
      staffIds: [ctx.actor.userId],
    });
    await tx.query(
      `update language_friend_matches
          set status = 'introduced', intro_meeting_id = $2, introduced_at = now(), meeting_place = $3,
              share_languages = $4, share_interests = $5, next_meeting_starts_at = $6, next_meeting_ends_at = $7,
              updated_at = now(), updated_by = $8, version = version + 1
        where id = $1`,
      [
        row.id,
        meeting.id,
        input.meetingPlace ?? input.place,
        input.shareLanguages,
        input.shareInterests,
        input.startsAt,
        input.endsAt,
        ctx.actor.userId,
      ],
    );
    const messageId = await sendVolunteerLink(tx, row, publicUrl, {
      kind: 'language_friend_link',
      dedupeKey: `language-friend-link:${row.id}:${newId()}`,
    });
    return { meetingId: meeting.id, linkSent: messageId !== null };
  });

/** The introduction was held (on `heldOn`, not before it started): the trial month starts that day. */
export const startTrial = step<z.output<typeof StartTrialInput>>(
  'start_trial',
  async (tx, ctx, row, input) => {
    checkStep(row, 'start_trial');
    const { rows } = await tx.query<{ future: boolean; before: boolean; started: boolean }>(
      `select $1::date > ${today} as future,
            $1::date < ($2::timestamptz at time zone 'Europe/Stockholm')::date as before,
            $2::timestamptz <= now() as started`,
      [input.heldOn, row.intro_starts_at],
    );
    if (rows[0]!.future || rows[0]!.before || !rows[0]!.started) {
      const message = 'The introduction is held on or after its booked day, and not in the future.';
      throw new AppError('validation', message, { errors: [{ path: ['heldOn'], message, code: 'custom' }] });
    }
    await tx.query(
      `update meetings set status = 'held', held_at = now(), updated_at = now(), updated_by = $2,
            version = version + 1
      where id = $1 and status = 'planned'`,
      [row.intro_meeting_id, ctx.actor.userId],
    );
    await tx.query(
      `update language_friend_matches
        set status = 'trial', trial_started_on = $2, next_meeting_starts_at = null, next_meeting_ends_at = null,
            updated_at = now(), updated_by = $3, version = version + 1
      where id = $1`,
      [row.id, input.heldOn, ctx.actor.userId],
    );
    await planCheckIns(tx, row, input.heldOn);
    return { heldOn: input.heldOn };
  },
);

/** After the trial month the coordinator confirms the match. */
export const confirmMatch = step<{ version: number }>('confirm', async (tx, ctx, row) => {
  checkStep(row, 'confirm');
  const { rows } = await tx.query<{ over: boolean }>(`select $1::date <= ${today} as over`, [
    row.trial_ends_on,
  ]);
  if (!rows[0]!.over) {
    throw new AppError('conflict', `The trial month runs until ${row.trial_ends_on}.`, {
      reason: 'trial_not_over',
      trialEndsOn: row.trial_ends_on,
    });
  }
  await tx.query(
    `update language_friend_matches
        set status = 'active', confirmed_at = now(), confirmed_by = $2, updated_at = now(), updated_by = $2,
            version = version + 1
      where id = $1`,
    [row.id, ctx.actor.userId],
  );
});

/** Ends the match with the reason and who ended it; both can be matched again. */
export const endMatch = step<z.output<typeof EndMatchInput>>('end', async (tx, ctx, row, input) => {
  await endMatchRow(tx, row, { endedBy: input.endedBy, reason: input.reason, userId: ctx.actor.userId });
  return { endedBy: input.endedBy };
});

/** The coordinator logs a meeting they had. */
export const logMeeting = step<z.output<typeof LogMeetingInput>>(
  'log_meeting',
  async (tx, ctx, row, input) => {
    const logId = await logMeetingRow(tx, row, input, {
      recordedBy: 'coordinator',
      userId: ctx.actor.userId,
    });
    return { logId, hours: input.hours };
  },
);

/** A new link to the volunteer (the old one stops working). */
export const resendLink = (publicUrl: string) =>
  step<Record<string, never>>('resend_link', async (tx, _ctx, row) => {
    if (!['introduced', 'trial', 'active'].includes(row.status)) {
      throw new AppError('conflict', 'A link is sent once the match is introduced, until it ends.', {
        reason: 'illegal_transition',
        matchStatus: row.status,
      });
    }
    const messageId = await sendVolunteerLink(tx, row, publicUrl, {
      kind: 'language_friend_link',
      dedupeKey: `language-friend-link:${row.id}:${newId()}`,
    });
    if (!messageId) throw new AppError('conflict', 'The volunteer has no e-mail address or phone number.');
  });

/** The link stops working (e.g. a lost phone); a new one can be sent. */
export const revokeLink = step<Record<string, never>>('revoke_link', async (tx, _ctx, row) => {
  await tx.query('update language_friend_matches set link_token_hash = null where id = $1', [row.id]);
});
