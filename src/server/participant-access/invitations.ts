import type { AppAccess, AppInvitation, InvitationChannel } from '#shared/participant-access.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { hashToken, newId, newToken } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { addMessage } from '../outbox/delivery.ts';
import { invitationText, invitationUrl } from './messages.ts';

/** How long an invitation link works. */
export const invitationDays = 14;

type InvitationRow = {
  id: string;
  channel: InvitationChannel;
  created_at: Date;
  expires_at: Date;
  created_by_name: string | null;
};

const presentInvitation = (r: InvitationRow): AppInvitation => ({
  id: r.id,
  channel: r.channel,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at.toISOString(),
  createdByName: r.created_by_name,
});

const refuse = (message: string) =>
  new AppError('validation', message, { errors: [{ path: ['channel'], message, code: 'custom' }] });

/**
 * Invites her to the participant app: a one-time link (only its hash is stored) sent through the outbox in her
 * language by SMS or e-mail, or returned this once with a QR code for paper. A new invitation voids her older
 * unused ones.
 */
export function createAppInvitation(
  ctx: Ctx,
  publicUrl: string,
  participantId: string,
  channel: InvitationChannel,
) {
  return forParticipant(ctx, participantId, 'participant_app.invite', async (tx) => {
    const { rows } = await tx.query<{
      first_name: string;
      languages: string[];
      phone: string | null;
      email: string | null;
    }>('select first_name, languages, phone, email from participants where id = $1 for update', [
      participantId,
    ]);
    const p = rows[0]!;
    if (channel === 'sms' && !p.phone) throw refuse('She has no phone number on her record.');
    if (channel === 'email' && !p.email) throw refuse('She has no e-mail address on her record.');
    const replaced = await tx.query(
      `update participant_app_invitations set voided_at = now(), void_reason = 'replaced'
        where participant_id = $1 and used_at is null and voided_at is null`,
      [participantId],
    );
    const token = newToken();
    const id = newId();
    const created = await tx.query<InvitationRow>(
      `insert into participant_app_invitations (id, unit_id, participant_id, token_hash, channel, created_by, expires_at)
       values ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))
       returning id, channel, created_at, expires_at, $8::text as created_by_name`,
      [
        id,
        ctx.actor.unitId,
        participantId,
        hashToken(token),
        channel,
        ctx.actor.userId,
        invitationDays,
        ctx.actor.name,
      ],
    );
    const url = invitationUrl(publicUrl, token);
    let messageId: string | null = null;
    if (channel !== 'paper') {
      const text = invitationText(p.languages, p.first_name, url);
      messageId = await addMessage(tx, {
        unitId: ctx.actor.unitId!,
        participantId,
        kind: 'participant_app_invitation',
        dedupeKey: `participant_app_invitation:${id}`,
        channel,
        toAddress: channel === 'sms' ? p.phone! : p.email!,
        language: text.language,
        subject: channel === 'email' ? text.subject : null,
        body: text.body,
      });
    }
    await audit(tx, ctx, {
      action: 'participant_app.invite',
      participantId,
      subjectType: 'participant_app_invitation',
      subjectId: id,
      details: { channel, replaced: replaced.rowCount ?? 0, messageId },
    });
    let qrSvg: string | null = null;
    if (channel === 'paper') {
      const { default: QRCode } = await import('qrcode');
      qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    }
    return {
      invitation: presentInvitation(created.rows[0]!),
      url: channel === 'paper' ? url : null,
      qrSvg,
    };
  });
}

/** Her open invitations, her signed-in devices and her passkeys, for the App section of her record. */
export function getAppAccess(ctx: Ctx, participantId: string): Promise<AppAccess> {
  return forParticipant(ctx, participantId, 'participant_app.access_read', async (tx) => {
    const invitations = await tx.query<InvitationRow>(
      `select i.id, i.channel, i.created_at, i.expires_at, u.name as created_by_name
         from participant_app_invitations i left join users u on u.id = i.created_by
        where i.participant_id = $1 and i.used_at is null and i.voided_at is null and i.expires_at > now()
        order by i.created_at desc`,
      [participantId],
    );
    const sessions = await tx.query<{
      id: string;
      method: 'passkey' | 'sms_code';
      device_label: string | null;
      created_at: Date;
      last_seen_at: Date;
      expires_at: Date;
    }>(
      `select id, method, device_label, created_at, last_seen_at, expires_at from participant_sessions
        where participant_id = $1 and revoked_at is null and expires_at > now()
        order by last_seen_at desc`,
      [participantId],
    );
    const passkeys = await tx.query<{
      id: string;
      device_label: string | null;
      created_at: Date;
      last_used_at: Date | null;
    }>(
      `select id, device_label, created_at, last_used_at from participant_passkeys
        where participant_id = $1 and revoked_at is null order by created_at desc`,
      [participantId],
    );
    await audit(tx, ctx, { action: 'participant_app.access_read', participantId });
    return {
      invitations: invitations.rows.map(presentInvitation),
      sessions: sessions.rows.map((s) => ({
        id: s.id,
        method: s.method,
        deviceLabel: s.device_label,
        createdAt: s.created_at.toISOString(),
        lastSeenAt: s.last_seen_at.toISOString(),
        expiresAt: s.expires_at.toISOString(),
      })),
      passkeys: passkeys.rows.map((k) => ({
        id: k.id,
        deviceLabel: k.device_label,
        createdAt: k.created_at.toISOString(),
        lastUsedAt: k.last_used_at?.toISOString() ?? null,
      })),
    };
  });
}

/** Ends one of her sessions at once (the next request with its cookie is refused). */
export function revokeAppSession(ctx: Ctx, participantId: string, sessionId: string) {
  return forParticipant(ctx, participantId, 'participant_app.session_revoke', async (tx) => {
    const { rowCount } = await tx.query(
      `update participant_sessions set revoked_at = now(), revoked_by = $3
        where id = $1 and participant_id = $2 and revoked_at is null`,
      [sessionId, participantId, ctx.actor.userId],
    );
    if (!rowCount) throw notFound('Session');
    await audit(tx, ctx, {
      action: 'participant_app.session_revoke',
      participantId,
      subjectType: 'participant_session',
      subjectId: sessionId,
    });
  });
}

/**
 * A lost phone: ends every session, revokes every passkey (a synced passkey would let the phone sign in
 * again) and voids open invitations. She is invited again to get back in.
 */
export function revokeAllAppAccess(ctx: Ctx, participantId: string) {
  return forParticipant(ctx, participantId, 'participant_app.revoke_all', async (tx) => {
    const count = async (sql: string) =>
      (await tx.query(sql, [participantId, ctx.actor.userId])).rowCount ?? 0;
    const sessions = await count(
      `update participant_sessions set revoked_at = now(), revoked_by = $2
        where participant_id = $1 and revoked_at is null`,
    );
    const passkeys = await count(
      `update participant_passkeys set revoked_at = now(), revoked_by = $2
        where participant_id = $1 and revoked_at is null`,
    );
    const invitations = await count(
      `update participant_app_invitations set voided_at = now(), void_reason = 'ended'
        where participant_id = $1 and used_at is null and voided_at is null and $2::uuid is not null`,
    );
    const result = { sessions, passkeys, invitations };
    await audit(tx, ctx, { action: 'participant_app.revoke_all', participantId, details: result });
    return result;
  });
}

/** Used by the public steps: an invitation that still works, by its token (owner connection). */
export async function findValidInvitation(db: Queryable, token: string) {
  const { rows } = await db.query<{
    id: string;
    participant_id: string;
    unit_id: string;
    organisation_id: string;
    first_name: string;
    languages: string[];
    phone: string | null;
    state: 'ok' | 'used' | 'expired';
  }>(
    `select i.id, i.participant_id, i.unit_id, u.organisation_id, p.first_name, p.languages, p.phone,
            case when i.used_at is not null or i.voided_at is not null then 'used'
                 when i.expires_at <= now() then 'expired' else 'ok' end as state
       from participant_app_invitations i
       join participants p on p.id = i.participant_id and p.unit_id = i.unit_id and p.merged_into is null
       join units u on u.id = i.unit_id
      where i.token_hash = $1`,
    [hashToken(token)],
  );
  return rows[0] ?? null;
}
