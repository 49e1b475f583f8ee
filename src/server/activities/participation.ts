import type { z } from 'zod';
import type { ActivityParticipant, JoinActivityInput } from '#shared/activities.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { findActivity } from './service.ts';

export function listActivityParticipants(ctx: Ctx, activityId: string): Promise<ActivityParticipant[]> {
  return inTenant(ctx, async (tx) => {
    await findActivity(tx, activityId);
    const { rows } = await tx.query<ActivityParticipant>(
      `select p.id as "participantId", p.first_name as "firstName", p.last_name as "lastName",
              ap.joined_on as "joinedOn", ap.left_on as "leftOn"
         from activity_participants ap join participants p on p.id = ap.participant_id
        where ap.activity_id = $1 and p.merged_into is null
        order by ap.left_on is not null, p.last_name, p.first_name`,
      [activityId],
    );
    await audit(tx, ctx, {
      action: 'activity.participants',
      subjectType: 'activity',
      subjectId: activityId,
      details: { returned: rows.length },
    });
    return rows;
  });
}

/**
 * Adds a participant (again, after she left). Refused when the activity is full, and, unless staff confirm,
 * when a coming session clashes with another activity of hers.
 */
export function joinActivity(
  ctx: Ctx,
  activityId: string,
  input: z.output<typeof JoinActivityInput>,
): Promise<ActivityParticipant[]> {
  return forParticipant(ctx, input.participantId, 'activity.join', async (tx) => {
    const activity = await findActivity(tx, activityId);
    if (activity.archivedAt) throw new AppError('conflict', 'The activity is archived.');
    const already = await tx.query(
      'select 1 from activity_participants where activity_id = $1 and participant_id = $2 and left_on is null',
      [activityId, input.participantId],
    );
    if (already.rows.length) throw new AppError('conflict', 'She already takes part.');
    if (activity.capacity !== null && activity.participantCount >= activity.capacity) {
      throw new AppError('activity_full', `The activity is full (${activity.capacity} places).`);
    }
    if (!input.confirmOverlap) {
      const { rows: clashes } = await tx.query<{ title: string; startsAt: Date }>(
        `select a2.title, s2.starts_at as "startsAt"
           from activity_sessions s1
           join activity_sessions s2 on s2.activity_id <> s1.activity_id
                                    and s2.starts_at < s1.ends_at and s2.ends_at > s1.starts_at
                                    and s2.cancelled_at is null
           join activity_participants ap on ap.activity_id = s2.activity_id and ap.participant_id = $2
                                        and ap.left_on is null
           join activities a2 on a2.id = s2.activity_id
          where s1.activity_id = $1 and s1.cancelled_at is null and s1.starts_at >= greatest(now(), $3::date)
          order by s2.starts_at limit 5`,
        [activityId, input.participantId, input.joinedOn],
      );
      if (clashes.length) {
        throw new AppError('double_booking', 'She has another activity at the same time.', {
          clashes: clashes.map((c) => ({ title: c.title, startsAt: c.startsAt.toISOString() })),
        });
      }
    }
    await tx.query(
      `insert into activity_participants (activity_id, participant_id, unit_id, joined_on, added_by)
       values ($1, $2, $3, $4, $5)
       on conflict (activity_id, participant_id) do update set joined_on = excluded.joined_on, left_on = null,
                                                              added_by = excluded.added_by`,
      [activityId, input.participantId, ctx.actor.unitId, input.joinedOn, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'activity.join',
      participantId: input.participantId,
      subjectType: 'activity',
      subjectId: activityId,
    });
  }).then(() => listActivityParticipants(ctx, activityId));
}

export function leaveActivity(
  ctx: Ctx,
  activityId: string,
  participantId: string,
  leftOn: string,
): Promise<ActivityParticipant[]> {
  return forParticipant(ctx, participantId, 'activity.leave', async (tx) => {
    const { rows } = await tx.query<{ joined_on: string }>(
      'select joined_on from activity_participants where activity_id = $1 and participant_id = $2 and left_on is null',
      [activityId, participantId],
    );
    if (!rows[0]) throw notFound('Participation');
    if (leftOn < rows[0].joined_on) {
      throw new AppError('validation', 'She cannot leave before she joined.', {
        errors: [{ path: ['leftOn'], message: 'She cannot leave before she joined.', code: 'custom' }],
      });
    }
    await tx.query(
      'update activity_participants set left_on = $3 where activity_id = $1 and participant_id = $2',
      [activityId, participantId, leftOn],
    );
    await audit(tx, ctx, {
      action: 'activity.leave',
      participantId,
      subjectType: 'activity',
      subjectId: activityId,
    });
  }).then(() => listActivityParticipants(ctx, activityId));
}
