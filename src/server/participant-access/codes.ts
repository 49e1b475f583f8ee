import crypto from 'node:crypto';
import { audit } from '../lib/audit.ts';
import type { SystemCtx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { addMessage } from '../outbox/delivery.ts';
import { codeText } from './messages.ts';
import { startSession, usableInvitation, useInvitation, type Device } from './sign-in.ts';

/**
 * The fallback for a phone without passkeys: a six-digit code by SMS to the number on her record. A code is
 * asked for with a valid invitation link only (never with a phone number alone), so signing in takes both
 * the link the coach gave her and the phone on her record (docs/decisions/0010-participant-sign-in.md).
 */
export const codeMinutes = 10;
/** Codes one invitation may send. */
export const maxCodesPerInvitation = 3;
/** Wrong codes before the invitation itself is void and the coach must invite her again. */
export const maxWrongCodes = 5;

const codeHash = (codeId: string, code: string) =>
  crypto.createHash('sha256').update(`${codeId}:${code}`).digest('hex');

/** 07x-xxx xx 67: the last two digits, so she knows which phone to look at. */
const masked = (phone: string) => `••• •• ${phone.replace(/\D/g, '').slice(-2)}`;

export async function requestCode(ctx: SystemCtx, token: string) {
  const invitation = await usableInvitation(ctx, token, 'participant_app.code_send');
  const who = {
    organisationId: invitation.organisation_id,
    unitId: invitation.unit_id,
    participantId: invitation.participant_id,
  };
  const result = await ctx.db.transaction(async (tx) => {
    await tx.query('select 1 from participant_app_invitations where id = $1 for update', [invitation.id]);
    const sent = await tx.query<{ n: number }>(
      'select count(*)::int as n from participant_sms_codes where invitation_id = $1',
      [invitation.id],
    );
    const refusal = !invitation.phone
      ? 'no_phone'
      : sent.rows[0]!.n >= maxCodesPerInvitation
        ? 'too_many'
        : null;
    if (refusal) {
      await audit(tx, ctx, {
        action: 'participant_app.code_send',
        outcome: 'failed',
        ...who,
        subjectType: 'participant_app_invitation',
        subjectId: invitation.id,
        details: { reason: refusal },
      });
      return { refusal } as const;
    }
    // An earlier code stops working when a new one is sent.
    await tx.query(
      'update participant_sms_codes set expires_at = least(expires_at, now()) where invitation_id = $1 and used_at is null',
      [invitation.id],
    );
    const id = newId();
    const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
    await tx.query(
      `insert into participant_sms_codes (id, unit_id, participant_id, invitation_id, code_hash, expires_at)
       values ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
      [id, invitation.unit_id, invitation.participant_id, invitation.id, codeHash(id, code), codeMinutes],
    );
    const text = codeText(invitation.languages, code);
    const messageId = await addMessage(tx, {
      unitId: invitation.unit_id,
      participantId: invitation.participant_id,
      kind: 'participant_app_code',
      dedupeKey: `participant_app_code:${id}`,
      channel: 'sms',
      toAddress: invitation.phone!,
      language: text.language,
      subject: null,
      body: text.body,
    });
    await audit(tx, ctx, {
      action: 'participant_app.code_send',
      ...who,
      subjectType: 'participant_sms_code',
      subjectId: id,
      details: { messageId },
    });
    return { refusal: null, sentTo: masked(invitation.phone!) } as const;
  });
  if (result.refusal === 'no_phone')
    throw new AppError('bad_request', 'No phone number is on your record. Ask your coach.');
  if (result.refusal === 'too_many')
    throw new AppError('rate_limited', 'Too many codes for this link. Ask your coach for a new invitation.');
  return { sentTo: result.sentTo! };
}

/** Checks her code; the fifth wrong one voids the invitation. The right one starts her session. */
export async function verifyCode(ctx: SystemCtx, input: { token: string; code: string }, device: Device) {
  const invitation = await usableInvitation(ctx, input.token, 'participant_app.code_verify');
  const who = {
    organisationId: invitation.organisation_id,
    unitId: invitation.unit_id,
    participantId: invitation.participant_id,
  };
  const outcome = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; code_hash: string; attempts: number }>(
      `select id, code_hash, attempts from participant_sms_codes
        where invitation_id = $1 and used_at is null and expires_at > now()
        order by created_at desc limit 1 for update`,
      [invitation.id],
    );
    const current = rows[0];
    const fail = async (reason: string, extra: Record<string, unknown> = {}) =>
      audit(tx, ctx, {
        action: 'participant_app.code_verify',
        outcome: 'failed',
        ...who,
        subjectType: 'participant_app_invitation',
        subjectId: invitation.id,
        details: { reason, ...extra },
      });
    if (!current) {
      await fail('no_code');
      return { kind: 'no_code' } as const;
    }
    const given = Buffer.from(codeHash(current.id, input.code));
    if (!crypto.timingSafeEqual(given, Buffer.from(current.code_hash))) {
      const attempts = current.attempts + 1;
      await tx.query('update participant_sms_codes set attempts = $2 where id = $1', [current.id, attempts]);
      const wrongInAll = await tx.query<{ n: number }>(
        'select coalesce(sum(attempts), 0)::int as n from participant_sms_codes where invitation_id = $1',
        [invitation.id],
      );
      if (wrongInAll.rows[0]!.n >= maxWrongCodes) {
        await tx.query(
          'update participant_sms_codes set used_at = now() where invitation_id = $1 and used_at is null',
          [invitation.id],
        );
        await tx.query(
          `update participant_app_invitations set voided_at = now(), void_reason = 'too_many_codes'
            where id = $1 and voided_at is null`,
          [invitation.id],
        );
        await fail('locked', { attempts: wrongInAll.rows[0]!.n });
        return { kind: 'locked' } as const;
      }
      await fail('wrong_code', { attempts: wrongInAll.rows[0]!.n });
      return { kind: 'wrong', left: maxWrongCodes - wrongInAll.rows[0]!.n } as const;
    }
    await tx.query('update participant_sms_codes set used_at = now() where id = $1', [current.id]);
    await useInvitation(tx, invitation.id);
    await audit(tx, ctx, {
      action: 'participant_app.code_verify',
      ...who,
      subjectType: 'participant_sms_code',
      subjectId: current.id,
    });
    return { kind: 'ok', session: await startSession(tx, ctx, who, 'sms_code', null, device) } as const;
  });
  if (outcome.kind === 'no_code')
    throw new AppError('bad_request', 'The code has expired or was never sent. Ask for a new code.');
  if (outcome.kind === 'locked')
    throw new AppError('locked', 'Too many wrong codes. Ask your coach for a new invitation.');
  if (outcome.kind === 'wrong') {
    const message = 'The code is wrong.';
    throw new AppError('validation', message, {
      errors: [{ path: ['code'], message, code: 'custom' }],
      attemptsLeft: outcome.left,
    });
  }
  return outcome.session;
}
