import type { MySchedule } from '#shared/participant-app.ts';
import { stockholmDate } from '../activities/recurrence.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import { auditAsParticipant } from '../participant-access/me.ts';
import { listScheduleEvents } from '../schedule/events.ts';

/** Four weeks from today (Stockholm) unless she asks for another start or length. */
export const defaultScheduleDays = 28;

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Her schedule from the one schedule query (schedule/events.ts), read in her own context: the sessions of her
 * groups on the days she takes part, her placements and her meetings (row-level security, 0026).
 */
export function getMySchedule(
  ctx: ParticipantCtx,
  query: { from?: string | undefined; days?: number | undefined },
): Promise<MySchedule> {
  const from = query.from ?? stockholmDate(new Date());
  const to = addDays(from, (query.days ?? defaultScheduleDays) - 1);
  const { participantId, unitId } = ctx.participant;
  return inParticipant(ctx, async (tx) => {
    const rows = await listScheduleEvents(tx, { unitId, participantId }, { from, to });
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.schedule_read',
      details: { from, to, events: rows.length },
    });
    return {
      from,
      to,
      events: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        days: r.first_day && r.last_day ? { first: r.first_day, last: r.last_day } : null,
        place: r.place,
        onlineUrl: r.online_url,
        cancelled: r.cancelled,
        placementKind: r.placement_kind,
      })),
    };
  });
}
