import { z } from 'zod';
import { Id, Version } from './common.ts';

export const exitReasons = [
  'employment',
  'studies',
  'other_programme',
  'moved',
  'health',
  'parental_leave',
  'no_contact',
  'completed',
  'other',
] as const;
export const exitStatuses = [
  'employed',
  'self_employed',
  'in_education',
  'job_seeking',
  'inactive',
  'other',
] as const;

export const Enrolment = z.object({
  id: Id,
  participantId: Id,
  programmeId: Id,
  programmeName: z.string(),
  startedOn: z.iso.date(),
  exitedOn: z.iso.date().nullable(),
  exitReason: z.enum(exitReasons).nullable(),
  exitStatus: z.enum(exitStatuses).nullable(),
  exitNote: z.string().nullable(),
  version: Version,
});
export type Enrolment = z.infer<typeof Enrolment>;

export const EnrolInput = z.strictObject({ programmeId: Id, startedOn: z.iso.date() });
export type EnrolInput = z.input<typeof EnrolInput>;

export const ExitInput = z.strictObject({
  exitedOn: z.iso.date(),
  reason: z.enum(exitReasons),
  status: z.enum(exitStatuses),
  note: z.string().trim().max(2000).nullable().optional(),
  version: Version,
});
export type ExitInput = z.input<typeof ExitInput>;
