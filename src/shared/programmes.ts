import { z } from 'zod';
import { Id, Name, Timestamp, Version } from './common.ts';

export const Programme = z.object({
  id: Id,
  name: z.string(),
  funder: z.string().nullable(),
  funderReference: z.string().nullable(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  archivedAt: Timestamp.nullable(),
  version: Version,
});
export type Programme = z.infer<typeof Programme>;

const ProgrammeFields = {
  name: Name,
  funder: z.string().trim().max(200).nullable().optional(),
  funderReference: z.string().trim().max(100).nullable().optional(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable().optional(),
};

const endsAfterStart = (p: { startsOn?: string; endsOn?: string | null }) =>
  !p.startsOn || !p.endsOn || p.endsOn >= p.startsOn;
const endsAfterStartIssue = { message: 'The end must not come before the start.', path: ['endsOn'] };

export const CreateProgrammeInput = z
  .strictObject(ProgrammeFields)
  .refine(endsAfterStart, endsAfterStartIssue);
export type CreateProgrammeInput = z.input<typeof CreateProgrammeInput>;

export const UpdateProgrammeInput = z
  .strictObject({
    ...z.object(ProgrammeFields).partial().shape,
    archived: z.boolean().optional(),
    version: Version,
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type UpdateProgrammeInput = z.input<typeof UpdateProgrammeInput>;
