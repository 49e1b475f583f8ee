import type { Queryable } from '#server/db/types.ts';
import { hashToken, newId, newToken } from '#server/lib/ids.ts';

export type ActivityBench = { sessionId: string; participantIds: string[]; feedToken: string };

/**
 * A unit's month of group activities: 25 activities led by one teacher with 40 sessions each in the coming
 * 30 days (1,000 sessions), a class of 30 participants, and a session of it that began an hour ago (for
 * attendance). The teacher's calendar feed holds all 1,000.
 */
export async function generateActivities(
  db: Queryable,
  unitId: string,
  teacherId: string,
): Promise<ActivityBench> {
  const activityIds = Array.from({ length: 25 }, () => newId());
  await db.query(
    `insert into activities (id, unit_id, type, title, place)
     select a, $1, 'swedish', 'BENCH Svenska ' || ord, 'Sal ' || ord from unnest($2::uuid[]) with ordinality as t(a, ord)`,
    [unitId, activityIds],
  );
  await db.query(
    `insert into activity_staff (activity_id, unit_id, user_id) select unnest($2::uuid[]), $1, $3`,
    [unitId, activityIds, teacherId],
  );
  await db.query(
    `insert into activity_sessions (id, activity_id, unit_id, starts_at, ends_at)
     select gen_random_uuid(), a, $1, now() + make_interval(hours => 18 * i), now() + make_interval(hours => 18 * i + 2)
       from unnest($2::uuid[]) as a, generate_series(1, 40) as i`,
    [unitId, activityIds],
  );
  const sessionId = newId();
  await db.query(
    `insert into activity_sessions (id, activity_id, unit_id, starts_at, ends_at)
     values ($1, $2, $3, now() - interval '1 hour', now() + interval '1 hour')`,
    [sessionId, activityIds[0], unitId],
  );
  const { rows } = await db.query<{ id: string }>(
    `insert into activity_participants (activity_id, participant_id, unit_id, joined_on)
     select $1, id, unit_id, current_date - 30 from participants where unit_id = $2 order by id limit 30
     returning participant_id as id`,
    [activityIds[0], unitId],
  );
  const feedToken = newToken();
  await db.query(
    `insert into calendar_feeds (id, unit_id, token_hash, user_id, created_by) values ($1, $2, $3, $4, $4)`,
    [newId(), unitId, hashToken(feedToken), teacherId],
  );
  return { sessionId, participantIds: rows.map((r) => r.id), feedToken };
}
