import type { Activity, Session } from '#shared/activities.ts';

export type ActivityRow = {
  id: string;
  type: string;
  title: string;
  description: string | null;
  place: string | null;
  online_url: string | null;
  languages: string[];
  capacity: number | null;
  archived_at: Date | null;
  version: number;
  staff: { userId: string; name: string }[];
  participant_count: number;
};

/** An activity with its staff and how many take part now, in one row. */
export const activitySelect = `
  select a.*,
         coalesce((select jsonb_agg(jsonb_build_object('userId', u.id, 'name', u.name) order by u.name)
                     from activity_staff s join users u on u.id = s.user_id where s.activity_id = a.id), '[]') as staff,
         (select count(*)::int from activity_participants ap where ap.activity_id = a.id and ap.left_on is null)
           as participant_count
    from activities a`;

export const presentActivity = (row: ActivityRow): Activity => ({
  id: row.id,
  type: row.type,
  title: row.title,
  description: row.description,
  place: row.place,
  onlineUrl: row.online_url,
  languages: row.languages,
  capacity: row.capacity,
  staff: row.staff,
  participantCount: row.participant_count,
  archivedAt: row.archived_at?.toISOString() ?? null,
  version: row.version,
});

export type SessionRow = {
  id: string;
  activity_id: string;
  series_id: string | null;
  starts_at: Date;
  ends_at: Date;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  guests: number;
  note: string | null;
  version: number;
};

export const presentSession = (row: SessionRow): Session => ({
  id: row.id,
  activityId: row.activity_id,
  seriesId: row.series_id,
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  cancelledAt: row.cancelled_at?.toISOString() ?? null,
  cancelReason: row.cancel_reason,
  guests: row.guests,
  note: row.note,
  version: row.version,
});
