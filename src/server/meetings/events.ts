import { maxMeetingHours } from '#shared/meetings.ts';

/**
 * Whose meetings: a participant's (hers) and/or a staff member's (those she is in). Each is an SQL expression;
 * given both (e.g. two placeholders of which one is null at run time), the two sets are unioned.
 */
export type MeetingEventsFor = { participantId?: string; userId?: string };

/**
 * Meetings as events of one person's schedule, to union into the shared query of "a person's events" (the
 * iCalendar feeds and the week and month views). Every argument is an SQL expression: a placeholder such as
 * `'$2::uuid'` or a column of the outer query such as `'f.participant_id'`, never user input.
 *
 * Columns, in order: id, title, place, online_url, starts_at, ends_at, cancelled, version (those of the
 * calendar's FeedEvent), then participant_id and first_name (hers in a staff member's event, else null, so a
 * view can word the title in its own language). Meetings overlapping [from, to) are given, held and cancelled
 * ones too (`cancelled` says which, so a calendar can drop it). `unitId` keeps the query in one unit when it
 * runs on the owner connection (a feed read by its token); in a tenant transaction row-level security does
 * the same.
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
  const columns = `m.place, m.online_url, m.starts_at, m.ends_at, m.status = 'cancelled' as cancelled, m.version,
         m.participant_id`;
  const parts: string[] = [];
  if (who.participantId) {
    parts.push(`select m.id, m.title, ${columns}, null::text as first_name
    from meetings m
   where m.participant_id = (${who.participantId}) and m.starts_at > ${earliest} and ${overlapping}`);
  }
  if (who.userId) {
    parts.push(`select m.id, 'Möte: ' || p.first_name as title, ${columns}, p.first_name
    from meeting_staff ms
    join meetings m on m.id = ms.meeting_id
    join participants p on p.id = m.participant_id
   where ms.user_id = (${who.userId}) and ms.starts_at > ${earliest} and ms.starts_at < ${to}
     and ${overlapping}`);
  }
  if (!parts.length) throw new Error('meetingEventsSql: give a participant, a staff member or both');
  return parts.join('\n  union all\n  ');
}
