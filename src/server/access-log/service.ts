import type { AccessLogEntry } from '#shared/journal.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { forParticipant } from '../lib/participant-access.ts';

type Row = Omit<AccessLogEntry, 'at'> & { at: Date };

/** Who has opened or changed her file, from the audit log (participant_access_log in migration 0005). */
export function listAccessLog(ctx: Ctx, participantId: string): Promise<AccessLogEntry[]> {
  return forParticipant(ctx, participantId, 'participant.access_log', async (tx) => {
    const { rows } = await tx.query<Row>(
      `select at, actor_name as "actorName", actor_role as "actorRole", action from participant_access_log($1)`,
      [participantId],
    );
    await audit(tx, ctx, { action: 'participant.access_log', participantId });
    return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
  });
}
