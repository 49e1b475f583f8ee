import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { placementKinds } from './placements.ts';

export const scheduleEventKinds = ['session', 'placement', 'meeting'] as const;
export type ScheduleEventKind = (typeof scheduleEventKinds)[number];

const Day = z.iso.date();

/** The longest period one schedule request may cover: a month view with the days around it. */
export const maxScheduleDays = 42;

/** A period of Stockholm days, both included. */
export const ScheduleQuery = z
  .strictObject({ from: Day, to: Day })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The period ends before it starts' })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < maxScheduleDays, {
    path: ['to'],
    message: `At most ${maxScheduleDays} days at a time`,
  });
export type ScheduleQuery = z.infer<typeof ScheduleQuery>;

/**
 * One thing in a person's schedule: a group session, a placement (whole days, `days` set) or an individual
 * meeting. `startsAt`/`endsAt` are instants (for a placement, Stockholm midnight of its first day and of the
 * day after its last), so every event sorts and overlaps the same way.
 */
export const ScheduleEvent = z.object({
  id: Id,
  kind: z.enum(scheduleEventKinds),
  title: z.string(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  days: z.object({ first: Day, last: Day }).nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  cancelled: z.boolean(),
  /** Where the event lives: the activity of a session, the participant of a placement or meeting. */
  activityId: Id.nullable(),
  participantId: Id.nullable(),
  placementKind: z.enum(placementKinds).nullable(),
  /** In a staff member's schedule, the participant a meeting is with, by first name only. */
  firstName: z.string().nullable(),
});
export type ScheduleEvent = z.infer<typeof ScheduleEvent>;
