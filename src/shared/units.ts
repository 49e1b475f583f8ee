import { z } from 'zod';
import { Id, Name, Timestamp, Version } from './common.ts';

export const Unit = z.object({
  id: Id,
  name: z.string(),
  municipalityCode: z.string().nullable(),
  archivedAt: Timestamp.nullable(),
  version: Version,
});
export type Unit = z.infer<typeof Unit>;

const MunicipalityCode = z.string().regex(/^\d{4}$/, 'four digits (SCB municipality code)');

export const CreateUnitInput = z.strictObject({
  name: Name,
  municipalityCode: MunicipalityCode.nullable().optional(),
});
export type CreateUnitInput = z.input<typeof CreateUnitInput>;

export const UpdateUnitInput = z.strictObject({
  name: Name.optional(),
  municipalityCode: MunicipalityCode.nullable().optional(),
  archived: z.boolean().optional(),
  version: Version,
});
export type UpdateUnitInput = z.input<typeof UpdateUnitInput>;
