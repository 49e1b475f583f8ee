import type { z } from 'zod';
import type { Consent, ConsentPurpose, GiveConsentInput, WithdrawConsentInput } from '#shared/consents.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';

const consentSelect = `
  select c.id, c.participant_id as "participantId", c.purpose, c.given_on as "givenOn", c.given_method as "givenMethod",
         g.name as "givenRecordedBy", c.withdrawn_on as "withdrawnOn", c.withdrawn_method as "withdrawnMethod",
         w.name as "withdrawnRecordedBy"
    from consents c
    left join users g on g.id = c.given_recorded_by
    left join users w on w.id = c.withdrawn_recorded_by`;

export function listConsentPurposes(ctx: Ctx): Promise<ConsentPurpose[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ConsentPurpose>(
      `select key, label_sv as "labelSv", label_en as "labelEn" from consent_purposes
        where archived_at is null order by organisation_id nulls first, key`,
    );
    return rows;
  });
}

/** Whether a consent for the purpose stands today; a withdrawal counts from the moment it is recorded. */
export async function hasConsent(tx: Queryable, participantId: string, purpose: string): Promise<boolean> {
  const { rows } = await tx.query(
    'select 1 from consents where participant_id = $1 and purpose = $2 and withdrawn_on is null',
    [participantId, purpose],
  );
  return rows.length > 0;
}

async function findConsent(tx: Queryable, id: string): Promise<Consent> {
  const { rows } = await tx.query<Consent>(`${consentSelect} where c.id = $1`, [id]);
  if (!rows[0]) throw notFound('Consent');
  return rows[0];
}

/** Every consent the participant has given, standing or withdrawn: the history is never erased. */
export function listConsents(ctx: Ctx, participantId: string): Promise<Consent[]> {
  return forParticipant(ctx, participantId, 'consent.list', async (tx) => {
    const { rows } = await tx.query<Consent>(
      `${consentSelect} where c.participant_id = $1 order by c.purpose, c.given_on desc, c.created_at desc`,
      [participantId],
    );
    await audit(tx, ctx, { action: 'consent.list', participantId });
    return rows;
  });
}

export function giveConsent(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof GiveConsentInput>,
): Promise<Consent> {
  return forParticipant(ctx, participantId, 'consent.give', async (tx) => {
    const purpose = await tx.query('select 1 from consent_purposes where key = $1 and archived_at is null', [
      input.purpose,
    ]);
    if (!purpose.rows.length) throw new AppError('validation', `Unknown consent purpose ${input.purpose}.`);
    if (await hasConsent(tx, participantId, input.purpose)) {
      throw new AppError('conflict', 'This consent is already given.');
    }
    const id = newId();
    await tx.query(
      `insert into consents (id, unit_id, participant_id, purpose, given_on, given_method, given_recorded_by)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [id, ctx.actor.unitId, participantId, input.purpose, input.givenOn, input.method, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'consent.give',
      participantId,
      subjectType: 'consent',
      subjectId: id,
      details: { purpose: input.purpose, method: input.method },
    });
    return findConsent(tx, id);
  });
}

export function withdrawConsent(
  ctx: Ctx,
  id: string,
  input: z.output<typeof WithdrawConsentInput>,
): Promise<Consent> {
  return inTenant(ctx, async (tx) => {
    const current = await findConsent(tx, id);
    if (current.withdrawnOn) throw new AppError('conflict', 'This consent is already withdrawn.');
    if (input.withdrawnOn < current.givenOn) {
      throw new AppError('validation', 'A consent cannot be withdrawn before it was given.');
    }
    await tx.query(
      `update consents set withdrawn_on = $2, withdrawn_method = $3, withdrawn_recorded_by = $4
        where id = $1 and withdrawn_on is null`,
      [id, input.withdrawnOn, input.method, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'consent.withdraw',
      participantId: current.participantId,
      subjectType: 'consent',
      subjectId: id,
      details: { purpose: current.purpose, method: input.method },
    });
    return findConsent(tx, id);
  });
}
