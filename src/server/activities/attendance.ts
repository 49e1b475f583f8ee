import type { z } from 'zod';
import type {
  AttendedHours,
  MarkAttendanceInput,
  ParticipantAttendance,
  Roster,
} from '#shared/activities.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { presentSession } from './presenter.ts';
import { timeZone } from './recurrence.ts';
import { findActivity } from './service.ts';
import { findSession } from './sessions.ts';

type Line = Roster['lines'][number];

/** Everyone taking part on the session's (Stockholm) day, with her mark if she has one. */
const rosterSql = `
  select p.id as "participantId", p.first_name as "firstName", p.last_name as "lastName", at.status
    from activity_sessions s
    join activity_participants ap on ap.activity_id = s.activity_id
    join participants p on p.id = ap.participant_id and p.merged_into is null
    left join attendance at on at.session_id = s.id and at.participant_id = p.id
   where s.id = $1
     and ap.joined_on <= (s.starts_at at time zone '${timeZone}')::date
     and (ap.left_on is null or ap.left_on >= (s.starts_at at time zone '${timeZone}')::date)`;

async function rosterLines(tx: Queryable, sessionId: string, participantId?: string): Promise<Line[]> {
  const { rows } = await tx.query<Line>(
    `${rosterSql} ${participantId ? 'and p.id = $2' : ''} order by p.last_name, p.first_name`,
    participantId ? [sessionId, participantId] : [sessionId],
  );
  return rows;
}

export function getRoster(ctx: Ctx, sessionId: string): Promise<Roster> {
  return inTenant(ctx, async (tx) => {
    const session = await findSession(tx, sessionId);
    const lines = await rosterLines(tx, sessionId);
    await audit(tx, ctx, {
      action: 'attendance.read',
      subjectType: 'activity_session',
      subjectId: sessionId,
      details: { returned: lines.length },
    });
    return { session: presentSession(session), lines };
  });
}

/**
 * One tap on the attendance screen: saved at once, so nothing is lost if the connection drops, and the
 * same tap sent twice does no harm. From the session's day on; never for a cancelled session.
 */
export function markAttendance(
  ctx: Ctx,
  sessionId: string,
  participantId: string,
  input: z.output<typeof MarkAttendanceInput>,
): Promise<Line> {
  return forParticipant(ctx, participantId, 'attendance.record', async (tx) => {
    const session = await findSession(tx, sessionId);
    if (session.cancelled_at) throw new AppError('conflict', 'The session is cancelled.');
    const { rows: early } = await tx.query<{ early: boolean }>(
      `select ($1::timestamptz at time zone '${timeZone}')::date > (now() at time zone '${timeZone}')::date as early`,
      [session.starts_at],
    );
    if (early[0]!.early) throw new AppError('conflict', 'Attendance is taken from the session’s day.');
    if (!(await rosterLines(tx, sessionId, participantId)).length) {
      throw notFound('Participant on this session');
    }
    await tx.query(
      `insert into attendance (session_id, participant_id, unit_id, status, recorded_by)
       values ($1, $2, $3, $4, $5)
       on conflict (session_id, participant_id)
       do update set status = excluded.status, recorded_by = excluded.recorded_by, recorded_at = now()`,
      [sessionId, participantId, ctx.actor.unitId, input.status, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'attendance.record',
      participantId,
      subjectType: 'activity_session',
      subjectId: sessionId,
      details: { status: input.status },
    });
    return (await rosterLines(tx, sessionId, participantId))[0]!;
  });
}

/** The month's sessions (Stockholm time, the month in $2), not cancelled, as a condition on `s`. */
export const inMonth = `s.cancelled_at is null
  and s.starts_at >= (to_date($2, 'YYYY-MM'))::timestamp at time zone '${timeZone}'
  and s.starts_at < (to_date($2, 'YYYY-MM') + interval '1 month')::timestamp at time zone '${timeZone}'`;

/**
 * Attested placement hours per participant of a unit ($1) in a month ($2, as `inMonth`): a placement that
 * took place (ongoing, completed or ended early; a planned one does not count) gives its planned hours per
 * week spread evenly over the working days Monday to Friday of its period (a fifth a day; public holidays are
 * not taken out), from its first day to its last, or to the day it ended early, and not beyond today
 * (Stockholm), only the days in the month.
 */
export const placementHoursSql = `
  select pl.participant_id as "participantId",
         round(sum(pl.hours_per_week / 5), 2)::float8 as hours
    from placements pl
    cross join lateral generate_series(
      greatest(pl.starts_on, to_date($2, 'YYYY-MM'))::timestamp,
      least(coalesce(pl.ended_early_on, pl.ends_on), (to_date($2, 'YYYY-MM') + interval '1 month - 1 day')::date,
            (now() at time zone '${timeZone}')::date)::timestamp,
      interval '1 day') as d(day)
   where pl.unit_id = $1 and pl.status in ('ongoing', 'completed', 'ended_early')
     and pl.hours_per_week > 0 and extract(isodow from d.day) < 6
   group by pl.participant_id`;

/** Marks and attested hours (time present) of the grouped sessions `s` and marks `at`. */
export const tally = `count(*)::int as sessions,
  count(*) filter (where at.status = 'present')::int as present,
  count(*) filter (where at.status = 'absent')::int as absent,
  count(*) filter (where at.status = 'excused')::int as excused,
  round(coalesce(sum(extract(epoch from s.ends_at - s.starts_at)) filter (where at.status = 'present'), 0) / 3600, 2)::float8 as hours`;

/** Attested hours per participant of an activity in a month: time present at its sessions. */
export function activityHours(ctx: Ctx, activityId: string, month: string): Promise<AttendedHours[]> {
  return inTenant(ctx, async (tx) => {
    await findActivity(tx, activityId);
    const { rows } = await tx.query<AttendedHours>(
      `select p.id as "participantId", p.first_name as "firstName", p.last_name as "lastName", ${tally}
         from activity_sessions s
         join attendance at on at.session_id = s.id
         join participants p on p.id = at.participant_id
        where s.activity_id = $1 and ${inMonth}
        group by p.id order by p.last_name, p.first_name`,
      [activityId, month],
    );
    await audit(tx, ctx, {
      action: 'attendance.hours',
      subjectType: 'activity',
      subjectId: activityId,
      details: { month, returned: rows.length },
    });
    return rows;
  });
}

/** Her attested hours in a month, per activity. */
export function participantHours(
  ctx: Ctx,
  participantId: string,
  month: string,
): Promise<ParticipantAttendance[]> {
  return forParticipant(ctx, participantId, 'attendance.hours', async (tx) => {
    const { rows } = await tx.query<ParticipantAttendance>(
      `select a.id as "activityId", a.title, ${tally}
         from activity_sessions s
         join attendance at on at.session_id = s.id and at.participant_id = $1
         join activities a on a.id = s.activity_id
        where ${inMonth}
        group by a.id order by a.title`,
      [participantId, month],
    );
    await audit(tx, ctx, { action: 'attendance.hours', participantId, details: { month } });
    return rows;
  });
}
