import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { SystemCtx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { startSession, usableInvitation, useInvitation, type Device } from './sign-in.ts';

/**
 * Passkeys (WebAuthn) for the participant app: registered once through an invitation, then used to sign in
 * without a user name (a discoverable credential). User verification (the phone's fingerprint, face or PIN)
 * is required both times. Runs on the owner connection: nobody is known until the passkey says who she is.
 */
export type RelyingParty = { rpID: string; origin: string };

export const relyingPartyOf = (publicUrl: string): RelyingParty => {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin };
};

const ceremonyMinutes = 5;

async function storeChallenge(
  db: Queryable,
  purpose: 'register' | 'authenticate',
  challenge: string,
  invitationId: string | null,
): Promise<string> {
  const id = newId();
  await db.query(
    `insert into participant_webauthn_challenges (id, purpose, challenge, invitation_id, expires_at)
     values ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
    [id, purpose, challenge, invitationId, ceremonyMinutes],
  );
  return id;
}

/** Takes a ceremony's challenge once; an unknown, used or expired ceremony is refused. */
async function takeChallenge(
  tx: Queryable,
  id: string,
  purpose: 'register' | 'authenticate',
  invitationId: string | null,
): Promise<string> {
  const { rows } = await tx.query<{ challenge: string }>(
    `update participant_webauthn_challenges set used_at = now()
      where id = $1 and purpose = $2 and invitation_id is not distinct from $3
        and used_at is null and expires_at > now()
      returning challenge`,
    [id, purpose, invitationId],
  );
  if (!rows[0]) throw new AppError('bad_request', 'This sign-in attempt has expired. Start again.');
  return rows[0].challenge;
}

export async function startRegistration(ctx: SystemCtx, rp: RelyingParty, token: string) {
  const invitation = await usableInvitation(ctx, token, 'participant_app.invitation_open');
  const existing = await ctx.db.query<{ credential_id: string; transports: string[] }>(
    'select credential_id, transports from participant_passkeys where participant_id = $1 and revoked_at is null',
    [invitation.participant_id],
  );
  const options = await generateRegistrationOptions({
    rpName: 'Rödtråd',
    rpID: rp.rpID,
    userName: invitation.first_name,
    userDisplayName: invitation.first_name,
    userID: Buffer.from(invitation.participant_id.replaceAll('-', ''), 'hex'),
    attestationType: 'none',
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    excludeCredentials: existing.rows.map((c) => ({
      id: c.credential_id,
      transports: c.transports as AuthenticatorTransport[],
    })),
  });
  const ceremonyId = await storeChallenge(ctx.db, 'register', options.challenge, invitation.id);
  await audit(ctx.db, ctx, {
    action: 'participant_app.invitation_open',
    organisationId: invitation.organisation_id,
    unitId: invitation.unit_id,
    participantId: invitation.participant_id,
    subjectType: 'participant_app_invitation',
    subjectId: invitation.id,
  });
  return {
    ceremonyId,
    firstName: invitation.first_name,
    options: options as unknown as Record<string, unknown>,
  };
}

/** Verifies the new passkey, stores it, uses the invitation up and starts her session. */
export async function finishRegistration(
  ctx: SystemCtx,
  rp: RelyingParty,
  input: { token: string; ceremonyId: string; response: Record<string, unknown> },
  device: Device,
) {
  const invitation = await usableInvitation(ctx, input.token, 'participant_app.passkey_register');
  const who = {
    participantId: invitation.participant_id,
    unitId: invitation.unit_id,
    organisationId: invitation.organisation_id,
  };
  const failed = async (reason: string) => {
    await audit(ctx.db, ctx, {
      action: 'participant_app.passkey_register',
      outcome: 'failed',
      ...who,
      subjectType: 'participant_app_invitation',
      subjectId: invitation.id,
      details: { reason },
    });
    return new AppError('bad_request', 'The passkey could not be registered. Try again.');
  };
  const expectedChallenge = await ctx.db.transaction((tx) =>
    takeChallenge(tx, input.ceremonyId, 'register', invitation.id),
  );
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response as unknown as RegistrationResponseJSON,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
  } catch (error) {
    throw await failed(error instanceof Error ? error.message.slice(0, 200) : 'invalid');
  }
  if (!verification.verified) throw await failed('not_verified');
  const { credential } = verification.registrationInfo;
  return ctx.db.transaction(async (tx) => {
    await useInvitation(tx, invitation.id);
    const passkeyId = newId();
    await tx.query(
      `insert into participant_passkeys (id, unit_id, participant_id, credential_id, public_key, counter, transports,
         device_label, invitation_id, last_used_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        passkeyId,
        who.unitId,
        who.participantId,
        credential.id,
        Buffer.from(credential.publicKey),
        credential.counter,
        credential.transports ?? [],
        device.deviceLabel,
        invitation.id,
      ],
    );
    await audit(tx, ctx, {
      action: 'participant_app.passkey_register',
      ...who,
      subjectType: 'participant_passkey',
      subjectId: passkeyId,
      details: { invitationId: invitation.id },
    });
    return startSession(tx, ctx, who, 'passkey', passkeyId, device);
  });
}

/** Sign-in without a user name: the phone offers her passkey for this site. */
export async function startSignIn(ctx: SystemCtx, rp: RelyingParty) {
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'required' });
  const ceremonyId = await storeChallenge(ctx.db, 'authenticate', options.challenge, null);
  return { ceremonyId, options: options as unknown as Record<string, unknown> };
}

export async function finishSignIn(
  ctx: SystemCtx,
  rp: RelyingParty,
  input: { ceremonyId: string; response: Record<string, unknown> },
  device: Device,
) {
  const response = input.response as unknown as AuthenticationResponseJSON;
  const expectedChallenge = await ctx.db.transaction((tx) =>
    takeChallenge(tx, input.ceremonyId, 'authenticate', null),
  );
  const { rows } = await ctx.db.query<{
    id: string;
    participant_id: string;
    unit_id: string;
    organisation_id: string;
    credential_id: string;
    public_key: Uint8Array;
    counter: string;
    transports: string[];
    usable: boolean;
  }>(
    `select k.id, k.participant_id, k.unit_id, u.organisation_id, k.credential_id, k.public_key, k.counter,
            k.transports, (k.revoked_at is null and p.merged_into is null and p.unit_id = k.unit_id) as usable
       from participant_passkeys k
       join participants p on p.id = k.participant_id
       join units u on u.id = k.unit_id
      where k.credential_id = $1`,
    [String(response.id)],
  );
  const key = rows[0];
  const refuse = async (reason: string) => {
    await audit(ctx.db, ctx, {
      action: 'participant_app.sign_in',
      outcome: 'failed',
      ...(key
        ? {
            organisationId: key.organisation_id,
            unitId: key.unit_id,
            participantId: key.participant_id,
            subjectType: 'participant_passkey',
            subjectId: key.id,
          }
        : {}),
      details: { method: 'passkey', reason },
    });
    return new AppError(
      'unauthenticated',
      'Sign-in failed. Try again, or ask your coach for a new invitation.',
    );
  };
  if (!key) throw await refuse('unknown_credential');
  if (!key.usable) throw await refuse('revoked');
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      credential: {
        id: key.credential_id,
        publicKey: new Uint8Array(key.public_key),
        counter: Number(key.counter),
        transports: key.transports as AuthenticatorTransport[],
      },
    });
  } catch (error) {
    throw await refuse(error instanceof Error ? error.message.slice(0, 200) : 'invalid');
  }
  if (!verification.verified) throw await refuse('not_verified');
  const who = { participantId: key.participant_id, unitId: key.unit_id, organisationId: key.organisation_id };
  return ctx.db.transaction(async (tx) => {
    await tx.query('update participant_passkeys set counter = $2, last_used_at = now() where id = $1', [
      key.id,
      verification.authenticationInfo.newCounter,
    ]);
    return startSession(tx, ctx, who, 'passkey', key.id, device);
  });
}
