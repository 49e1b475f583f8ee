import { Role } from '#shared/roles.ts';
import type { Ctx } from '../lib/context.ts';
import type { Queryable } from './types.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A value checked against a strict pattern, so it can stand in SQL sent without parameters. */
function literal(value: string | null, valid: (v: string) => boolean): string {
  if (value === null) return "''";
  if (!valid(value)) throw new Error(`refusing to use ${JSON.stringify(value)} in the tenant context`);
  return `'${value}'`;
}

/**
 * Runs fn in a transaction as rodtrad_app, a role that row-level security binds, with the caller's
 * organisation, unit, user and role set for this transaction only. Every tenant read and write goes through here.
 * The settings go with BEGIN in one round trip; every value is a checked uuid or role name. JIT compilation
 * is off: it cost our short OLTP queries up to a second on PostgreSQL 15 and never paid back.
 */
export async function inTenant<T>(ctx: Ctx, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const { actor } = ctx;
  const isUuid = (v: string) => uuid.test(v);
  const setup = `select set_config('app.organisation_id', ${literal(actor.organisationId, isUuid)}, true),
    set_config('app.unit_id', ${literal(actor.unitId, isUuid)}, true),
    set_config('app.user_id', ${literal(actor.userId, isUuid)}, true),
    set_config('app.role', ${literal(actor.role, (v) => Role.safeParse(v).success)}, true),
    set_config('role', 'rodtrad_app', true),
    set_config('jit', 'off', true)`;
  return ctx.db.transaction(fn, setup, true);
}

/** A signed-in participant acting for herself (the participant app); her id comes from her session only. */
export type ParticipantCtx = {
  db: Ctx['db'];
  participant: { participantId: string; unitId: string; organisationId: string; sessionId: string };
  requestId: string;
  ip: string;
};

/**
 * Runs fn as rodtrad_app in the participant context: app.role = 'participant' and app.participant_id set, and
 * no organisation, unit or user, so no staff policy matches and only policies naming app.participant_id open
 * a row to her (migrations/0021_participant_access.sql). Her unit goes in app.self_unit_id, which only the
 * participants table's policy reads, narrowed to her own row (0029).
 */
export async function inParticipant<T>(ctx: ParticipantCtx, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const isUuid = (v: string) => uuid.test(v);
  const setup = `select set_config('app.organisation_id', '', true),
    set_config('app.unit_id', '', true),
    set_config('app.user_id', '', true),
    set_config('app.role', 'participant', true),
    set_config('app.participant_id', ${literal(ctx.participant.participantId, isUuid)}, true),
    set_config('app.self_unit_id', ${literal(ctx.participant.unitId, isUuid)}, true),
    set_config('role', 'rodtrad_app', true),
    set_config('jit', 'off', true)`;
  return ctx.db.transaction(fn, setup, true);
}
