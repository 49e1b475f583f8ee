import { maxMeetingHours } from '#shared/meetings.ts';

/** Whose schedule: a participant's (her meetings) or a staff member's (the meetings she is in). */
export type MeetingEventsFor = { participantId: string } | { userId: string };

/**
 * Meetings as events of one person's schedule, to union into the shared query of "a person's events" (the
 * iCalendar feeds and the week and month views). Every argument is an SQL expression: a placeholder such as
 * `'$2'` or a column of the outer query such as `'f.participant_id'`, never user input.
 *
 * Columns, in order: id, title, place, online_url, starts_at, ends_at, cancelled, version (those of the
 * calendar's FeedEvent). Meetings overlapping [from, to) are given, held and cancelled ones too (`cancelled`
 * says which, so a calendar can drop it). `unitId` keeps the query in one unit when it runs on the owner
 * connection (a feed read by its token); in a tenant transaction row-level security does the same.
 *
 * A participant's event is titled with the meeting's purpose. A staff member's names the participant by her
 * first name only ("Möte: Amina"), since a schedule is seen on screens and calendars others may look at.
 */
export function meetingEventsSql(
  who: MeetingEventsFor,
  scope: { unitId: string; from: string; to: string },
): string {
  const from = `(${scope.from})::timestamptz`;
  const to = `(${scope.to})::timestamptz`;
  // A meeting lasts at most maxMeetingHours (checked by the table), so only starts from then on can overlap.
  const earliest = `${from} - interval '${maxMeetingHours} hours'`;
  const overlapping = `m.unit_id = (${scope.unitId}) and m.starts_at < ${to} and m.ends_at > ${from}`;
  const columns = `m.place, m.online_url, m.starts_at, m.ends_at, m.status = 'cancelled' as cancelled, m.version`;
  if ('participantId' in who) {
    return `select m.id, m.title, ${columns}
    from meetings m
   where m.participant_id = (${who.participantId}) and m.starts_at > ${earliest} and ${overlapping}`;
  }
  return `select m.id, 'Möte: ' || p.first_name as title, ${columns}
    from meeting_staff ms
    join meetings m on m.id = ms.meeting_id
    join participants p on p.id = m.participant_id
   where ms.user_id = (${who.userId}) and ms.starts_at > ${earliest} and ms.starts_at < ${to}
     and ${overlapping}`;
}
