import type { ParticipantSessions } from '#shared/attested-hours.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { timeZone } from './recurrence.ts';

type SessionRow = Omit<ParticipantSessions['sessions'][number], 'startsAt' | 'endsAt' | 'cancelledAt'> & {
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
};

const sessionLimit = 500;

/**
 * Her group activities, and every session that has started while she took part (on its Stockholm day),
 * newest first, with her mark or none. Cancelled sessions are listed as such.
 */
export function listParticipantSessions(ctx: Ctx, participantId: string): Promise<ParticipantSessions> {
  return forParticipant(ctx, participantId, 'attendance.list', async (tx) => {
    const { rows: activities } = await tx.query<ParticipantSessions['activities'][number]>(
      `select a.id as "activityId", a.title, ap.joined_on::text as "joinedOn", ap.left_on::text as "leftOn"
         from activity_participants ap
         join activities a on a.id = ap.activity_id
        where ap.participant_id = $1 and ap.unit_id = $2
        order by ap.left_on is not null, a.title`,
      [participantId, ctx.actor.unitId],
    );
    const { rows: sessions } = await tx.query<SessionRow>(
      `select s.id as "sessionId", a.id as "activityId", a.title, s.starts_at as "startsAt",
              s.ends_at as "endsAt", s.cancelled_at as "cancelledAt", at.status
         from activity_participants ap
         join activities a on a.id = ap.activity_id
         join activity_sessions s on s.activity_id = ap.activity_id
         left join attendance at on at.session_id = s.id and at.participant_id = ap.participant_id
        where ap.participant_id = $1 and ap.unit_id = $2 and s.starts_at <= now()
          and ap.joined_on <= (s.starts_at at time zone '${timeZone}')::date
          and (ap.left_on is null or ap.left_on >= (s.starts_at at time zone '${timeZone}')::date)
        order by s.starts_at desc, a.title
        limit ${sessionLimit}`,
      [participantId, ctx.actor.unitId],
    );
    await audit(tx, ctx, {
      action: 'attendance.list',
      participantId,
      details: { returned: sessions.length },
    });
    return {
      activities,
      sessions: sessions.map((s) => ({
        ...s,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        cancelledAt: s.cancelledAt?.toISOString() ?? null,
      })),
    };
  });
}
