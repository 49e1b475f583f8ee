import { z } from 'zod';

/** How the coach hands her the one-time link: by SMS, by e-mail, or printed with a QR code. */
export const invitationChannels = ['sms', 'email', 'paper'] as const;
export const InvitationChannel = z.enum(invitationChannels);
export type InvitationChannel = z.infer<typeof InvitationChannel>;

export const CreateAppInvitationInput = z.strictObject({ channel: InvitationChannel });

export const AppInvitation = z.object({
  id: z.string(),
  channel: InvitationChannel,
  createdAt: z.string(),
  expiresAt: z.string(),
  createdByName: z.string().nullable(),
});
export type AppInvitation = z.infer<typeof AppInvitation>;

/** The link and QR code come back once, for paper only; SMS and e-mail carry the link to her themselves. */
export const CreatedAppInvitation = z.object({
  invitation: AppInvitation,
  url: z.string().nullable(),
  qrSvg: z.string().nullable(),
});

export const AppSession = z.object({
  id: z.string(),
  method: z.enum(['passkey', 'sms_code']),
  deviceLabel: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
});
export type AppSession = z.infer<typeof AppSession>;

export const AppPasskey = z.object({
  id: z.string(),
  deviceLabel: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

export const AppAccess = z.object({
  invitations: z.array(AppInvitation),
  sessions: z.array(AppSession),
  passkeys: z.array(AppPasskey),
});
export type AppAccess = z.infer<typeof AppAccess>;

export const RevokedCount = z.object({ sessions: z.number(), passkeys: z.number(), invitations: z.number() });

// The participant's side (public until she has a session).
const Token = z.string().min(20).max(100);
const CeremonyId = z.uuid();
/** A WebAuthn response as the browser's JSON form gives it (checked by @simplewebauthn/server). */
const WebAuthnResponse = z.looseObject({ id: z.string().max(1400), rawId: z.string().max(1400) });

export const InvitationToken = z.strictObject({ token: Token });
export const RegistrationStart = z.object({
  ceremonyId: CeremonyId,
  firstName: z.string(),
  options: z.record(z.string(), z.unknown()),
});
export const RegistrationFinish = z.strictObject({
  token: Token,
  ceremonyId: CeremonyId,
  response: WebAuthnResponse,
  deviceLabel: z.string().trim().max(100).optional(),
});
export const SignInStart = z.object({ ceremonyId: CeremonyId, options: z.record(z.string(), z.unknown()) });
export const SignInFinish = z.strictObject({ ceremonyId: CeremonyId, response: WebAuthnResponse });
export const CodeVerify = z.strictObject({
  token: Token,
  code: z.string().regex(/^[0-9]{6}$/),
  deviceLabel: z.string().trim().max(100).optional(),
});
export const CodeSent = z.object({ sentTo: z.string() });
export const ParticipantSignedIn = z.object({ csrfToken: z.string() });

export const Me = z.object({
  firstName: z.string(),
  languages: z.array(z.string()),
  preferredLanguage: z.string(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;
