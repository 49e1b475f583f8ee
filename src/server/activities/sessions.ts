import type { z } from 'zod';
import type { AddSessionsInput, Session, SessionsQuery, UpdateSessionInput } from '#shared/activities.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { presentSession, type SessionRow } from './presenter.ts';
import { expandRule, timeZone, zonedInstant, type Occurrence } from './recurrence.ts';
import { findActivity, unitOf } from './service.ts';

export async function findSession(tx: Queryable, id: string): Promise<SessionRow> {
  const { rows } = await tx.query<SessionRow>('select * from activity_sessions where id = $1', [id]);
  if (!rows[0]) throw notFound('Session');
  return rows[0];
}

/** Adds one session, or a series by an RRULE, to an activity; every session of a series is its own row. */
export function addSessions(
  ctx: Ctx,
  activityId: string,
  input: z.output<typeof AddSessionsInput>,
): Promise<Session[]> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const activity = await findActivity(tx, activityId);
    if (activity.archivedAt) throw new AppError('conflict', 'The activity is archived.');
    let seriesId: string | null = null;
    let occurrences: Occurrence[];
    if (input.rrule) {
      occurrences = expandRule({ ...input, rrule: input.rrule });
      seriesId = newId();
      await tx.query(
        `insert into activity_series (id, activity_id, unit_id, first_date, start_time, duration_minutes, rrule, time_zone)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          seriesId,
          activityId,
          unitId,
          input.date,
          input.startTime,
          input.durationMinutes,
          input.rrule,
          timeZone,
        ],
      );
    } else {
      const startsAt = zonedInstant(input.date, input.startTime);
      occurrences = [{ startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) }];
    }
    const { rows } = await tx.query<SessionRow>(
      `insert into activity_sessions (id, activity_id, unit_id, series_id, original_starts_at, starts_at, ends_at)
       select gen_random_uuid(), $1, $2, $3, case when $3::uuid is null then null else s end, s, e
         from unnest($4::timestamptz[], $5::timestamptz[]) as t(s, e)
       returning *`,
      [
        activityId,
        unitId,
        seriesId,
        occurrences.map((o) => o.startsAt.toISOString()),
        occurrences.map((o) => o.endsAt.toISOString()),
      ],
    );
    await audit(tx, ctx, {
      action: 'activity.sessions_add',
      subjectType: 'activity',
      subjectId: activityId,
      details: { sessions: rows.length, rrule: input.rrule ?? null },
    });
    return rows.sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime()).map(presentSession);
  });
}

export function listSessions(
  ctx: Ctx,
  activityId: string,
  query: z.output<typeof SessionsQuery>,
): Promise<Session[]> {
  return inTenant(ctx, async (tx) => {
    await findActivity(tx, activityId);
    const { rows } = await tx.query<SessionRow>(
      `select * from activity_sessions
        where activity_id = $1
          and ($2::date is null or starts_at >= ($2::date)::timestamp at time zone '${timeZone}')
          and ($3::date is null or starts_at < ($3::date + 1)::timestamp at time zone '${timeZone}')
        order by starts_at`,
      [activityId, query.from ?? null, query.to ?? null],
    );
    return rows.map(presentSession);
  });
}

/**
 * Moves or cancels one session (an exception to its series), or records its guests and a note. A session
 * that has ended keeps its time: only guests and the note can still be filled in.
 */
export function updateSession(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateSessionInput>,
): Promise<Session> {
  return inTenant(ctx, async (tx) => {
    const session = await findSession(tx, id);
    const reschedules =
      input.startsAt !== undefined || input.endsAt !== undefined || input.cancelled !== undefined;
    if (reschedules && session.ends_at.getTime() < Date.now()) {
      throw new AppError('session_past', 'A session that has ended cannot be moved or cancelled.');
    }
    const startsAt = input.startsAt ? new Date(input.startsAt) : session.starts_at;
    const endsAt = input.endsAt ? new Date(input.endsAt) : session.ends_at;
    if (endsAt <= startsAt) {
      throw new AppError('validation', 'The end must come after the start.', {
        errors: [{ path: ['endsAt'], message: 'The end must come after the start.', code: 'custom' }],
      });
    }
    const row = await updateVersioned<SessionRow>(
      tx,
      'activity_sessions',
      id,
      input.version,
      {
        starts_at: input.startsAt === undefined ? undefined : startsAt,
        ends_at: input.endsAt === undefined ? undefined : endsAt,
        cancelled_at: input.cancelled === undefined ? undefined : input.cancelled ? new Date() : null,
        cancel_reason: input.cancelled === false ? null : input.cancelReason,
        guests: input.guests,
        note: input.note,
      },
      'Session',
      async () => presentSession(await findSession(tx, id)),
    );
    await audit(tx, ctx, {
      action: input.cancelled ? 'activity.session_cancel' : 'activity.session_update',
      subjectType: 'activity_session',
      subjectId: id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return presentSession(row);
  });
}
