import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const visibilities = ['team', 'case_workers', 'restricted'] as const;
export const Visibility = z.enum(visibilities);

export const JournalEntry = z.object({
  id: Id,
  participantId: Id,
  authorId: Id,
  authorName: z.string(),
  writtenAt: Timestamp,
  visibility: Visibility,
  body: z.string(),
  correctsId: Id.nullable(),
  /** Set when a later entry corrects this one. */
  correctedById: Id.nullable(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const WriteJournalInput = z.strictObject({
  visibility: Visibility,
  body: z.string().trim().min(1).max(20_000),
  correctsId: Id.nullable().optional(),
});
export type WriteJournalInput = z.input<typeof WriteJournalInput>;

export const JournalQuery = z.strictObject({ q: z.string().trim().max(200).optional() });

export const contactKinds = ['meeting', 'phone', 'video', 'home_visit', 'message', 'other'] as const;
export const languageSupports = ['none', 'interpreter', 'language_supporter'] as const;

export const Contact = z.object({
  id: Id,
  kind: z.enum(contactKinds),
  happenedAt: Timestamp,
  recordedByName: z.string(),
  languageSupport: z.enum(languageSupports),
  language: z.string().nullable(),
  note: z.string().nullable(),
});
export type Contact = z.infer<typeof Contact>;

export const RecordContactInput = z
  .strictObject({
    kind: z.enum(contactKinds),
    happenedAt: Timestamp,
    languageSupport: z.enum(languageSupports).default('none'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'an ISO 639 code')
      .nullable()
      .optional(),
    note: z.string().trim().max(4000).nullable().optional(),
  })
  .refine((c) => c.languageSupport === 'none' || c.language, {
    message: 'Say which language the interpreter or language supporter used.',
    path: ['language'],
  });
export type RecordContactInput = z.input<typeof RecordContactInput>;

export const AccessLogEntry = z.object({
  at: Timestamp,
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;
