import type { Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

const at = (days: number, time: string) =>
  `((current_date + ${days})::timestamp + time '${time}') at time zone 'Europe/Stockholm'`;

/** Fictional meetings for one in three of a demo unit's participants: one coming, one held, one cancelled. */
const kinds = [
  {
    days: 3,
    time: '10:00',
    title: 'DEMO: Uppföljning av handlingsplanen',
    status: 'planned',
    interpreter: 'ar',
    withCaseWorker: true,
  },
  {
    days: -12,
    time: '13:30',
    title: 'DEMO: Kartläggningssamtal',
    status: 'held',
    interpreter: null,
    withCaseWorker: false,
  },
  {
    days: 9,
    time: '09:00',
    title: 'DEMO: Planering inför praktik',
    status: 'cancelled',
    interpreter: 'so',
    withCaseWorker: false,
  },
] as const;

export async function demoMeetings(
  tx: Queryable,
  input: { unitId: string; coachId: string; caseWorkerId: string },
): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    'select id from participants where unit_id = $1 order by id',
    [input.unitId],
  );
  for (const [i, participant] of rows.entries()) {
    if (i % 3 !== 0) continue;
    for (const k of kinds) {
      const id = newId();
      const days = k.days + (i % 5);
      await tx.query(
        `insert into meetings (id, unit_id, participant_id, starts_at, ends_at, title, place, interpreter_needed,
                               interpreter_language, status, cancel_reason, cancelled_at, cancelled_by, held_at,
                               created_by)
         values ($1, $2, $3, ${at(days, k.time)}, ${at(days, k.time)} + interval '1 hour', $4,
                 'DEMO: Kontoret, Storgatan 1', $5::text is not null, $5, $6,
                 case when $6::text = 'cancelled' then 'DEMO: Deltagaren är sjuk' end,
                 case when $6 = 'cancelled' then now() end, case when $6 = 'cancelled' then $7::uuid end,
                 case when $6 = 'held' then ${at(days, k.time)} + interval '1 hour' end, $7)`,
        [id, input.unitId, participant.id, k.title, k.interpreter, k.status, input.coachId],
      );
      await tx.query(
        `insert into meeting_staff (meeting_id, user_id, unit_id, starts_at)
         select $1, s, $2, m.starts_at from meetings m, unnest($3::uuid[]) s where m.id = $1`,
        [id, input.unitId, k.withCaseWorker ? [input.coachId, input.caseWorkerId] : [input.coachId]],
      );
    }
  }
}
