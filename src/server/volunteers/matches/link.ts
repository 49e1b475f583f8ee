import type { z } from 'zod';
import type {
  FeedbackInput,
  LogMeetingInput,
  VolunteerEndInput,
  VolunteerMatchView,
} from '#shared/language-friends.ts';
import type { Db, Queryable } from '../../db/types.ts';
import { audit } from '../../lib/audit.ts';
import type { SystemCtx } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { hashToken } from '../../lib/ids.ts';
import { nextMeetingOf, type MatchRow } from './presenter.ts';
import { endMatchRow, insertFeedback, lockMatch, logMeetingRow, openCheckIn } from './steps.ts';

/**
 * The volunteer's page, through the link of one match (no account). As with the supervisor's evaluation, the
 * token is the credential: every statement runs on the owner connection filtered by the match its hash belongs
 * to, and is audited with the participant. A revoked link, a replaced one or one of an ended match is not found.
 * She sees only what the coordinator shares.
 */

async function byToken(tx: Queryable, token: string): Promise<MatchRow> {
  const row = await lockMatch(tx, 'm.link_token_hash', hashToken(token));
  if (!row || row.status === 'ended') throw notFound('Language friend link');
  return row;
}

const whose = (row: MatchRow, organisationId: string) => ({
  organisationId,
  unitId: row.unit_id,
  participantId: row.participant_id,
  subjectType: 'language_friend_match',
  subjectId: row.id,
});

async function organisationOf(tx: Queryable, unitId: string) {
  const { rows } = await tx.query<{ organisation_id: string }>(
    'select organisation_id from units where id = $1',
    [unitId],
  );
  return rows[0]!.organisation_id;
}

/** One request through the link: find the match, run fn, audit, in one transaction. */
function throughLink<T>(
  db: Db,
  ctx: SystemCtx,
  token: string,
  action: string,
  fn: (tx: Queryable, row: MatchRow) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const row = await byToken(tx, token);
    const result = await fn(tx, row);
    await audit(tx, ctx, { ...whose(row, await organisationOf(tx, row.unit_id)), action });
    return result;
  });
}

export function readVolunteerView(db: Db, ctx: SystemCtx, token: string): Promise<VolunteerMatchView> {
  return throughLink(db, ctx, token, 'language_friend_link.open', async (tx, row) => {
    const { rows } = await tx.query<{ languages: string[]; interests: string[] | null }>(
      `select p.languages,
              (select i.interests from participant_language_friend_interest i
                where i.participant_id = p.id order by i.created_at desc, i.version desc limit 1) as interests
         from participants p where p.id = $1`,
      [row.participant_id],
    );
    const her = rows[0]!;
    return {
      participantFirstName: row.participant_first_name,
      status: row.status,
      languages: row.share_languages ? her.languages : [],
      interests: row.share_interests ? ((her.interests ?? []) as VolunteerMatchView['interests']) : [],
      meetingPlace: row.meeting_place,
      nextMeeting: nextMeetingOf(row),
      checkInDue: row.check_in_due,
    };
  });
}

export function logMeetingByLink(
  db: Db,
  ctx: SystemCtx,
  token: string,
  input: z.output<typeof LogMeetingInput>,
): Promise<void> {
  return throughLink(db, ctx, token, 'language_friend_link.log_meeting', async (tx, row) => {
    await logMeetingRow(tx, row, input, { recordedBy: 'volunteer', userId: null });
  });
}

export function feedbackByLink(
  db: Db,
  ctx: SystemCtx,
  token: string,
  input: z.output<typeof FeedbackInput>,
): Promise<void> {
  return throughLink(db, ctx, token, 'language_friend_link.feedback', async (tx, row) => {
    const checkIn = await openCheckIn(tx, row, 'volunteer');
    await insertFeedback(tx, row, checkIn.id, 'volunteer', input);
  });
}

/** She ends the match; her link stops working with it. */
export function endByLink(
  db: Db,
  ctx: SystemCtx,
  token: string,
  input: z.output<typeof VolunteerEndInput>,
): Promise<void> {
  return throughLink(db, ctx, token, 'language_friend_link.end', async (tx, row) => {
    await endMatchRow(tx, row, { endedBy: 'volunteer', reason: input.reason, userId: null });
  });
}
