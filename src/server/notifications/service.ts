import type { Notification } from '#shared/teams.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';

/** Leaves a notice for a colleague, in the caller's transaction. */
export async function notify(
  tx: Queryable,
  ctx: Ctx,
  notice: { userId: string; kind: string; participantId?: string | null; payload?: Record<string, unknown> },
): Promise<void> {
  await tx.query(
    `insert into notifications (id, unit_id, organisation_id, user_id, kind, participant_id, payload)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      newId(),
      ctx.actor.unitId,
      ctx.actor.organisationId,
      notice.userId,
      notice.kind,
      notice.participantId ?? null,
      JSON.stringify(notice.payload ?? {}),
    ],
  );
}

export function listNotifications(ctx: Ctx): Promise<Notification[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<
      Omit<Notification, 'createdAt' | 'readAt'> & { createdAt: Date; readAt: Date | null }
    >(
      // Row-level security shows names of the current unit's participants only.
      `select n.id, n.kind, n.participant_id as "participantId", p.first_name || ' ' || p.last_name as "participantName",
              n.payload, n.created_at as "createdAt", n.read_at as "readAt"
         from notifications n left join participants p on p.id = n.participant_id
        order by n.created_at desc limit 100`,
    );
    const named = [...new Set(rows.filter((r) => r.participantName).map((r) => r.participantId))];
    if (named.length) {
      await audit(tx, ctx, { action: 'notification.list', details: { participants: named } });
    }
    return rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    }));
  });
}

export function markNotificationRead(ctx: Ctx, id: string): Promise<void> {
  return inTenant(ctx, async (tx) => {
    const { rowCount } = await tx.query(
      'update notifications set read_at = coalesce(read_at, now()) where id = $1',
      [id],
    );
    if (!rowCount) throw notFound('Notification');
  });
}
