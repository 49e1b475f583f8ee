import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from './audit.ts';
import type { Ctx } from './context.ts';
import { AppError, notFound } from './errors.ts';

/**
 * Runs fn for one participant of the caller's unit, in one tenant transaction. Another unit's participant
 * (or none) is not found, and the attempt is audited as denied after the transaction rolls back.
 */
export async function forParticipant<T>(
  ctx: Ctx,
  participantId: string,
  action: string,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  let found = false;
  try {
    return await inTenant(ctx, async (tx) => {
      const { rows } = await tx.query('select 1 from participants where id = $1 and unit_id = $2', [
        participantId,
        ctx.actor.unitId,
      ]);
      if (!rows.length) throw notFound('Participant');
      found = true;
      return fn(tx);
    });
  } catch (error) {
    if (!found) await inTenant(ctx, (tx) => audit(tx, ctx, { action, outcome: 'denied', participantId }));
    throw error;
  }
}
