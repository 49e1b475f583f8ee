import { z } from 'zod';
import { Email, Id, Name, Timestamp, Version } from './common.ts';
import { Role } from './roles.ts';

export const locales = ['sv', 'en'] as const;
export const Locale = z.enum(locales);

export const MembershipInput = z.strictObject({ role: Role, unitId: Id.nullable() });

export const User = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  locale: Locale,
  memberships: z.array(
    z.object({ id: Id, role: Role, unitId: Id.nullable(), unitName: z.string().nullable() }),
  ),
  twoFactorEnabled: z.boolean(),
  lockedUntil: Timestamp.nullable(),
  disabledAt: Timestamp.nullable(),
  lastLoginAt: Timestamp.nullable(),
  version: Version,
});
export type User = z.infer<typeof User>;

export const CreateUserInput = z.strictObject({
  name: Name,
  email: Email,
  locale: Locale.default('sv'),
  memberships: z.array(MembershipInput).min(1).max(50),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const UpdateUserInput = z.strictObject({
  name: Name.optional(),
  locale: Locale.optional(),
  memberships: z.array(MembershipInput).min(1).max(50).optional(),
  disabled: z.boolean().optional(),
  version: Version,
});
export type UpdateUserInput = z.input<typeof UpdateUserInput>;

export const ResetLinkInput = z.strictObject({ resetTwoFactor: z.boolean().default(false) });

/** A one-time link, shown once to the administrator to hand over. */
export const OneTimeLink = z.object({ url: z.string(), expiresAt: Timestamp });
export type OneTimeLink = z.infer<typeof OneTimeLink>;

export const CreatedUser = z.object({ user: User, activationLink: OneTimeLink });
