import type { ScheduleEvent } from '#shared/schedule.ts';
import type { ScheduleEventRow } from './events.ts';

export const presentScheduleEvent = (row: ScheduleEventRow): ScheduleEvent => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  days: row.first_day && row.last_day ? { first: row.first_day, last: row.last_day } : null,
  place: row.place,
  onlineUrl: row.online_url,
  cancelled: row.cancelled,
  activityId: row.activity_id,
  participantId: row.participant_id,
  placementKind: row.placement_kind,
  firstName: row.first_name,
});
