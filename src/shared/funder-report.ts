import { z } from 'zod';
import { MonthQuery } from './activities.ts';
import { Id, Timestamp, Version } from './common.ts';

/**
 * The ESF+ common indicators of Regulation (EU) 2021/1057, Annex I, as recorded per participant and
 * programme. Contradictions that cannot be true are refused here (a long-term flag without unemployment, an
 * improved situation for someone not employed at entry); what is merely missing or suspicious is listed by
 * the validation report instead, so the coach can save what she knows.
 */
export const esfGenders = ['woman', 'man', 'non_binary'] as const;
export const labourStatuses = ['unemployed', 'inactive', 'employed'] as const;
export const ageBands = ['under_18', '18_29', '30_54', '55_over'] as const;
export const educationLevels = ['isced_0_2', 'isced_3_4', 'isced_5_8'] as const;
export const sensitiveItems = [
  'disability',
  'thirdCountryNational',
  'foreignBackground',
  'minority',
  'homeless',
  'rural',
] as const;
export const sensitiveAnswers = ['yes', 'no', 'prefers_not'] as const;

export type AgeBand = (typeof ageBands)[number];
export type SensitiveItem = (typeof sensitiveItems)[number];

/** Exactly one status at entry; the long-term flag exists only with unemployment (including self-employed in employed). */
export const LabourStatus = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('unemployed'), longTermUnemployed: z.boolean() }),
  z.strictObject({ status: z.literal('inactive') }),
  z.strictObject({ status: z.literal('employed') }),
]);
export type LabourStatus = z.infer<typeof LabourStatus>;

const SensitiveAnswer = z.enum(sensitiveAnswers).nullable();
export const Sensitive = z.strictObject(
  Object.fromEntries(sensitiveItems.map((k) => [k, SensitiveAnswer])) as Record<
    SensitiveItem,
    typeof SensitiveAnswer
  >,
);
export type Sensitive = z.infer<typeof Sensitive>;

/** Within four weeks of leaving. Only `employed` counts as the common result indicator. */
export const FourWeekResults = z.strictObject({
  jobSearching: z.boolean(),
  inEducation: z.boolean(),
  gainedQualification: z.boolean(),
  employed: z.boolean(),
});
export type FourWeekResults = z.infer<typeof FourWeekResults>;

/** Six months after leaving; `improvedSituation` is asked only of those employed at entry. */
export const SixMonthResults = z.strictObject({
  employed: z.boolean(),
  improvedSituation: z.boolean().nullable(),
});
export type SixMonthResults = z.infer<typeof SixMonthResults>;

const entryFields = {
  gender: z.enum(esfGenders).nullable(),
  labourStatus: LabourStatus.nullable(),
  education: z.enum(educationLevels).nullable(),
  sensitive: Sensitive,
  fourWeeks: FourWeekResults.nullable(),
  sixMonths: SixMonthResults.nullable(),
};

/**
 * Records or corrects her entry and exit data for one programme: without `version` the first recording,
 * with it a change at the version read (409 `version_conflict` with `current` otherwise).
 */
export const SaveEsfEntryInput = z
  .strictObject({ ...entryFields, version: Version.optional() })
  .superRefine((v, ctx) => {
    if (v.sixMonths?.improvedSituation != null && v.labourStatus?.status !== 'employed') {
      ctx.addIssue({
        code: 'custom',
        path: ['sixMonths', 'improvedSituation'],
        message: 'Asked only of those employed at entry.',
      });
    }
  });
export type SaveEsfEntryInput = z.input<typeof SaveEsfEntryInput>;

export const EsfEntryParams = z.strictObject({ id: Id, programmeId: Id });

/** A problem in her data, for the validation report and the case file. */
export const esfProblems = [
  'no_entry_data',
  'missing_gender',
  'missing_status',
  'long_term_without_unemployed',
  'missing_education',
  'missing_birth_date',
  'age_band_mismatch',
  'four_weeks_missing',
  'six_months_missing',
  'improved_missing',
] as const;
export type EsfProblem = (typeof esfProblems)[number];

/** Her data for one programme she is or was enrolled in; `entry` null until first recorded (`prefill` then). */
export const EsfEntry = z.object({
  programmeId: Id,
  programmeName: z.string(),
  entryOn: z.iso.date(),
  /** Her latest exit from the programme, if she has left and not come back. */
  exitedOn: z.iso.date().nullable(),
  /** Computed from her birth date on the entry day; null without a birth date. */
  ageBand: z.enum(ageBands).nullable(),
  entry: z
    .object({ ...entryFields, code: z.string(), ageBand: z.enum(ageBands).nullable(), version: Version })
    .nullable(),
  /** What the form starts from before anything is recorded: her gender in the register. */
  prefill: z.object({ gender: z.enum(esfGenders).nullable() }),
  problems: z.array(z.enum(esfProblems)),
});
export type EsfEntry = z.infer<typeof EsfEntry>;

export const ReportScope = z.enum(['unit', 'programme']);

export const ReportMonthParams = z.strictObject({ programmeId: Id, month: MonthQuery.shape.month });

export const ValidationLine = z.object({
  participantId: Id,
  code: z.string().nullable(),
  /** Name for the unit manager (who may open her record); null for the administrator. */
  name: z.string().nullable(),
  unitName: z.string(),
  problems: z.array(z.enum(esfProblems)),
});
export type ValidationLine = z.infer<typeof ValidationLine>;

export const KeptExport = z.object({
  id: Id,
  programmeId: Id,
  unitId: Id.nullable(),
  month: z.string(),
  version: Version,
  rows: z.number().int(),
  checksum: z.string(),
  createdByName: z.string(),
  createdAt: Timestamp,
});
export type KeptExport = z.infer<typeof KeptExport>;

/** A page of the validation report, by unit and name (or code); `next` continues it, null on the last page. */
export const ValidationPage = z.object({
  lines: z.array(ValidationLine),
  total: z.number().int(),
  next: Id.nullable(),
});
export type ValidationPage = z.infer<typeof ValidationPage>;

export const validationPageSize = 100;

/** The page after the participant where the previous page ended. */
export const ValidationQuery = z.strictObject({ after: Id.optional() });

/**
 * The month's preview: how many start and leave, the first page of everyone with a problem (problems first),
 * how many that is in all and where the next page starts, and the kept exports.
 */
export const ReportPreview = z.object({
  programmeId: Id,
  month: z.string(),
  scope: ReportScope,
  entries: z.number().int(),
  exits: z.number().int(),
  validation: z.array(ValidationLine),
  validationTotal: z.number().int(),
  validationNext: Id.nullable(),
  exports: z.array(KeptExport),
});
export type ReportPreview = z.infer<typeof ReportPreview>;

/** Exports the month as a new kept version; with `andLater`, also every later month already exported. */
export const CreateExportInput = z.strictObject({ andLater: z.boolean().default(false) });

export const ExportFileParams = z.strictObject({ exportId: Id });
export const ExportFileQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']),
  lang: z.enum(['sv', 'en']).default('sv'),
});
