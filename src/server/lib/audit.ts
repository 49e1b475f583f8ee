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

/** Appends one entry to the audit log, in the same transaction as the read or write it records. */
export async function audit(tx: Queryable, ctx: Ctx | SystemCtx, event: AuditEvent): Promise<void> {
  const actor = ctx.actor;
  await tx.query(
    `insert into audit_log (organisation_id, unit_id, actor_user_id, action, outcome, participant_id,
       subject_type, subject_id, request_id, ip, details, seq, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, '', '')`,
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

export type ChainBreak = { seq: string; problem: 'edited' | 'deleted_before' | 'head_mismatch' };

/** Recomputes the hash chain; any edited, deleted or reordered row shows as a break. */
export async function verifyAuditChain(db: Queryable): Promise<{ rows: number; breaks: ChainBreak[] }> {
  const { rows } = await db.query<{ seq: string; ok_hash: boolean; ok_link: boolean }>(
    `select seq::text, hash = audit_row_hash(a) as ok_hash,
            prev_hash = coalesce(lag(hash) over w, repeat('0', 64)) and seq = coalesce(lag(seq) over w, 0) + 1 as ok_link
       from audit_log a window w as (order by seq) order by seq`,
  );
  const breaks: ChainBreak[] = [];
  for (const r of rows) {
    if (!r.ok_hash) breaks.push({ seq: r.seq, problem: 'edited' });
    if (!r.ok_link) breaks.push({ seq: r.seq, problem: 'deleted_before' });
  }
  const head = await db.query<{ ok: boolean; seq: string }>(
    `select h.seq::text, (h.seq, h.hash) is not distinct from (l.seq, l.hash) as ok
       from audit_chain_head h left join lateral (select seq, hash from audit_log order by seq desc limit 1) l on true`,
  );
  const h = head.rows[0];
  if (h && !h.ok) breaks.push({ seq: h.seq, problem: 'head_mismatch' });
  return { rows: rows.length, breaks };
}
