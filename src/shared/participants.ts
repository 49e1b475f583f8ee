import { z } from 'zod';
import { Id, Name, Timestamp, Version } from './common.ts';

export const Participant = z.object({
  id: Id,
  unitId: Id,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.iso.date().nullable(),
  createdAt: Timestamp,
  version: Version,
});
export type Participant = z.infer<typeof Participant>;

export const CreateParticipantInput = z.strictObject({
  firstName: Name,
  lastName: Name,
  birthDate: z.iso.date().nullable().optional(),
});
export type CreateParticipantInput = z.input<typeof CreateParticipantInput>;

export const ParticipantListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ParticipantPage = z.object({ items: z.array(Participant), total: z.number().int() });
