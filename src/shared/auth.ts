import { z } from 'zod';
import { Email, Id, NewPassword } from './common.ts';
import { Role } from './roles.ts';

export const LoginInput = z.strictObject({ email: Email, password: z.string().min(1).max(256) });
export const LoginResult = z.object({ next: z.enum(['totp', 'totp_enrolment']) });

/** A half-finished sign-in (password done): the step still needed, and the CSRF token for it. */
export const PendingSignIn = z.object({
  next: z.enum(['totp', 'totp_enrolment']).nullable(),
  csrfToken: z.string(),
});

export const TotpCode = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'six digits') });

export const TotpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });

export const PasswordResetInput = z.strictObject({
  token: z.string().min(20).max(200),
  password: NewPassword,
});

export const Membership = z.object({
  id: Id,
  role: Role,
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
});
export type Membership = z.infer<typeof Membership>;

export const SessionInfo = z.object({
  user: z.object({ id: Id, name: z.string(), email: z.string(), locale: z.string() }),
  organisation: z.object({ id: Id, name: z.string() }),
  memberships: z.array(Membership),
  activeMembershipId: Id,
  abilities: z.array(z.string()),
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SwitchMembershipInput = z.strictObject({ membershipId: Id });

export const AuthOptions = z.object({
  oidc: z.object({ label: z.string() }).nullable(),
  setupRequired: z.boolean(),
});
export type AuthOptions = z.infer<typeof AuthOptions>;
