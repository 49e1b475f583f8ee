import type { Ctx } from '../lib/context.ts';
import type { Queryable } from './types.ts';

/**
 * Runs fn in a transaction as rodtrad_app, a role that row-level security binds, with the caller's
 * organisation, unit, user and role set for this transaction only. Every tenant read and write goes through here.
 */
export function inTenant<T>(ctx: Ctx, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await tx.query(
      `select set_config('app.organisation_id', $1, true), set_config('app.unit_id', $2, true),
              set_config('app.user_id', $3, true), set_config('app.role', $4, true),
              set_config('role', 'rodtrad_app', true)`,
      [actor.organisationId, actor.unitId ?? '', actor.userId, actor.role],
    );
    return fn(tx);
  });
}
