import type { ScheduleEvent, ScheduleQuery } from '#shared/schedule.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { listScheduleEvents } from './events.ts';
import { presentScheduleEvent } from './presenter.ts';

/** Her schedule for a period of days: the sessions she takes part in, her placements and her meetings. */
export function participantSchedule(
  ctx: Ctx,
  participantId: string,
  period: ScheduleQuery,
): Promise<ScheduleEvent[]> {
  return forParticipant(ctx, participantId, 'schedule.read', async (tx) => {
    const rows = await listScheduleEvents(tx, { unitId: ctx.actor.unitId!, participantId }, period);
    await audit(tx, ctx, {
      action: 'schedule.read',
      participantId,
      details: { from: period.from, to: period.to, events: rows.length },
    });
    return rows.map(presentScheduleEvent);
  });
}

/** The signed-in staff member's own schedule in this unit: the sessions she leads and her meetings. */
export function ownSchedule(ctx: Ctx, period: ScheduleQuery): Promise<ScheduleEvent[]> {
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return inTenant(ctx, async (tx) => {
    const rows = await listScheduleEvents(tx, { unitId, userId: ctx.actor.userId }, period);
    await audit(tx, ctx, {
      action: 'schedule.read_own',
      details: { from: period.from, to: period.to, events: rows.length },
    });
    return rows.map(presentScheduleEvent);
  });
}
