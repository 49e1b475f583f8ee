import type { MyConsent, MyConsents } from '#shared/participant-app.ts';
import { stockholmDate } from '../activities/recurrence.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { auditAsParticipant } from '../participant-access/me.ts';

const consentSelect = `select c.id, c.purpose, cp.label_sv as "labelSv", cp.label_en as "labelEn",
    c.given_on::text as "givenOn", c.withdrawn_on::text as "withdrawnOn"
  from consents c join consent_purposes cp on cp.key = c.purpose`;

async function findMyConsent(tx: Queryable, participantId: string, id: string): Promise<MyConsent> {
  const { rows } = await tx.query<MyConsent>(`${consentSelect} where c.id = $1 and c.participant_id = $2`, [
    id,
    participantId,
  ]);
  if (!rows[0]) throw notFound('Consent');
  return rows[0];
}

/** Every consent she has given, standing or withdrawn (the history is never erased), newest first per purpose. */
export function listMyConsents(ctx: ParticipantCtx): Promise<MyConsents> {
  return inParticipant(ctx, async (tx) => {
    const { rows } = await tx.query<MyConsent>(
      `${consentSelect} where c.participant_id = $1 order by c.withdrawn_on nulls first, c.purpose, c.given_on desc`,
      [ctx.participant.participantId],
    );
    await auditAsParticipant(tx, ctx, { action: 'consent.list', details: { by: 'participant' } });
    return { consents: rows };
  });
}

/**
 * She withdraws a consent herself, from today (Stockholm), recorded as digital and by no staff member. The
 * consents service's rules hold: one already withdrawn is a conflict, and a withdrawal never predates the
 * consent (a consent given today is withdrawn today).
 */
export function withdrawMyConsent(ctx: ParticipantCtx, id: string): Promise<MyConsent> {
  const me = ctx.participant.participantId;
  return inParticipant(ctx, async (tx) => {
    const current = await findMyConsent(tx, me, id);
    if (current.withdrawnOn) throw new AppError('conflict', 'This consent is already withdrawn.');
    const today = stockholmDate(new Date());
    const withdrawnOn = today < current.givenOn ? current.givenOn : today;
    const { rowCount } = await tx.query(
      `update consents set withdrawn_on = $3, withdrawn_method = 'digital', withdrawn_recorded_by = null
        where id = $1 and participant_id = $2 and withdrawn_on is null`,
      [id, me, withdrawnOn],
    );
    if (!rowCount) throw new AppError('conflict', 'This consent is already withdrawn.');
    await auditAsParticipant(tx, ctx, {
      action: 'consent.withdraw',
      subjectType: 'consent',
      subjectId: id,
      details: { purpose: current.purpose, method: 'digital', by: 'participant' },
    });
    return findMyConsent(tx, me, id);
  });
}
