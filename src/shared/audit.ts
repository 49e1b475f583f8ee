import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const AuditEntry = z.object({
  /** The entry's number: entries are numbered in the order they were written. */
  seq: z.number().int(),
  at: Timestamp,
  action: z.string(),
  outcome: z.enum(['ok', 'denied', 'failed']),
  actorUserId: Id.nullable(),
  actorName: z.string().nullable(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  participantId: Id.nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  userId: Id.optional(),
  participantId: Id.optional(),
  action: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditPage = z.object({ items: z.array(AuditEntry), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;
