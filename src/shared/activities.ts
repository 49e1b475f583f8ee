import { z } from 'zod';
import { Id, Name, Timestamp, Version } from './common.ts';
import { LanguageCode } from './participants.ts';

export const ActivityType = z.object({ key: z.string(), labelSv: z.string(), labelEn: z.string() });
export type ActivityType = z.infer<typeof ActivityType>;

const Text = (max: number) => z.string().trim().max(max);

const ActivityFields = {
  type: z.string().min(1).max(41),
  title: Name,
  description: Text(4000).nullable().optional(),
  place: Text(300).nullable().optional(),
  onlineUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .nullable()
    .optional(),
  languages: z.array(LanguageCode).max(20),
  capacity: z.number().int().min(1).max(1000).nullable().optional(),
  /** Teachers and other staff who lead it (staff of the unit). */
  staffIds: z.array(Id).max(20),
};

export const CreateActivityInput = z.strictObject({
  ...ActivityFields,
  languages: ActivityFields.languages.default([]),
  staffIds: ActivityFields.staffIds.default([]),
});
export type CreateActivityInput = z.input<typeof CreateActivityInput>;

// No defaults here: a field left out of an edit stays as it is.
export const UpdateActivityInput = z.strictObject({
  ...z.object(ActivityFields).partial().shape,
  archived: z.boolean().optional(),
  version: Version,
});
export type UpdateActivityInput = z.input<typeof UpdateActivityInput>;

export const Activity = z.object({
  id: Id,
  type: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  languages: z.array(z.string()),
  capacity: z.number().int().nullable(),
  staff: z.array(z.object({ userId: Id, name: z.string() })),
  participantCount: z.number().int(),
  archivedAt: Timestamp.nullable(),
  version: Version,
});
export type Activity = z.infer<typeof Activity>;

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:30');

/**
 * New sessions: one on `date`, or a series from `date` by an RFC 5545 rule such as
 * `FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261218`, in Stockholm time (daylight saving followed).
 */
export const AddSessionsInput = z.strictObject({
  date: z.iso.date(),
  startTime: LocalTime,
  durationMinutes: z.number().int().min(5).max(720),
  rrule: z
    .string()
    .trim()
    .max(500)
    .regex(
      /^FREQ=(DAILY|WEEKLY|MONTHLY);/,
      'a rule starting FREQ=DAILY, WEEKLY or MONTHLY; with COUNT or UNTIL',
    )
    .nullable()
    .optional(),
});
export type AddSessionsInput = z.input<typeof AddSessionsInput>;

export const Session = z.object({
  id: Id,
  activityId: Id,
  seriesId: Id.nullable(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  cancelledAt: Timestamp.nullable(),
  cancelReason: z.string().nullable(),
  guests: z.number().int(),
  note: z.string().nullable(),
  version: Version,
});
export type Session = z.infer<typeof Session>;

export const SessionsQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** Moving or cancelling one session (an exception to its series), or recording guests and a note. */
export const UpdateSessionInput = z
  .strictObject({
    startsAt: Timestamp.optional(),
    endsAt: Timestamp.optional(),
    cancelled: z.boolean().optional(),
    cancelReason: Text(500).nullable().optional(),
    /** People who are not participants (a partner at parent support, an interpreter), as a count. */
    guests: z.number().int().min(0).max(500).optional(),
    note: Text(2000).nullable().optional(),
    version: Version,
  })
  .refine((v) => !v.startsAt || !v.endsAt || v.endsAt > v.startsAt, {
    message: 'The end must come after the start.',
    path: ['endsAt'],
  });
export type UpdateSessionInput = z.input<typeof UpdateSessionInput>;

export const JoinActivityInput = z.strictObject({
  participantId: Id,
  joinedOn: z.iso.date(),
  /** Join although she has another activity at the same time (staff have checked). */
  confirmOverlap: z.boolean().default(false),
});
export type JoinActivityInput = z.input<typeof JoinActivityInput>;

export const LeaveActivityInput = z.strictObject({ leftOn: z.iso.date() });

export const ActivityParticipant = z.object({
  participantId: Id,
  firstName: z.string(),
  lastName: z.string(),
  joinedOn: z.iso.date(),
  leftOn: z.iso.date().nullable(),
});
export type ActivityParticipant = z.infer<typeof ActivityParticipant>;

export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export const AttendanceStatus = z.enum(attendanceStatuses);

/** One line of the attendance screen: everyone taking part on the session's day, with her mark if any. */
export const RosterLine = z.object({
  participantId: Id,
  firstName: z.string(),
  lastName: z.string(),
  status: AttendanceStatus.nullable(),
});
export const Roster = z.object({ session: Session, lines: z.array(RosterLine) });
export type Roster = z.infer<typeof Roster>;

export const MarkAttendanceInput = z.strictObject({ status: AttendanceStatus });
export const AttendanceParams = z.strictObject({ id: Id, participantId: Id });

export const MonthQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2026-11'),
});

/** Attested hours: time present at sessions, per participant, in one month (Stockholm time). */
export const AttendedHours = z.object({
  participantId: Id,
  firstName: z.string(),
  lastName: z.string(),
  sessions: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  hours: z.number(),
});
export type AttendedHours = z.infer<typeof AttendedHours>;

/** Her attended hours in one month, per activity. */
export const ParticipantAttendance = z.object({
  activityId: Id,
  title: z.string(),
  sessions: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  hours: z.number(),
});
export type ParticipantAttendance = z.infer<typeof ParticipantAttendance>;
