import type { z } from 'zod';
import type {
  Consent,
  ConsentPurpose,
  CreateConsentPurposeInput,
  GiveConsentInput,
  UpdateConsentPurposeInput,
  WithdrawConsentInput,
} from '#shared/consents.ts';
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

const purposeSelect = `select key, label_sv as "labelSv", label_en as "labelEn", organisation_id is null as "builtIn",
  archived_at is not null as archived from consent_purposes`;

export function listConsentPurposes(ctx: Ctx, all = false): Promise<ConsentPurpose[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ConsentPurpose>(
      `${purposeSelect} where $1 or archived_at is null order by organisation_id nulls first, archived_at nulls first, key`,
      [all],
    );
    return rows;
  });
}

/** An organisation's own purpose beside the built-in ones. Keys are shared by all, so a taken one is refused. */
export function createConsentPurpose(
  ctx: Ctx,
  input: z.output<typeof CreateConsentPurposeInput>,
): Promise<ConsentPurpose> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ConsentPurpose>(
      `with added as (insert into consent_purposes (key, organisation_id, label_sv, label_en) values ($1, $2, $3, $4)
                      on conflict (key) do nothing returning *)
       select key, label_sv as "labelSv", label_en as "labelEn", false as "builtIn", false as archived from added`,
      [input.key, ctx.actor.organisationId, input.labelSv, input.labelEn],
    );
    if (!rows[0]) {
      throw new AppError('name_taken', 'This key is in use already.', {
        errors: [{ path: ['key'], message: 'This key is in use already.', code: 'custom' }],
      });
    }
    await audit(tx, ctx, {
      action: 'consent_purpose.create',
      subjectType: 'consent_purpose',
      details: { key: input.key },
    });
    return rows[0];
  });
}

/** Renames or archives one of the organisation's own purposes; built-in ones are refused (403). */
export function updateConsentPurpose(
  ctx: Ctx,
  key: string,
  input: z.output<typeof UpdateConsentPurposeInput>,
): Promise<ConsentPurpose> {
  return inTenant(ctx, async (tx) => {
    const { rows: found } = await tx.query<ConsentPurpose>(`${purposeSelect} where key = $1`, [key]);
    if (!found[0]) throw notFound('Consent purpose');
    if (found[0].builtIn) throw new AppError('forbidden', 'Built-in purposes cannot be changed.');
    await tx.query(
      `update consent_purposes set label_sv = coalesce($2, label_sv), label_en = coalesce($3, label_en),
              archived_at = case when $4::boolean is null then archived_at when $4 then coalesce(archived_at, now()) end
        where key = $1`,
      [key, input.labelSv ?? null, input.labelEn ?? null, input.archived ?? null],
    );
    await audit(tx, ctx, {
      action: 'consent_purpose.update',
      subjectType: 'consent_purpose',
      details: { key, fields: Object.keys(input) },
    });
    return (await tx.query<ConsentPurpose>(`${purposeSelect} where key = $1`, [key])).rows[0]!;
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
