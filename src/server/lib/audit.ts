import type { Queryable } from '../db/types.ts';
import type { Ctx, SystemCtx } from './context.ts';

export type AuditEvent = {
  action: string;
  outcome?: 'ok' | 'denied' | 'failed';
  participantId?: string | null;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
  /** For events without a signed-in actor (sign-in, setup). */
  organisationId?: string | null;
  unitId?: string | null;
  actorUserId?: string | null;
};

/**
 * Appends one entry to the audit log, in the same transaction as the read or write it records (queued: in a
 * transaction it travels with the commit).
 */
export async function audit(tx: Queryable, ctx: Ctx | SystemCtx, event: AuditEvent): Promise<void> {
  const actor = ctx.actor;
  await tx.queue(
    `insert into audit_log (organisation_id, unit_id, actor_user_id, action, outcome, participant_id,
       subject_type, subject_id, request_id, ip, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      event.organisationId ?? actor?.organisationId ?? null,
      event.unitId !== undefined ? event.unitId : (actor?.unitId ?? null),
      event.actorUserId ?? actor?.userId ?? null,
      event.action,
      event.outcome ?? 'ok',
      event.participantId ?? null,
      event.subjectType ?? null,
      event.subjectId ?? null,
      ctx.requestId,
      ctx.ip,
      JSON.stringify(event.details ?? {}),
    ],
  );
}

/** Gives unsealed entries their place in the hash chain; the server does this every second. */
export async function sealAudit(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select audit_seal() as n');
  return rows[0]!.n;
}

export type ChainBreak = { entry: string; problem: 'edited' | 'deleted_before' | 'head_mismatch' };

/**
 * Seals what is unsealed, then recomputes the whole hash chain: an edited, deleted or reordered entry shows
 * as a break. (Deleting the newest entries shows against the stored head; an attacker who rewrites the head
 * too is caught by comparing with a head hash kept elsewhere, which `audit-verify` prints.)
 */
export async function verifyAuditChain(
  db: Queryable,
): Promise<{ rows: number; head: string | null; breaks: ChainBreak[] }> {
  await sealAudit(db);
  const { rows } = await db.query<{ id: string; ok_hash: boolean; ok_link: boolean }>(
    `select id::text, hash = audit_row_hash(a) as ok_hash,
            prev_hash = coalesce(lag(hash) over w, repeat('0', 64))
              and chain_seq = coalesce(lag(chain_seq) over w, 0) + 1 as ok_link
       from audit_log a where chain_seq is not null window w as (order by chain_seq) order by chain_seq`,
  );
  const breaks: ChainBreak[] = [];
  for (const r of rows) {
    if (!r.ok_hash) breaks.push({ entry: r.id, problem: 'edited' });
    if (!r.ok_link) breaks.push({ entry: r.id, problem: 'deleted_before' });
  }
  const head = await db.query<{ ok: boolean; id: string | null; hash: string }>(
    `select l.id::text, h.hash, (h.chain_seq, h.hash) is not distinct from (l.chain_seq, l.hash) as ok
       from audit_chain_head h
       left join lateral (select id, chain_seq, hash from audit_log where chain_seq is not null
                           order by chain_seq desc limit 1) l on true`,
  );
  const h = head.rows[0];
  if (h && !h.ok) breaks.push({ entry: h.id ?? '?', problem: 'head_mismatch' });
  return { rows: rows.length, head: h?.hash ?? null, breaks };
}
