import { z } from 'zod';
import { Id, Timestamp, Version } from './common.ts';

/** Steps towards work (steg mot arbete) on a participant's path. */
export const milestoneKinds = [
  'sfi_started',
  'sfi_passed',
  'studies_started',
  'internship_started',
  'internship_completed',
  'employed',
  'left_social_assistance',
  'other',
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/** The milestones the adult-education school (role partner) sees and records: study progress. */
export const studyMilestoneKinds = [
  'sfi_started',
  'sfi_passed',
  'studies_started',
] as const satisfies readonly MilestoneKind[];
export const isStudyMilestone = (kind: MilestoneKind): boolean =>
  (studyMilestoneKinds as readonly string[]).includes(kind);

export const milestoneSources = ['coach', 'adult_education', 'employment_service', 'other'] as const;
export const sfiCourses = ['A', 'B', 'C', 'D'] as const;
export const sfiGrades = ['passed', 'not_passed'] as const;
export const nationalTestResults = ['passed', 'not_passed', 'not_taken'] as const;
export const studyForms = [
  'municipal_adult_education',
  'folk_high_school',
  'vocational',
  'university',
  'other',
] as const;
export const employmentTypes = ['unsubsidised', 'subsidised', 'self_employed'] as const;

const DateOnly = z.iso.date();
const Note = z
  .string()
  .trim()
  .max(2000)
  .transform((v) => v || null)
  .nullable()
  .optional();

const milestoneFields = {
  kind: z.enum(milestoneKinds),
  happenedOn: DateOnly,
  source: z.enum(milestoneSources),
  /** SFI: study path 1 to 3 (for started and passed). */
  sfiPath: z.number().int().min(1).max(3).nullable().optional(),
  sfiCourse: z.enum(sfiCourses).nullable().optional(),
  sfiGrade: z.enum(sfiGrades).nullable().optional(),
  nationalTest: z.enum(nationalTestResults).nullable().optional(),
  studyForm: z.enum(studyForms).nullable().optional(),
  employmentType: z.enum(employmentTypes).nullable().optional(),
  hoursPerWeek: z.number().min(0).max(60).multipleOf(0.5).nullable().optional(),
  otherLabel: z.string().trim().min(1).max(200).nullable().optional(),
  note: Note,
};

type Fields = { [K in keyof typeof milestoneFields]?: unknown } & { kind: MilestoneKind };

/** Which details each kind needs, and which it may have; the database checks the same. */
export const milestoneDetails: Record<MilestoneKind, { required: string[]; allowed: string[] }> = {
  sfi_started: { required: [], allowed: ['sfiPath', 'sfiCourse'] },
  sfi_passed: {
    required: ['sfiPath', 'sfiCourse', 'sfiGrade'],
    allowed: ['sfiPath', 'sfiCourse', 'sfiGrade', 'nationalTest'],
  },
  studies_started: { required: ['studyForm'], allowed: ['studyForm'] },
  internship_started: { required: [], allowed: [] },
  internship_completed: { required: [], allowed: [] },
  employed: { required: ['employmentType'], allowed: ['employmentType', 'hoursPerWeek'] },
  left_social_assistance: { required: [], allowed: [] },
  other: { required: ['otherLabel'], allowed: ['otherLabel'] },
};
const detailKeys = [
  'sfiPath',
  'sfiCourse',
  'sfiGrade',
  'nationalTest',
  'studyForm',
  'employmentType',
  'hoursPerWeek',
  'otherLabel',
] as const;

/** Each detail the kind needs is given, and none that belongs to another kind. */
function checkDetails(v: Fields, ctx: z.RefinementCtx) {
  const rule = milestoneDetails[v.kind];
  for (const key of detailKeys) {
    const given = v[key] !== undefined && v[key] !== null;
    if (rule.required.includes(key) && !given)
      ctx.addIssue({ code: 'custom', message: `Required for ${v.kind}.`, path: [key] });
    if (!rule.allowed.includes(key) && given)
      ctx.addIssue({ code: 'custom', message: `Not part of ${v.kind}.`, path: [key] });
  }
}

export const MilestoneInput = z.strictObject(milestoneFields).superRefine(checkDetails);
export type MilestoneInput = z.input<typeof MilestoneInput>;

/** A correction replaces the milestone with these details, or (retract) says it was recorded in error. */
export const MilestoneCorrectionInput = z.union([
  z.strictObject({ retract: z.literal(true), note: Note }),
  z.strictObject(milestoneFields).superRefine(checkDetails),
]);
export type MilestoneCorrectionInput = z.input<typeof MilestoneCorrectionInput>;

export const MilestoneParams = z.strictObject({ id: Id, milestoneId: Id });

export const Milestone = z.object({
  id: Id,
  participantId: Id,
  kind: z.enum(milestoneKinds),
  happenedOn: DateOnly,
  source: z.enum(milestoneSources),
  sfiPath: z.number().int().nullable(),
  sfiCourse: z.enum(sfiCourses).nullable(),
  sfiGrade: z.enum(sfiGrades).nullable(),
  nationalTest: z.enum(nationalTestResults).nullable(),
  studyForm: z.enum(studyForms).nullable(),
  employmentType: z.enum(employmentTypes).nullable(),
  hoursPerWeek: z.number().nullable(),
  otherLabel: z.string().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: Timestamp,
  /** The milestone this one corrects, if any (the earlier versions are kept). */
  corrects: Id.nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

export const followUpSituations = [
  'employed',
  'in_studies',
  'job_seeking',
  'social_assistance',
  'other',
] as const;
export const followUpStatuses = ['open', 'done', 'cancelled'] as const;

export const FollowUp = z.object({
  id: Id,
  participantId: Id,
  enrolmentId: Id,
  programmeName: z.string(),
  exitedOn: DateOnly,
  months: z.number().int(),
  dueOn: DateOnly,
  status: z.enum(followUpStatuses),
  situation: z.enum(followUpSituations).nullable(),
  hoursPerWeek: z.number().nullable(),
  note: z.string().nullable(),
  doneOn: DateOnly.nullable(),
  doneByName: z.string().nullable(),
  cancelReason: z.enum(['re_enrolled']).nullable(),
  version: Version,
});
export type FollowUp = z.infer<typeof FollowUp>;

export const FollowUpParams = z.strictObject({ id: Id, followUpId: Id });

export const RecordFollowUpInput = z
  .strictObject({
    situation: z.enum(followUpSituations),
    hoursPerWeek: z.number().min(0).max(60).multipleOf(0.5).nullable().optional(),
    doneOn: DateOnly,
    note: Note,
    version: Version,
  })
  .refine((v) => v.situation === 'employed' || v.hoursPerWeek == null, {
    message: 'Hours per week belong to employment.',
    path: ['hoursPerWeek'],
  });
export type RecordFollowUpInput = z.input<typeof RecordFollowUpInput>;

/** Her milestones (standing ones, newest first) and her follow-ups, in one read. */
export const Outcomes = z.object({
  milestones: z.array(Milestone),
  followUps: z.array(FollowUp),
  /** Labels offered for "other" milestones; empty means free text. */
  otherLabels: z.array(z.string()),
});
export type Outcomes = z.infer<typeof Outcomes>;

export const OutcomeSettings = z.object({
  followUpMonths: z.array(z.number().int()),
  otherMilestoneLabels: z.array(z.string()),
  version: Version,
});
export type OutcomeSettings = z.infer<typeof OutcomeSettings>;

export const UpdateOutcomeSettingsInput = z.strictObject({
  followUpMonths: z
    .array(z.number().int().min(1).max(36))
    .min(1)
    .max(6)
    .transform((months) => [...new Set(months)].sort((a, b) => a - b)),
  otherMilestoneLabels: z
    .array(z.string().trim().min(1).max(200))
    .max(50)
    .transform((labels) => [...new Set(labels)]),
  version: Version,
});
export type UpdateOutcomeSettingsInput = z.input<typeof UpdateOutcomeSettingsInput>;

/** What the adult-education school sees of a participant who consented to sharing with it. */
export const PartnerParticipant = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  birthYear: z.number().int().nullable(),
  languages: z.array(z.string()),
});
export type PartnerParticipant = z.infer<typeof PartnerParticipant>;

export const PartnerRecord = z.object({
  participant: PartnerParticipant,
  milestones: z.array(Milestone),
});
export type PartnerRecord = z.infer<typeof PartnerRecord>;
