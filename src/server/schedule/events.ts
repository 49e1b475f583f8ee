import type { PlacementKind } from '#shared/placements.ts';
import type { ScheduleEventKind } from '#shared/schedule.ts';
import type { Queryable } from '../db/types.ts';
import { meetingEventsSql } from '../meetings/events.ts';

/** Whose schedule: a participant's, or a staff member's (the sessions she leads, her meetings). */
export type ScheduleOwner = { unitId: string } & (
  { participantId: string; userId?: undefined } | { userId: string; participantId?: undefined }
);

export type ScheduleEventRow = {
  id: string;
  kind: ScheduleEventKind;
  title: string;
  place: string | null;
  online_url: string | null;
  starts_at: Date;
  ends_at: Date;
  /** A placement's first and last day (Stockholm dates); null for timed events. */
  first_day: string | null;
  last_day: string | null;
  cancelled: boolean;
  version: number;
  activity_id: string | null;
  participant_id: string | null;
  placement_kind: PlacementKind | null;
  /** A staff member's meeting: the participant's first name (her full name is never in a schedule). */
  first_name: string | null;
};

const day = (n: number) => `($${n}::date::timestamp at time zone 'Europe/Stockholm')`;

/**
 * One query for a person's schedule, read by the iCalendar feed and by the week and month views alike.
 * $1 unit, $2 participant or $3 staff user, $4 and $5 the first and last Stockholm day. A participant's
 * sessions are those of her activities on the days she takes part; a staff member's those she leads.
 * Placements are hers alone, as whole days. Meetings (`meetings/events.ts`) are hers, or those a staff member
 * is in. No other person's full name is in any row: a staff member's meetings carry the participant's first
 * name only.
 */
const scheduleSql = `
  select s.id, 'session' as kind, a.title, a.place, a.online_url, s.starts_at, s.ends_at,
         null::text as first_day, null::text as last_day, s.cancelled_at is not null as cancelled, s.version,
         a.id as activity_id, $2::uuid as participant_id, null as placement_kind, null::text as first_name
    from activity_sessions s
    join activities a on a.id = s.activity_id
   where s.unit_id = $1 and s.starts_at >= ${day(4)} and s.starts_at < ${day(5)} + interval '1 day'
     and (
       exists (select 1 from activity_participants ap
                where ap.activity_id = s.activity_id and ap.participant_id = $2::uuid
                  and ap.joined_on <= (s.starts_at at time zone 'Europe/Stockholm')::date
                  and (ap.left_on is null or ap.left_on >= (s.starts_at at time zone 'Europe/Stockholm')::date))
       or exists (select 1 from activity_staff st where st.activity_id = s.activity_id and st.user_id = $3::uuid)
     )
  union all
  select p.id, 'placement', em.name,
         (select ad->>'street' || ', ' || (ad->>'city') from jsonb_array_elements(em.addresses) ad
           where ad->>'kind' = 'visiting' limit 1),
         null, p.starts_on::timestamp at time zone 'Europe/Stockholm',
         (p.ends_on + 1)::timestamp at time zone 'Europe/Stockholm',
         p.starts_on::text, p.ends_on::text, false, p.version, null, p.participant_id, p.kind, null
    from placements p
    join employers em on em.id = p.employer_id
   where p.unit_id = $1 and p.participant_id = $2::uuid and p.status in ('planned', 'ongoing')
     and p.ends_on >= $4::date and p.starts_on <= $5::date
  union all
  select e.id, 'meeting', e.title, e.place, e.online_url, e.starts_at, e.ends_at, null, null, e.cancelled, e.version,
         null, e.participant_id, null, e.first_name
    from (${meetingEventsSql(
      { participantId: '$2::uuid', userId: '$3::uuid' },
      { unitId: '$1', from: day(4), to: `${day(5)} + interval '1 day'` },
    )}) e
  order by starts_at, id`;

/** The events of one person's schedule from the first to the last Stockholm day, both included. */
export async function listScheduleEvents(
  q: Queryable,
  owner: ScheduleOwner,
  period: { from: string; to: string },
): Promise<ScheduleEventRow[]> {
  const { rows } = await q.query<ScheduleEventRow>(scheduleSql, [
    owner.unitId,
    owner.participantId ?? null,
    owner.userId ?? null,
    period.from,
    period.to,
  ]);
  return rows;
}
