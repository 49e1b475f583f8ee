import { z } from 'zod';
import { Id, Timestamp, Version } from './common.ts';

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'lower-case letters, digits and _');
const Label = z.string().trim().min(1).max(300);

/** Keys must differ within their list: answers are stored by them. */
const uniqueKeys = (what: string) => (items: { key: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key))
      ctx.addIssue({ code: 'custom', message: `Each ${what} needs its own key.`, path: [i, 'key'] });
    seen.add(item.key);
  });
};

export const Question = z
  .strictObject({
    key: Key,
    labelSv: Label,
    labelEn: Label,
    type: z.enum(['scale', 'choice', 'text']),
    options: z
      .array(z.strictObject({ key: Key, labelSv: Label, labelEn: Label }))
      .max(20)
      .superRefine(uniqueKeys('option'))
      .optional(),
  })
  .refine((q) => q.type !== 'choice' || (q.options?.length ?? 0) >= 2, {
    message: 'A choice needs at least two options.',
    path: ['options'],
  });

export const Domain = z.strictObject({
  key: Key,
  labelSv: Label,
  labelEn: Label,
  questions: z.array(Question).max(30).superRefine(uniqueKeys('question')).default([]),
});
export type Domain = z.infer<typeof Domain>;

export const AssessmentTemplate = z.object({
  id: Id,
  key: z.string(),
  version: z.number().int(),
  titleSv: z.string(),
  titleEn: z.string(),
  domains: z.array(Domain),
  builtIn: z.boolean(),
  createdAt: Timestamp,
});
export type AssessmentTemplate = z.infer<typeof AssessmentTemplate>;

/** A new version of a template (a new key starts at version 1). Earlier assessments keep their version. */
export const PublishTemplateInput = z.strictObject({
  key: Key,
  titleSv: Label,
  titleEn: Label,
  domains: z.array(Domain).min(1).max(30).superRefine(uniqueKeys('domain')),
});
export type PublishTemplateInput = z.input<typeof PublishTemplateInput>;

/** 1 = not ready, 10 = self-reliant. */
export const Rating = z.number().int().min(1).max(10);

export const DomainAnswer = z.strictObject({
  rating: Rating.nullable().optional(),
  selfRating: Rating.nullable().optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
  answers: z.record(z.string(), z.union([z.string().max(4000), z.number()])).optional(),
});

export const Assessment = z.object({
  id: Id,
  participantId: Id,
  templateId: Id,
  templateKey: z.string(),
  templateVersion: z.number().int(),
  assessedOn: z.iso.date(),
  assessedByName: z.string(),
  domains: z.record(z.string(), DomainAnswer),
  version: Version,
});
export type Assessment = z.infer<typeof Assessment>;

export const RecordAssessmentInput = z.strictObject({
  templateId: Id,
  assessedOn: z.iso.date(),
  domains: z.record(z.string(), DomainAnswer),
});
export type RecordAssessmentInput = z.input<typeof RecordAssessmentInput>;

export const UpdateAssessmentInput = z.strictObject({
  domains: z.record(z.string(), DomainAnswer),
  version: Version,
});

export const DistanceQuery = z.strictObject({ from: Id.optional(), to: Id.optional() });

export const Distance = z.object({
  fromId: Id,
  toId: Id,
  domains: z.array(
    z.object({
      key: z.string(),
      from: z.number().nullable(),
      to: z.number().nullable(),
      change: z.number().nullable(),
      selfFrom: z.number().nullable(),
      selfTo: z.number().nullable(),
    }),
  ),
});
export type Distance = z.infer<typeof Distance>;
