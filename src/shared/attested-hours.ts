import { z } from 'zod';
import { AttendanceStatus, MonthQuery } from './activities.ts';
import { Id, Timestamp } from './common.ts';

export const exportFormats = ['csv', 'xlsx'] as const;

/** An export of attested hours: a month (Stockholm time), a file format and the language of the headers. */
export const HoursExportQuery = z.strictObject({
  month: MonthQuery.shape.month,
  format: z.enum(exportFormats),
  lang: z.enum(['sv', 'en']).default('sv'),
});
export type HoursExportQuery = z.input<typeof HoursExportQuery>;

/**
 * The unit's attested hours in a month: every participant with a mark at a session held that month or a
 * placement on its working days, her hours per activity (null: no mark at that activity), at placements, and
 * her total. The identity number is masked, as in lists.
 */
export const UnitHours = z.object({
  month: z.string(),
  activities: z.array(z.object({ activityId: Id, title: z.string() })),
  participants: z.array(
    z.object({
      participantId: Id,
      firstName: z.string(),
      lastName: z.string(),
      identityNumberMasked: z.string().nullable(),
      hours: z.array(z.number().nullable()),
      /** Hours present at the activities' sessions. */
      attendance: z.number(),
      /** Her placements' planned hours on their working days in the month (see activities/attendance.ts). */
      placement: z.number(),
      /** Attendance and placement hours together. */
      total: z.number(),
    }),
  ),
});
export type UnitHours = z.infer<typeof UnitHours>;

/** Her group activities and her attendance session by session (sessions that have started, newest first). */
export const ParticipantSessions = z.object({
  activities: z.array(
    z.object({
      activityId: Id,
      title: z.string(),
      joinedOn: z.iso.date(),
      leftOn: z.iso.date().nullable(),
    }),
  ),
  sessions: z.array(
    z.object({
      sessionId: Id,
      activityId: Id,
      title: z.string(),
      startsAt: Timestamp,
      endsAt: Timestamp,
      cancelledAt: Timestamp.nullable(),
      /** null: not marked. */
      status: AttendanceStatus.nullable(),
    }),
  ),
});
export type ParticipantSessions = z.infer<typeof ParticipantSessions>;
