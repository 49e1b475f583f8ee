import { z } from 'zod';
import { Id, Timestamp, Version } from './common.ts';
import { DuplicateCandidate } from './participants.ts';

/** Another record of (possibly) the same person, as the same-person panel shows it. */
export const OtherRecord = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.iso.date().nullable(),
  identityNumberMasked: z.string().nullable(),
  /** Set when that record has itself been merged into another (it is then read-only and cannot be merged). */
  mergedInto: Id.nullable().optional(),
});
export type OtherRecord = z.infer<typeof OtherRecord>;

export const ParticipantLink = z.object({
  record: OtherRecord,
  note: z.string().nullable(),
  linkedBy: z.string().nullable(),
  linkedAt: Timestamp,
});
export type ParticipantLink = z.infer<typeof ParticipantLink>;

/** The kinds of history a merge moves, in the order the interface lists them. */
export const historyKinds = [
  'enrolments',
  'consents',
  'team_members',
  'contacts',
  'journal_entries',
  'assessments',
  'plan_goals',
  'plan_steps',
  'plan_events',
  'activity_participants',
  'attendance',
  'placements',
  'placement_notes',
  'meetings',
  'outbox_messages',
  'reminder_pauses',
  'calendar_feeds',
] as const;
export type HistoryKind = (typeof historyKinds)[number];
const Counts = z.partialRecord(z.enum(historyKinds), z.number().int());

export const Merge = z.object({
  id: Id,
  /** The duplicate, which was merged (and is now read-only). */
  source: OtherRecord,
  /** The record that stays. */
  target: OtherRecord,
  moved: Counts,
  mergedBy: z.string().nullable(),
  mergedAt: Timestamp,
  undoneBy: z.string().nullable(),
  undoneAt: Timestamp.nullable(),
});
export type Merge = z.infer<typeof Merge>;

/** Everything the record knows about other records of the same person. */
export const SamePerson = z.object({
  links: z.array(ParticipantLink),
  /** Set when this record was merged into another. */
  mergedInto: Merge.nullable(),
  /** Records merged into this one (and not undone). */
  mergedFrom: z.array(Merge),
  /** Records that look like the same person (number, or name and birth date) and are neither linked nor merged. */
  possibleDuplicates: z.array(DuplicateCandidate),
});
export type SamePerson = z.infer<typeof SamePerson>;

export const LinkInput = z.strictObject({
  otherId: Id,
  note: z.string().trim().max(1000).optional(),
});
export type LinkInput = z.input<typeof LinkInput>;

export const LinkParams = z.strictObject({ id: Id, otherId: Id });

export const MergePreviewQuery = z.strictObject({ into: Id });

/** What a merge would do: rows moving, rows staying with the merged record, and what must be settled first. */
export const MergePreview = z.object({
  source: OtherRecord.extend({ version: Version }),
  target: OtherRecord.extend({ version: Version }),
  moves: Counts,
  staysBehind: Counts,
  /** What both records have open and a person has only once: end one first. */
  blockers: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('open_enrolment_in_both'), programme: z.string() }),
      // Each record has a language friend (proposed, introduced, on trial or going on): she has only one.
      z.object({ kind: z.literal('open_language_friend_match_in_both') }),
    ]),
  ),
});
export type MergePreview = z.infer<typeof MergePreview>;

/** Merge this record into `into`, at the versions the caller looked at (409 if either changed). */
export const MergeInput = z.strictObject({ into: Id, version: Version, intoVersion: Version });
export type MergeInput = z.input<typeof MergeInput>;
