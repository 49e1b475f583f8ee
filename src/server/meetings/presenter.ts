import type { Meeting, MeetingClash, MeetingStatus } from '#shared/meetings.ts';
import { timeZone } from '../activities/recurrence.ts';
import type { Queryable } from '../db/types.ts';

export type MeetingRow = {
  id: string;
  unit_id: string;
  participant_id: string;
  starts_at: Date;
  ends_at: Date;
  title: string;
  agenda: string | null;
  place: string | null;
  online_url: string | null;
  interpreter_needed: boolean;
  interpreter_language: string | null;
  status: MeetingStatus;
  cancel_reason: string | null;
  cancelled_at: Date | null;
  held_at: Date | null;
  created_at: Date;
  updated_at: Date | null;
  version: number;
};

type ListedRow = MeetingRow & { created_by_name: string | null; staff: { id: string; name: string }[] };

type ClashRow = {
  meeting_id: string;
  who: MeetingClash['who'];
  staff_id: string | null;
  staff_name: string | null;
  kind: MeetingClash['kind'];
  title: string | null;
  starts_at: Date;
  ends_at: Date;
};

const overlaps = (o: string) => `${o}.starts_at < mine.ends_at and ${o}.ends_at > mine.starts_at`;
const sessionDay = `(s.starts_at at time zone '${timeZone}')::date`;

/**
 * What else she or the meeting's staff have while a planned meeting that is not over yet takes place: her other
 * planned meetings and the sessions of activities she takes part in that day; the staff's planned meetings with
 * others and the sessions they lead. Another participant's meeting is given by its time only.
 */
const clashesSql = `
  with mine as (
    select id, participant_id, starts_at, ends_at from meetings
     where id = any($1::uuid[]) and status = 'planned' and ends_at > now())
  select mine.id as meeting_id, 'participant' as who, null::uuid as staff_id, null as staff_name,
         'meeting' as kind, o.title, o.starts_at, o.ends_at
    from mine join meetings o on o.participant_id = mine.participant_id and o.id <> mine.id
                             and o.status = 'planned' and ${overlaps('o')}
  union all
  select mine.id, 'participant', null, null, 'session', a.title, s.starts_at, s.ends_at
    from mine
    join activity_participants ap on ap.participant_id = mine.participant_id
    join activity_sessions s on s.activity_id = ap.activity_id and s.cancelled_at is null and ${overlaps('s')}
    join activities a on a.id = s.activity_id and a.archived_at is null
   where ap.joined_on <= ${sessionDay} and (ap.left_on is null or ap.left_on >= ${sessionDay})
  union all
  select mine.id, 'staff', ms.user_id, u.name, 'meeting', null, o.starts_at, o.ends_at
    from mine
    join meeting_staff ms on ms.meeting_id = mine.id
    join meeting_staff os on os.user_id = ms.user_id and os.meeting_id <> mine.id and os.starts_at < mine.ends_at
    join meetings o on o.id = os.meeting_id and o.participant_id <> mine.participant_id
                   and o.status = 'planned' and ${overlaps('o')}
    join users u on u.id = ms.user_id
  union all
  select mine.id, 'staff', ms.user_id, u.name, 'session', a.title, s.starts_at, s.ends_at
    from mine
    join meeting_staff ms on ms.meeting_id = mine.id
    join activity_staff st on st.user_id = ms.user_id
    join activity_sessions s on s.activity_id = st.activity_id and s.cancelled_at is null and ${overlaps('s')}
    join activities a on a.id = s.activity_id and a.archived_at is null
    join users u on u.id = ms.user_id
  order by meeting_id, starts_at, who`;

const meetingSelect = `
  select m.*, cb.name as created_by_name,
         coalesce((select jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name) order by u.name, u.id)
                     from meeting_staff ms join users u on u.id = ms.user_id
                    where ms.meeting_id = m.id), '[]'::jsonb) as staff
    from meetings m left join users cb on cb.id = m.created_by`;

const stockholmDate = (column: string) => `(${column} at time zone '${timeZone}')::date`;

/**
 * A participant's meetings (or one of them), earliest first, with their staff and clashes. `from` and `to` are
 * Stockholm dates, both included: a meeting on those days or between them.
 */
export async function selectMeetings(
  tx: Queryable,
  participantId: string,
  options: { meetingId?: string; from?: string | undefined; to?: string | undefined } = {},
): Promise<Meeting[]> {
  const { rows } = await tx.query<ListedRow>(
    `${meetingSelect}
      where m.participant_id = $1 and ($2::uuid is null or m.id = $2)
        and ($3::date is null or ${stockholmDate('m.ends_at')} >= $3::date)
        and ($4::date is null or ${stockholmDate('m.starts_at')} <= $4::date)
      order by m.starts_at, m.id`,
    [participantId, options.meetingId ?? null, options.from ?? null, options.to ?? null],
  );
  if (!rows.length) return [];
  const clashes = await tx.query<ClashRow>(clashesSql, [rows.map((r) => r.id)]);
  return rows.map((r) => presentMeeting(r, clashes.rows));
}

function presentMeeting(r: ListedRow, clashes: ClashRow[]): Meeting {
  return {
    id: r.id,
    participantId: r.participant_id,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    title: r.title,
    agenda: r.agenda,
    place: r.place,
    onlineUrl: r.online_url,
    interpreterNeeded: r.interpreter_needed,
    interpreterLanguage: r.interpreter_language,
    status: r.status,
    cancelReason: r.cancel_reason,
    cancelledAt: r.cancelled_at?.toISOString() ?? null,
    heldAt: r.held_at?.toISOString() ?? null,
    staff: r.staff,
    clashes: clashes
      .filter((c) => c.meeting_id === r.id)
      .map((c) => ({
        who: c.who,
        staffId: c.staff_id,
        staffName: c.staff_name,
        kind: c.kind,
        title: c.title,
        startsAt: c.starts_at.toISOString(),
        endsAt: c.ends_at.toISOString(),
      })),
    createdByName: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at?.toISOString() ?? null,
    version: r.version,
  };
}
