import type { z } from 'zod';
import type {
  PublicRegistrationForm,
  RegisterVolunteerInput,
  RegistrationReceipt,
} from '#shared/volunteers.ts';
import type { Db, Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { SystemCtx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { addMessage } from '../outbox/delivery.ts';
import { renderConfirmation } from './templates.ts';

/**
 * The public registration page of a unit (no sign-in). Like the supervisor's evaluation, it runs on the owner
 * connection, and every statement is filtered by the unit named in the address: the page reads the unit's name
 * and active areas, and a registration inserts one volunteer of that unit. Nothing is given back but a receipt.
 */

type Input = z.output<typeof RegisterVolunteerInput>;

type UnitRow = { id: string; organisation_id: string; name: string };

async function unitOf(db: Queryable, unitId: string): Promise<UnitRow> {
  const { rows } = await db.query<UnitRow>(
    'select id, organisation_id, name from units where id = $1 and archived_at is null',
    [unitId],
  );
  if (!rows[0]) throw notFound('Unit');
  return rows[0];
}

/** What the public page needs: the unit's name and the areas to choose from. */
export async function readRegistrationForm(
  db: Db,
  unitId: string,
): Promise<z.output<typeof PublicRegistrationForm>> {
  const unit = await unitOf(db, unitId);
  const { rows } = await db.query<{ id: string; name: string }>(
    'select id, name from unit_areas where unit_id = $1 and active order by name',
    [unit.id],
  );
  return { unitName: unit.name, areas: rows };
}

/** A short reference she can quote (not a key to anything). */
const receiptOf = (id: string) => `SV-${id.slice(-8).toUpperCase()}`;

/**
 * Stores a registration, its first status, a confirmation in the outbox (in her language, by e-mail when she
 * gave one, else by SMS) and an audit entry, in one transaction. A filled-in honeypot is answered with a
 * receipt like any other and dropped, audited as denied (with no personal data), so a robot cannot tell.
 */
export async function registerVolunteer(
  db: Db,
  ctx: SystemCtx,
  unitId: string,
  input: Input,
): Promise<z.output<typeof RegistrationReceipt>> {
  return db.transaction(async (tx) => {
    const unit = await unitOf(tx, unitId);
    const whose = { organisationId: unit.organisation_id, unitId: unit.id, subjectType: 'volunteer' };
    if (input.website) {
      await audit(tx, ctx, {
        ...whose,
        action: 'volunteer.register',
        outcome: 'denied',
        details: { reason: 'honeypot' },
      });
      return { receipt: receiptOf(newId()), language: input.language };
    }
    if (input.areaId) {
      const area = await tx.query('select 1 from unit_areas where id = $1 and unit_id = $2 and active', [
        input.areaId,
        unit.id,
      ]);
      if (!area.rows.length) {
        const message = 'Choose one of the areas listed.';
        throw new AppError('validation', message, {
          errors: [{ path: ['areaId'], message, code: 'custom' }],
        });
      }
    }
    const id = newId();
    const { subject, body } = renderConfirmation(input.language, {
      firstName: input.firstName,
      unitName: unit.name,
      receipt: receiptOf(id),
    });
    const messageId = await addMessage(tx, {
      unitId: unit.id,
      participantId: null,
      kind: 'volunteer_confirmation',
      dedupeKey: `volunteer-confirmation:${id}`,
      channel: input.email ? 'email' : 'sms',
      toAddress: (input.email ?? input.phone)!,
      language: input.language,
      subject: input.email ? subject : null,
      body,
    });
    await tx.query(
      `insert into volunteers (id, unit_id, first_name, last_name, email, phone, language, age_band, gender,
         languages, interests, occupation, life_situation, family_situation, area_id, availability, only_women,
         wants_family, preferences_note, heard_from, consent_at, confirmation_message_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, now(), $21)`,
      [
        id,
        unit.id,
        input.firstName,
        input.lastName,
        input.email ?? null,
        input.phone ?? null,
        input.language,
        input.ageBand,
        input.gender ?? null,
        JSON.stringify(input.languages),
        input.interests,
        input.occupation ?? null,
        input.lifeSituation,
        input.familySituation ?? null,
        input.areaId ?? null,
        input.availability,
        input.onlyWomen,
        input.wantsFamily,
        input.preferencesNote ?? null,
        input.heardFrom ?? null,
        messageId,
      ],
    );
    await tx.query(
      `insert into volunteer_status_history (id, volunteer_id, unit_id, from_status, to_status)
       values ($1, $2, $3, null, 'new')`,
      [newId(), id, unit.id],
    );
    await audit(tx, ctx, {
      ...whose,
      subjectId: id,
      action: 'volunteer.register',
      details: { language: input.language },
    });
    return { receipt: receiptOf(id), language: input.language };
  });
}
