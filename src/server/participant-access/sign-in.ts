import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { SystemCtx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { findValidInvitation } from './invitations.ts';
import { createParticipantSession } from './sessions.ts';

/** What a public step knows of the device, for her list of devices. */
export type Device = { deviceLabel: string | null; userAgent: string | undefined };

/**
 * The invitation behind a public step, or 410 (used, replaced or expired) / 404; each refusal is audited
 * with her as the subject when the token is hers.
 */
export async function usableInvitation(ctx: SystemCtx, token: string, action: string) {
  const invitation = await findValidInvitation(ctx.db, token);
  if (!invitation) {
    await audit(ctx.db, ctx, { action, outcome: 'failed', details: { reason: 'unknown_invitation' } });
    throw new AppError('not_found', 'This link is not known. Ask your coach for a new one.');
  }
  if (invitation.state !== 'ok') {
    await audit(ctx.db, ctx, {
      action,
      outcome: 'failed',
      organisationId: invitation.organisation_id,
      unitId: invitation.unit_id,
      participantId: invitation.participant_id,
      subjectType: 'participant_app_invitation',
      subjectId: invitation.id,
      details: { reason: invitation.state },
    });
    throw new AppError('gone', 'This link has been used or has expired. Ask your coach for a new one.', {
      reason: invitation.state,
    });
  }
  return invitation;
}

/** Marks the invitation used in tx, or refuses if another request used it first. */
export async function useInvitation(tx: Queryable, invitationId: string): Promise<void> {
  const { rowCount } = await tx.query(
    `update participant_app_invitations set used_at = now()
      where id = $1 and used_at is null and voided_at is null and expires_at > now()`,
    [invitationId],
  );
  if (!rowCount) throw new AppError('gone', 'This link has just been used.', { reason: 'used' });
}

/** Her new session after a passkey or a code, audited as a sign-in. */
export async function startSession(
  tx: Queryable,
  ctx: SystemCtx,
  who: { participantId: string; unitId: string; organisationId: string },
  method: 'passkey' | 'sms_code',
  passkeyId: string | null,
  device: Device,
) {
  const session = await createParticipantSession(tx, {
    participantId: who.participantId,
    unitId: who.unitId,
    method,
    passkeyId,
    deviceLabel: device.deviceLabel,
    userAgent: device.userAgent,
  });
  await audit(tx, ctx, {
    action: 'participant_app.sign_in',
    organisationId: who.organisationId,
    unitId: who.unitId,
    participantId: who.participantId,
    subjectType: 'participant_session',
    subjectId: session.id,
    details: { method },
  });
  return session;
}
