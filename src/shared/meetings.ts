import { z } from 'zod';
import { Id, Text, Timestamp, Version } from './common.ts';
import { LanguageCode } from './participants.ts';

/** A meeting is planned, then held or cancelled; it is never deleted. */
export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** The longest meeting we book (a whole working day). */
export const maxMeetingHours = 10;

const meetingFields = {
  startsAt: Timestamp,
  endsAt: Timestamp,
  /** What the meeting is for, e.g. "Uppföljning av handlingsplanen". */
  title: z.string().trim().min(1).max(200),
  /** A short agenda. What was said belongs in the journal. */
  agenda: Text(2000),
  place: Text(200),
  onlineUrl: z
    .union([z.literal('').transform(() => null), z.url({ protocol: /^https$/ }).max(500)])
    .nullable()
    .optional(),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: LanguageCode.nullable().optional(),
  /** One or more of the unit's staff. */
  staffIds: z
    .array(Id)
    .min(1, 'at least one staff member')
    .max(10)
    .transform((ids) => [...new Set(ids)]),
};

type Checked = {
  startsAt?: string | undefined;
  endsAt?: string | undefined;
  interpreterNeeded?: boolean | undefined;
  interpreterLanguage?: string | null | undefined;
};

/**
 * Rules across fields. A PATCH may carry some fields only: a rule applies to the fields present, and the
 * server checks the result together with what is stored.
 */
const crossCheck = (partial: boolean) => (v: Checked, ctx: z.RefinementCtx) => {
  const instant = (at: string | undefined) => Timestamp.safeParse(at).success;
  if (instant(v.startsAt) && instant(v.endsAt)) {
    const length = Date.parse(v.endsAt!) - Date.parse(v.startsAt!);
    if (length <= 0)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must come after the start.' });
    else if (length > maxMeetingHours * 3_600_000)
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: `A meeting lasts at most ${maxMeetingHours} hours.`,
      });
  }
  const language = v.interpreterLanguage;
  if (v.interpreterNeeded === true && (partial ? language === null : !language))
    ctx.addIssue({ code: 'custom', path: ['interpreterLanguage'], message: 'which language?' });
  if (v.interpreterNeeded === false && language)
    ctx.addIssue({
      code: 'custom',
      path: ['interpreterLanguage'],
      message: 'A language only when an interpreter is needed.',
    });
};

export const CreateMeetingInput = z
  .strictObject({ ...meetingFields, interpreterNeeded: meetingFields.interpreterNeeded.default(false) })
  .superRefine(crossCheck(false));
export type CreateMeetingInput = z.input<typeof CreateMeetingInput>;

/** Changes a planned meeting: the fields given; `staffIds` replaces the list. */
export const UpdateMeetingInput = z
  .strictObject({
    startsAt: meetingFields.startsAt.optional(),
    endsAt: meetingFields.endsAt.optional(),
    title: meetingFields.title.optional(),
    agenda: meetingFields.agenda,
    place: meetingFields.place,
    onlineUrl: meetingFields.onlineUrl,
    interpreterNeeded: meetingFields.interpreterNeeded.optional(),
    interpreterLanguage: meetingFields.interpreterLanguage,
    staffIds: meetingFields.staffIds.optional(),
    version: Version,
  })
  .superRefine(crossCheck(true));
export type UpdateMeetingInput = z.input<typeof UpdateMeetingInput>;

export const CancelMeetingInput = z.strictObject({
  reason: z.string().trim().min(1).max(500),
  version: Version,
});
export type CancelMeetingInput = z.input<typeof CancelMeetingInput>;

export const MarkMeetingHeldInput = z.strictObject({ version: Version });

export const MeetingParams = z.strictObject({ id: Id, meetingId: Id });

/** Her meetings overlapping a period (Stockholm dates, both included); without one, all of them. */
export const MeetingsQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/**
 * Something else at the same time: a warning, not a refusal. Another participant's meeting is named by its
 * time only (no title), since it is not hers.
 */
export const MeetingClash = z.object({
  who: z.enum(['participant', 'staff']),
  staffId: Id.nullable(),
  staffName: z.string().nullable(),
  kind: z.enum(['meeting', 'session']),
  title: z.string().nullable(),
  startsAt: Timestamp,
  endsAt: Timestamp,
});
export type MeetingClash = z.infer<typeof MeetingClash>;

export const Meeting = z.object({
  id: Id,
  participantId: Id,
  startsAt: Timestamp,
  endsAt: Timestamp,
  title: z.string(),
  agenda: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: z.string().nullable(),
  status: z.enum(meetingStatuses),
  cancelReason: z.string().nullable(),
  cancelledAt: Timestamp.nullable(),
  heldAt: Timestamp.nullable(),
  staff: z.array(z.object({ id: Id, name: z.string() })),
  /** For a planned meeting not yet over: what else she or the staff have at that time. */
  clashes: z.array(MeetingClash),
  createdByName: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable(),
  version: Version,
});
export type Meeting = z.infer<typeof Meeting>;
