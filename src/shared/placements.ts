import { z } from 'zod';
import { Email, Id, Name, Phone, Timestamp, Version } from './common.ts';

/** From a first look at a workplace to a job. */
export const placementKinds = [
  'study_visit',
  'job_shadowing',
  'internship',
  'work_trial',
  'subsidised_employment',
  'employment',
] as const;
export type PlacementKind = (typeof placementKinds)[number];

export const placementKindLabels: Record<PlacementKind, { sv: string; en: string }> = {
  study_visit: { sv: 'Studiebesök', en: 'Study visit' },
  job_shadowing: { sv: 'Jobbskuggning', en: 'Job shadowing' },
  internship: { sv: 'Praktik', en: 'Internship' },
  work_trial: { sv: 'Arbetsprövning', en: 'Work trial' },
  subsidised_employment: { sv: 'Subventionerad anställning', en: 'Subsidised employment' },
  employment: { sv: 'Anställning', en: 'Employment' },
};

export const placementStatuses = ['planned', 'ongoing', 'completed', 'ended_early'] as const;
export const evaluationStages = ['midpoint', 'final'] as const;
export type EvaluationStage = (typeof evaluationStages)[number];

const DateOnly = z.iso.date();

export const Supervisor = z.strictObject({
  name: Name,
  phone: Phone.nullable().optional(),
  email: z
    .union([z.literal('').transform(() => null), Email])
    .nullable()
    .optional(),
});

const endNotBeforeStart = (v: { startsOn?: string; endsOn?: string }) =>
  !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
const endIssue = { message: 'The end cannot come before the start.', path: ['endsOn'] };

const placementFields = {
  kind: z.enum(placementKinds),
  /** A supervisor in full, or the name of one of the employer's contact people, whose details are copied. */
  supervisor: Supervisor.nullable().optional(),
  supervisorContactName: z.string().trim().min(1).max(200).optional(),
  startsOn: DateOnly,
  endsOn: DateOnly,
  hoursPerWeek: z.number().min(0).max(60).multipleOf(0.5).nullable().optional(),
  /** Goals of her individual plan. */
  goalIds: z
    .array(Id)
    .max(50)
    .transform((ids) => [...new Set(ids)])
    .optional(),
};

const oneSupervisor = (v: { supervisor?: unknown; supervisorContactName?: string }) =>
  !(v.supervisor && v.supervisorContactName);
const supervisorIssue = {
  message: 'Give a supervisor or choose a contact person, not both.',
  path: ['supervisorContactName'],
};

export const CreatePlacementInput = z
  .strictObject({ employerId: Id, ...placementFields })
  .refine(endNotBeforeStart, endIssue)
  .refine(oneSupervisor, supervisorIssue);
export type CreatePlacementInput = z.input<typeof CreatePlacementInput>;

export const UpdatePlacementInput = z
  .strictObject({
    kind: placementFields.kind.optional(),
    supervisor: placementFields.supervisor,
    supervisorContactName: placementFields.supervisorContactName,
    startsOn: DateOnly.optional(),
    endsOn: DateOnly.optional(),
    hoursPerWeek: placementFields.hoursPerWeek,
    goalIds: placementFields.goalIds,
    /** Ending early has its own action, with a reason. */
    status: z.enum(['planned', 'ongoing', 'completed']).optional(),
    version: Version,
  })
  .refine(endNotBeforeStart, endIssue)
  .refine(oneSupervisor, supervisorIssue);
export type UpdatePlacementInput = z.input<typeof UpdatePlacementInput>;

export const EndPlacementInput = z.strictObject({
  endedOn: DateOnly,
  reason: z.string().trim().min(1).max(2000),
  version: Version,
});

export const PlacementNoteInput = z.strictObject({ body: z.string().trim().min(1).max(4000) });

export const PlacementNote = z.object({
  id: Id,
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: Timestamp,
});

export const ratingKeys = ['attendance', 'cooperation', 'work_tasks', 'swedish_at_work'] as const;
export const textKeys = ['strengths', 'to_develop', 'recommendation'] as const;

/** 1 = not at all, 5 = fully. */
const EvaluationRating = z.number().int().min(1).max(5);

export const EvaluationAnswers = z.strictObject({
  ratings: z.strictObject({
    attendance: EvaluationRating,
    cooperation: EvaluationRating,
    work_tasks: EvaluationRating,
    swedish_at_work: EvaluationRating,
  }),
  strengths: z.string().trim().max(4000).optional(),
  to_develop: z.string().trim().max(4000).optional(),
  recommendation: z.string().trim().max(4000).optional(),
});
export type EvaluationAnswers = z.output<typeof EvaluationAnswers>;

export const SubmitEvaluationInput = z.strictObject({
  answers: EvaluationAnswers,
  /** The supervisor's name as she signs. */
  submittedByName: Name,
});

export const EvaluationSummary = z.object({
  id: Id,
  stage: z.enum(evaluationStages),
  dueOn: DateOnly,
  requestedAt: Timestamp,
  remindedAt: Timestamp.nullable(),
  reminderCount: z.number().int(),
  expiresAt: Timestamp,
  submittedAt: Timestamp.nullable(),
  submittedByName: z.string().nullable(),
  answers: EvaluationAnswers.nullable(),
});

export const Placement = z.object({
  id: Id,
  participantId: Id,
  employerId: Id,
  employerName: z.string(),
  kind: z.enum(placementKinds),
  supervisor: z
    .object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  startsOn: DateOnly,
  endsOn: DateOnly,
  hoursPerWeek: z.number().nullable(),
  status: z.enum(placementStatuses),
  endedEarlyOn: DateOnly.nullable(),
  endReason: z.string().nullable(),
  goalIds: z.array(Id),
  notes: z.array(PlacementNote),
  evaluations: z.array(EvaluationSummary),
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable(),
  version: Version,
});
export type Placement = z.infer<typeof Placement>;

export const PlacementParams = z.strictObject({ id: Id, placementId: Id });

export const RequestEvaluationInput = z.strictObject({
  stage: z.enum(evaluationStages),
  dueOn: DateOnly,
});

/** The link is shown once: only its hash is stored. */
export const EvaluationLink = z.object({ evaluation: EvaluationSummary, url: z.url() });

export const EvaluationTokenParams = z.strictObject({
  token: z
    .string()
    .min(40)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

const Bilingual = z.object({ sv: z.string(), en: z.string() });

/** What the supervisor sees: her first name only, the workplace, the period and the questions. */
export const EvaluationForm = z.object({
  stage: z.enum(evaluationStages),
  stageLabel: Bilingual,
  participantFirstName: z.string(),
  employerName: z.string(),
  kind: z.enum(placementKinds),
  kindLabel: Bilingual,
  startsOn: DateOnly,
  endsOn: DateOnly,
  dueOn: DateOnly,
  questions: z.array(
    z.object({ key: z.string(), type: z.enum(['rating', 'text']), label: Bilingual, optional: z.boolean() }),
  ),
});
export type EvaluationForm = z.infer<typeof EvaluationForm>;

export const suggestionReasonKinds = ['interest_match', 'offer_fits_stage', 'goal_match'] as const;

export const SuggestionReason = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('interest_match'),
    word: z.string(),
    field: z.enum(['interests', 'work_experience', 'strengths']),
    /** Where it matched at the employer. */
    matched: z.enum(['industry', 'notes', 'sni', 'name']),
  }),
  z.object({ kind: z.literal('goal_match'), word: z.string(), goalId: Id }),
  z.object({ kind: z.literal('offer_fits_stage'), offer: z.string() }),
]);
export type SuggestionReason = z.infer<typeof SuggestionReason>;

export const EmployerSuggestion = z.object({
  employerId: Id,
  name: z.string(),
  industry: z.string().nullable(),
  sniCode: z.string().nullable(),
  offers: z.array(z.string()),
  score: z.number(),
  reasons: z.array(SuggestionReason),
});

export const EmployerSuggestions = z.object({
  /** The stage read from her latest kartläggning: which offers come first. */
  stage: z.enum(['early', 'middle', 'ready']),
  assessedOn: DateOnly.nullable(),
  items: z.array(EmployerSuggestion),
});
export type EmployerSuggestions = z.infer<typeof EmployerSuggestions>;
