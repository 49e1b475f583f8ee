import type {
  Match,
  MatchCheckIn,
  MatchLogEntry,
  MatchParty,
  MatchReason,
  MatchStatus,
  MatchSummary,
} from '#shared/language-friends.ts';
import type { Queryable } from '../../db/types.ts';

/** A match with the names staff see and its introduction meeting. */
export type MatchRow = {
  id: string;
  unit_id: string;
  volunteer_id: string;
  participant_id: string;
  status: MatchStatus;
  score: number;
  reasons: MatchReason[];
  share_languages: boolean;
  share_interests: boolean;
  meeting_place: string | null;
  intro_meeting_id: string | null;
  trial_started_on: string | null;
  trial_ends_on: string | null;
  confirmed_at: Date | null;
  ended_at: Date | null;
  ended_by_party: MatchParty | null;
  end_reason: string | null;
  next_meeting_starts_at: Date | null;
  next_meeting_ends_at: Date | null;
  link_token_hash: string | null;
  link_sent_at: Date | null;
  created_at: Date;
  version: number;
  volunteer_first_name: string | null;
  volunteer_last_name: string | null;
  participant_first_name: string;
  participant_last_name: string;
  intro_starts_at: Date | null;
  intro_ends_at: Date | null;
  intro_place: string | null;
  intro_status: 'planned' | 'held' | 'cancelled' | null;
  check_in_due: boolean;
};

/** Columns of MatchRow, from `language_friend_matches m` joined as below (matchFrom). */
export const matchColumns = `m.id, m.unit_id, m.volunteer_id, m.participant_id, m.status, m.score, m.reasons,
  m.share_languages, m.share_interests, m.meeting_place, m.intro_meeting_id, m.trial_started_on::text,
  (m.trial_started_on + interval '1 month')::date::text as trial_ends_on, m.confirmed_at, m.ended_at,
  m.ended_by_party, m.end_reason, m.next_meeting_starts_at, m.next_meeting_ends_at, m.link_token_hash,
  m.link_sent_at, m.created_at, m.version, v.first_name as volunteer_first_name,
  v.last_name as volunteer_last_name, p.first_name as participant_first_name,
  p.last_name as participant_last_name, mt.starts_at as intro_starts_at, mt.ends_at as intro_ends_at,
  mt.place as intro_place, mt.status as intro_status,
  (m.status <> 'ended' and exists (
    select 1 from language_friend_check_ins c
     where c.match_id = m.id and c.due_on <= (now() at time zone 'Europe/Stockholm')::date
       and (select count(*) from language_friend_feedback f where f.check_in_id = c.id) < 2)) as check_in_due`;

export const matchFrom = `language_friend_matches m
  join volunteers v on v.id = m.volunteer_id
  join participants p on p.id = m.participant_id
  left join meetings mt on mt.id = m.intro_meeting_id`;

const nameOf = (first: string | null, last: string | null) => (first ? `${first} ${last ?? ''}`.trim() : '–');

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The next meeting while it is ahead (or under way): while introduced, the introduction as booked (it may have
 * been moved in the calendar); afterwards the one they logged last. Her own context cannot read meetings, so
 * there the copy made when the introduction was booked stands in.
 */
export function nextMeetingOf(
  row: Pick<MatchRow, 'next_meeting_starts_at' | 'next_meeting_ends_at' | 'meeting_place' | 'status'> &
    Partial<Pick<MatchRow, 'intro_starts_at' | 'intro_ends_at' | 'intro_place' | 'intro_status'>>,
  now = new Date(),
) {
  if (row.status === 'introduced' && row.intro_status && row.intro_starts_at && row.intro_ends_at) {
    if (row.intro_status !== 'planned' || row.intro_ends_at <= now) return null;
    return {
      startsAt: row.intro_starts_at.toISOString(),
      endsAt: row.intro_ends_at.toISOString(),
      place: row.intro_place ?? row.meeting_place,
    };
  }
  if (row.status === 'ended' || !row.next_meeting_starts_at || !row.next_meeting_ends_at) return null;
  if (row.next_meeting_ends_at <= now) return null;
  return {
    startsAt: row.next_meeting_starts_at.toISOString(),
    endsAt: row.next_meeting_ends_at.toISOString(),
    place: row.meeting_place,
  };
}

export function presentSummary(row: MatchRow): MatchSummary {
  return {
    id: row.id,
    status: row.status,
    volunteer: { id: row.volunteer_id, name: nameOf(row.volunteer_first_name, row.volunteer_last_name) },
    participant: {
      id: row.participant_id,
      name: nameOf(row.participant_first_name, row.participant_last_name),
    },
    score: row.score,
    createdAt: row.created_at.toISOString(),
    endedAt: iso(row.ended_at),
    checkInDue: row.check_in_due,
  };
}

async function logOf(tx: Queryable, matchId: string): Promise<MatchLogEntry[]> {
  const { rows } = await tx.query<{
    id: string;
    met_on: string;
    activity: string;
    hours: string;
    recorded_by: 'coordinator' | 'volunteer';
    created_at: Date;
  }>(
    `select id, met_on::text, activity, hours, recorded_by, created_at from language_friend_meeting_logs
      where match_id = $1 order by met_on desc, created_at desc`,
    [matchId],
  );
  return rows.map((r) => ({
    id: r.id,
    metOn: r.met_on,
    activity: r.activity,
    hours: Number(r.hours),
    recordedBy: r.recorded_by,
    createdAt: r.created_at.toISOString(),
  }));
}

async function checkInsOf(tx: Queryable, row: MatchRow): Promise<MatchCheckIn[]> {
  const { rows } = await tx.query<{
    id: string;
    months: number;
    due_on: string;
    due: boolean;
    reminded_at: Date | null;
  }>(
    `select id, months, due_on::text, due_on <= (now() at time zone 'Europe/Stockholm')::date as due, reminded_at
       from language_friend_check_ins where match_id = $1 order by months`,
    [row.id],
  );
  const feedback = await tx.query<{
    check_in_id: string;
    side: 'participant' | 'volunteer';
    rating: number;
    words: string | null;
    created_at: Date;
  }>(
    `select check_in_id, side, rating, words, created_at from language_friend_feedback
      where match_id = $1 order by created_at`,
    [row.id],
  );
  return rows.map((c) => ({
    id: c.id,
    months: c.months,
    dueOn: c.due_on,
    due: c.due && row.status !== 'ended',
    remindedAt: iso(c.reminded_at),
    feedback: feedback.rows
      .filter((f) => f.check_in_id === c.id)
      .map((f) => ({
        side: f.side,
        rating: f.rating,
        words: f.words,
        createdAt: f.created_at.toISOString(),
      })),
  }));
}

export async function presentMatch(tx: Queryable, row: MatchRow): Promise<Match> {
  return {
    ...presentSummary(row),
    reasons: row.reasons,
    shareLanguages: row.share_languages,
    shareInterests: row.share_interests,
    meetingPlace: row.meeting_place,
    introMeeting:
      row.intro_meeting_id && row.intro_starts_at && row.intro_ends_at && row.intro_status
        ? {
            id: row.intro_meeting_id,
            startsAt: row.intro_starts_at.toISOString(),
            endsAt: row.intro_ends_at.toISOString(),
            place: row.intro_place,
            status: row.intro_status,
          }
        : null,
    trialStartedOn: row.trial_started_on,
    trialEndsOn: row.trial_ends_on,
    confirmedAt: iso(row.confirmed_at),
    endedByParty: row.ended_by_party,
    endReason: row.end_reason,
    nextMeeting: nextMeetingOf(row),
    link: { active: row.link_token_hash !== null, sentAt: iso(row.link_sent_at) },
    log: await logOf(tx, row.id),
    checkIns: await checkInsOf(tx, row),
    version: row.version,
  };
}
