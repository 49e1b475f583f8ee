import { z } from 'zod';
import { Id } from './common.ts';

export const teamRoles = [
  'coach',
  'case_worker',
  'teacher',
  'language_supporter',
  'family_supporter',
  'volunteer_coordinator',
  'other',
] as const;

export const TeamMember = z.object({
  id: Id,
  userId: Id,
  name: z.string(),
  teamRole: z.enum(teamRoles),
  responsible: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const AddTeamMemberInput = z.strictObject({
  userId: Id,
  teamRole: z.enum(teamRoles),
  responsible: z.boolean().default(false),
});
export type AddTeamMemberInput = z.input<typeof AddTeamMemberInput>;

export const TeamMemberParams = z.strictObject({ id: Id, memberId: Id });

/** A colleague in the caller's unit, to put in a team or hand a caseload to. */
export const Colleague = z.object({ userId: Id, name: z.string(), roles: z.array(z.string()) });
export type Colleague = z.infer<typeof Colleague>;

export const CaseloadItem = z.object({
  participantId: Id,
  firstName: z.string(),
  lastName: z.string(),
  teamRole: z.enum(teamRoles),
  responsible: z.boolean(),
});
export type CaseloadItem = z.infer<typeof CaseloadItem>;

export const Unassigned = z.object({ participantId: Id, firstName: z.string(), lastName: z.string() });

export const ReassignInput = z.strictObject({ fromUserId: Id, toUserId: Id });
export const ReassignResult = z.object({ moved: z.number().int() });

export const Notification = z.object({
  id: Id,
  kind: z.string(),
  participantId: Id.nullable(),
  /** Her name, when she is of the unit the reader works in now (else the notice says "a participant"). */
  participantName: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof Notification>;
