import type { Me } from '#shared/participant-access.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import { pickLanguage } from '../reminders/templates.ts';
import { endParticipantSession } from './sessions.ts';

/** An audit entry written in her own context (she is the subject; no staff member acts). */
export function auditAsParticipant(
  tx: Queryable,
  ctx: ParticipantCtx,
  event: { action: string; subjectType?: string; subjectId?: string; details?: Record<string, unknown> },
) {
  const p = ctx.participant;
  return audit(
    tx,
    { db: ctx.db, requestId: ctx.requestId, ip: ctx.ip },
    {
      ...event,
      organisationId: p.organisationId,
      unitId: p.unitId,
      participantId: p.participantId,
      actorUserId: null,
    },
  );
}

/** Who she is, for the app's greeting and language: her first name and languages, nothing else. */
export function getMe(ctx: ParticipantCtx): Promise<Omit<Me, 'csrfToken'>> {
  return inParticipant(ctx, async (tx) => {
    // Row-level security shows her own row only; the id is from her session.
    const { rows } = await tx.query<{ first_name: string; languages: string[] }>(
      'select first_name, languages from participants where id = $1',
      [ctx.participant.participantId],
    );
    const me = rows[0];
    if (!me) throw new Error('participant session without her record');
    await auditAsParticipant(tx, ctx, { action: 'participant_app.me_read' });
    return {
      firstName: me.first_name,
      languages: me.languages,
      preferredLanguage: pickLanguage(me.languages),
    };
  });
}

/** Ends her own session (this device): on the owner connection by its id, as staff sign-out does. */
export async function signOut(ctx: ParticipantCtx): Promise<void> {
  await endParticipantSession(ctx.db, ctx.participant.sessionId);
  await inParticipant(ctx, async (tx) => {
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.sign_out',
      subjectType: 'participant_session',
      subjectId: ctx.participant.sessionId,
    });
  });
}
