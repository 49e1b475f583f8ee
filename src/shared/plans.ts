import { z } from 'zod';
import { Id, Timestamp, Version } from './common.ts';

export const goalStatuses = ['open', 'achieved', 'dropped'] as const;
export const stepStatuses = ['todo', 'doing', 'done', 'dropped'] as const;

export const PlanStep = z.object({
  id: Id,
  goalId: Id,
  title: z.string(),
  ownerUserId: Id.nullable(),
  ownerName: z.string().nullable(),
  ownerIsParticipant: z.boolean(),
  dueOn: z.iso.date().nullable(),
  status: z.enum(stepStatuses),
  version: Version,
});
export type PlanStep = z.infer<typeof PlanStep>;

export const PlanGoal = z.object({
  id: Id,
  domainKey: z.string().nullable(),
  title: z.string(),
  status: z.enum(goalStatuses),
  version: Version,
  steps: z.array(PlanStep),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

export const PlanEvent = z.object({
  at: Timestamp,
  actorName: z.string().nullable(),
  kind: z.string(),
  goalId: Id.nullable(),
  stepId: Id.nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const Plan = z.object({ goals: z.array(PlanGoal), history: z.array(PlanEvent) });
export type Plan = z.infer<typeof Plan>;

const Title = z.string().trim().min(1).max(500);
const DomainKey = z.string().max(41).nullable();

export const CreateGoalInput = z.strictObject({ title: Title, domainKey: DomainKey.optional() });
export const UpdateGoalInput = z.strictObject({
  title: Title.optional(),
  domainKey: DomainKey.optional(),
  status: z.enum(goalStatuses).optional(),
  version: Version,
});

const owner = (s: { ownerUserId?: string | null; ownerIsParticipant?: boolean }) =>
  !(s.ownerUserId && s.ownerIsParticipant);
const ownerIssue = {
  message: 'A step has one owner: a team member or the participant.',
  path: ['ownerUserId'],
};

export const CreateStepInput = z
  .strictObject({
    title: Title,
    ownerUserId: Id.nullable().optional(),
    ownerIsParticipant: z.boolean().default(false),
    dueOn: z.iso.date().nullable().optional(),
  })
  .refine(owner, ownerIssue);
export type CreateStepInput = z.input<typeof CreateStepInput>;

export const UpdateStepInput = z
  .strictObject({
    title: Title.optional(),
    ownerUserId: Id.nullable().optional(),
    ownerIsParticipant: z.boolean().optional(),
    dueOn: z.iso.date().nullable().optional(),
    status: z.enum(stepStatuses).optional(),
    version: Version,
  })
  .refine(owner, ownerIssue);

export const looseThreadKinds = [
  'no_contact',
  'overdue_step',
  'unowned_step',
  'no_plan',
  'assessment_due',
  'exit_soon',
  'follow_up_due',
  // Her messages in Samtal that nobody in the team has read (date: the oldest).
  'unread_message',
  // A language-friend check-in that she or her volunteer has not answered `checkInDays` after the reminder
  // (date: when it was due).
  'check_in_unanswered',
] as const;

export const LooseThread = z.object({
  kind: z.enum(looseThreadKinds),
  participantId: Id,
  firstName: z.string(),
  lastName: z.string(),
  /** The date that makes it a thread: last contact, due date, start, latest assessment, programme end. */
  date: z.iso.date().nullable(),
  stepId: Id.nullable(),
  /** For a follow-up after an exit (kind follow_up_due). */
  followUpId: Id.nullable().optional(),
  title: z.string().nullable(),
});
export type LooseThread = z.infer<typeof LooseThread>;

export const LooseThreadsQuery = z.strictObject({
  scope: z.enum(['mine', 'unit']).default('mine'),
  noContactDays: z.coerce.number().int().min(1).max(365).default(14),
  noPlanDays: z.coerce.number().int().min(1).max(365).default(30),
  assessmentDays: z.coerce.number().int().min(1).max(730).default(180),
  exitWithinDays: z.coerce.number().int().min(1).max(365).default(30),
  checkInDays: z.coerce.number().int().min(1).max(365).default(14),
  /** Only this kind (for reading one kind page by page). */
  kind: z.enum(looseThreadKinds).optional(),
  /** At most this many threads of each kind, from `offset` on, oldest first; `counts` has the totals. */
  perKind: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const LooseThreads = z.object({
  items: z.array(LooseThread),
  /** How many threads of each kind there are in all (kinds with none left out). */
  counts: z.partialRecord(z.enum(looseThreadKinds), z.number().int()),
});
export type LooseThreads = z.infer<typeof LooseThreads>;
