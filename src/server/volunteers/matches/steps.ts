import type { z } from 'zod';
import type { LogMeetingInput, MatchParty, MatchStatus } from '#shared/language-friends.ts';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { hashToken, newId, newToken } from '../../lib/ids.ts';
import { addMessage } from '../../outbox/delivery.ts';
import { channelOfVolunteer, renderVolunteerLink } from '../templates.ts';
import { matchColumns, matchFrom, type MatchRow } from './presenter.ts';

/**
 * The steps of a match that both the coordinator (in her tenant transaction) and the volunteer (through her link,
 * on the owner connection filtered by the match's own row) take: ending it, logging a meeting, giving feedback at
 * a check-in, and the link itself. Callers lock the row, check who may act and audit.
 */

/** Which steps may follow which: anything else is refused with a clear problem. */
const allowedFrom: Record<string, readonly MatchStatus[]> = {
  introduce: ['proposed'],
  start_trial: ['introduced'],
  confirm: ['trial'],
  end: ['proposed', 'introduced', 'trial', 'active'],
  log: ['introduced', 'trial', 'active'],
  feedback: ['trial', 'active'],
};

const stepWords: Record<string, string> = {
  introduce: 'introduced',
  start_trial: 'started on its trial month',
  confirm: 'confirmed',
  end: 'ended',
  log: 'given a meeting log',
  feedback: 'given feedback',
};

export function checkStep(row: Pick<MatchRow, 'status'>, step: keyof typeof allowedFrom) {
  if (!allowedFrom[step]!.includes(row.status)) {
    throw new AppError('conflict', `A match that is ${row.status} cannot be ${stepWords[step]}.`, {
      reason: 'illegal_transition',
      matchStatus: row.status,
      step,
    });
  }
}

export async function lockMatch(tx: Queryable, where: string, value: string): Promise<MatchRow | undefined> {
  const { rows } = await tx.query<MatchRow>(
    `select ${matchColumns} from ${matchFrom} where ${where} = $1 for update of m`,
    [value],
  );
  return rows[0];
}

/** Ends a match: the reason and who ended it; the link is revoked and a planned introduction cancelled. */
export async function endMatchRow(
  tx: Queryable,
  row: MatchRow,
  input: { endedBy: MatchParty; reason: string; userId: string | null },
) {
  checkStep(row, 'end');
  await tx.query(
    `update language_friend_matches
        set status = 'ended', ended_at = now(), ended_by = $2, ended_by_party = $3, end_reason = $4,
            link_token_hash = null, next_meeting_starts_at = null, next_meeting_ends_at = null,
            updated_at = now(), updated_by = $2, version = version + 1
      where id = $1`,
    [row.id, input.userId, input.endedBy, input.reason],
  );
  if (row.intro_meeting_id && row.intro_status === 'planned') {
    await tx.query(
      `update meetings set status = 'cancelled', cancel_reason = 'Språkvänsmatchningen avslutades.',
              cancelled_at = now(), cancelled_by = coalesce($2, created_by), updated_at = now(),
              version = version + 1
        where id = $1 and status = 'planned'`,
      [row.intro_meeting_id, input.userId],
    );
  }
}

/** One meeting they had; optionally when they meet next (shown to both). */
export async function logMeetingRow(
  tx: Queryable,
  row: MatchRow,
  input: z.output<typeof LogMeetingInput>,
  by: { recordedBy: 'coordinator' | 'volunteer'; userId: string | null },
): Promise<string> {
  checkStep(row, 'log');
  const future = await tx.query<{ ahead: boolean }>(
    `select $1::date > (now() at time zone 'Europe/Stockholm')::date as ahead`,
    [input.metOn],
  );
  if (future.rows[0]!.ahead) {
    const message = 'A meeting in the log cannot lie in the future.';
    throw new AppError('validation', message, { errors: [{ path: ['metOn'], message, code: 'custom' }] });
  }
  const id = newId();
  await tx.query(
    `insert into language_friend_meeting_logs
       (id, match_id, unit_id, participant_id, met_on, activity, hours, recorded_by, recorded_by_user)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      row.id,
      row.unit_id,
      row.participant_id,
      input.metOn,
      input.activity,
      input.hours,
      by.recordedBy,
      by.userId,
    ],
  );
  await tx.query(
    `update language_friend_matches
        set next_meeting_starts_at = coalesce($2, next_meeting_starts_at),
            next_meeting_ends_at = coalesce($3, next_meeting_ends_at),
            updated_at = now(), updated_by = coalesce($4, updated_by), version = version + 1
      where id = $1`,
    [row.id, input.next?.startsAt ?? null, input.next?.endsAt ?? null, by.userId],
  );
  return id;
}

/**
 * The check-in now open for a side: the latest one that is due and this side has not answered. 409 when there
 * is none, so feedback is always kept with its check-in.
 */
type FeedbackRow = Pick<MatchRow, 'id' | 'status' | 'unit_id' | 'participant_id'>;

export async function openCheckIn(
  tx: Queryable,
  row: FeedbackRow,
  side: 'participant' | 'volunteer',
): Promise<{ id: string; months: number }> {
  checkStep(row, 'feedback');
  const { rows } = await tx.query<{ id: string; months: number }>(
    `select c.id, c.months from language_friend_check_ins c
      where c.match_id = $1 and c.due_on <= (now() at time zone 'Europe/Stockholm')::date
        and not exists (select 1 from language_friend_feedback f where f.check_in_id = c.id and f.side = $2)
      order by c.months desc limit 1`,
    [row.id, side],
  );
  if (!rows[0]) {
    throw new AppError('conflict', 'No check-in is waiting for feedback now.', { reason: 'no_check_in_due' });
  }
  return rows[0];
}

export async function insertFeedback(
  tx: Queryable,
  row: FeedbackRow,
  checkInId: string,
  side: 'participant' | 'volunteer',
  input: { rating: number; words?: string | null | undefined },
) {
  await tx.query(
    `insert into language_friend_feedback (id, check_in_id, match_id, unit_id, participant_id, side, rating, words)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [newId(), checkInId, row.id, row.unit_id, row.participant_id, side, input.rating, input.words ?? null],
  );
}

/** Her check-ins one and three months after the trial started. */
export async function planCheckIns(tx: Queryable, row: MatchRow, trialStartedOn: string) {
  await tx.query(
    `insert into language_friend_check_ins (id, match_id, unit_id, participant_id, months, due_on)
     select gen, $2, $3, $4, m, ($5::date + make_interval(months => m))::date
       from unnest($1::uuid[], $6::int[]) as t(gen, m)
     on conflict (match_id, months) do nothing`,
    [[newId(), newId()], row.id, row.unit_id, row.participant_id, trialStartedOn, [1, 3]],
  );
}

export const volunteerLinkOf = (publicUrl: string, token: string) =>
  `${publicUrl}/language-friend#token=${token}`;

type VolunteerContact = {
  first_name: string;
  email: string | null;
  phone: string | null;
  language: 'sv' | 'en';
};

/**
 * Gives the match a new link (the old one stops working: a stored hash cannot give a link back) and puts it in
 * the outbox to the volunteer, in the transaction that stores its hash. `kind` tells the message's reason.
 */
export async function sendVolunteerLink(
  tx: Queryable,
  row: MatchRow,
  publicUrl: string,
  reason: { kind: 'language_friend_link' | 'language_friend_check_in'; dedupeKey: string; months?: number },
): Promise<string | null> {
  const volunteer = await tx.query<VolunteerContact>(
    'select first_name, email, phone, language from volunteers where id = $1',
    [row.volunteer_id],
  );
  const v = volunteer.rows[0];
  const channel = v ? channelOfVolunteer(v) : null;
  if (!v || !channel) return null;
  const token = newToken();
  await tx.query(
    `update language_friend_matches set link_token_hash = $2, link_sent_at = now() where id = $1`,
    [row.id, hashToken(token)],
  );
  const text = renderVolunteerLink(v.language, {
    volunteerFirstName: v.first_name,
    participantFirstName: row.participant_first_name,
    url: volunteerLinkOf(publicUrl, token),
    checkInMonths: reason.months ?? null,
  });
  return addMessage(tx, {
    unitId: row.unit_id,
    participantId: null,
    kind: reason.kind,
    dedupeKey: reason.dedupeKey,
    channel: channel.channel,
    toAddress: channel.to,
    language: v.language,
    subject: text.subject,
    body: text.body,
  });
}
