import type { z } from 'zod';
import type { LooseThread, LooseThreads, LooseThreadsQuery } from '#shared/plans.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';

// Dates are Stockholm dates, whatever the server's time zone.
const today = `(now() at time zone 'Europe/Stockholm')::date`;

/**
 * Lösa trådar: what needs someone's action now, for the caller's caseload ($2 = her id) or the whole unit
 * ($2 null). One statement: each kind reads through an index on (unit, …) with per-participant aggregates
 * joined by hash, the kinds are ranked (oldest first) and cut to a page each, and names are read only for
 * the rows returned; the last branch carries each kind's total. In a unit of 5,000 there are many thousands
 * of threads, and nobody reads them all at once.
 */
const sql = `
with scope as (
  select p.id from participants p
   where p.unit_id = $1 and p.merged_into is null
     and ($2::uuid is null or p.id in (select t.participant_id from team_members t where t.unit_id = $1 and t.user_id = $2))
), enrolled as (
  select e.participant_id as id, min(e.started_on) as started_on, min(pr.ends_on) as ends_on
    from enrolments e join programmes pr on pr.id = e.programme_id
   where e.unit_id = $1 and e.exited_on is null and e.participant_id in (select id from scope)
   group by e.participant_id
), open_step as (
  select st.id, st.participant_id, st.due_on, st.owner_user_id, st.owner_is_participant from plan_steps st
   where st.unit_id = $1 and st.status in ('todo', 'doing')
), threads as (
  select 'no_contact' as kind, s.id, (c.last at time zone 'Europe/Stockholm')::date as date, null::uuid as step_id
    from enrolled s
    left join (select participant_id, max(happened_at) as last from contacts where unit_id = $1 group by participant_id) c
      on c.participant_id = s.id
   where coalesce((c.last at time zone 'Europe/Stockholm')::date, s.started_on) < ${today} - $3::int
  union all
  -- Mine: steps she owns, and unowned ones of participants she is responsible for.
  select 'overdue_step', st.participant_id, st.due_on, st.id
    from open_step st
   where st.due_on < ${today}
     and st.participant_id in (select id from participants where unit_id = $1 and merged_into is null)
     and ($2::uuid is null or st.owner_user_id = $2 or (st.owner_user_id is null and exists (
          select 1 from team_members t where t.participant_id = st.participant_id and t.user_id = $2 and t.responsible)))
  union all
  select 'unowned_step', st.participant_id, st.due_on, st.id
    from open_step st
   where st.owner_user_id is null and not st.owner_is_participant and st.participant_id in (select id from scope)
  union all
  select 'no_plan', s.id, s.started_on, null
    from enrolled s
   where s.started_on < ${today} - $4::int
     and s.id not in (select g.participant_id from plan_goals g where g.unit_id = $1)
  union all
  select 'assessment_due', s.id, a.latest, null
    from enrolled s
    left join (select participant_id, max(assessed_on) as latest from assessments where unit_id = $1 group by participant_id) a
      on a.participant_id = s.id
   where (a.latest is null and s.started_on < ${today} - $4::int) or a.latest < ${today} - $5::int
  union all
  select 'exit_soon', s.id, s.ends_on, null
    from enrolled s
   where s.ends_on between ${today} and ${today} + $6::int
  union all
  -- Follow-ups after an exit that are due or overdue (step_id carries the follow-up's id).
  select 'follow_up_due', f.participant_id, f.due_on, f.id
    from follow_ups f
   where f.unit_id = $1 and f.status = 'open' and f.due_on <= ${today}
     and f.participant_id in (select id from scope)
  union all
  -- Her messages (Samtal) that nobody in the team has read, dated by the oldest.
  select 'unread_message', c.participant_id, (min(c.created_at) at time zone 'Europe/Stockholm')::date, null
    from conversation_messages c
   where c.unit_id = $1 and c.sender = 'participant' and c.read_at is null
     and c.participant_id in (select id from scope)
   group by c.participant_id
  union all
  -- Her language-friend check-ins of a match still going that a side has not answered $10 days after the
  -- reminder, dated by the one due first.
  select 'check_in_unanswered', c.participant_id, min(c.due_on), null
    from language_friend_check_ins c
    join language_friend_matches m on m.id = c.match_id and m.status in ('trial', 'active')
   where c.unit_id = $1 and c.reminded_at < now() - make_interval(days => $10::int)
     and (select count(distinct f.side) from language_friend_feedback f where f.check_in_id = c.id) < 2
     and c.participant_id in (select id from scope)
   group by c.participant_id
), chosen as (
  select * from threads where $7::text is null or kind = $7
), ranked as (
  select c.*, row_number() over (partition by kind order by date nulls first, id, step_id) as rn from chosen c
)
select r.kind, r.id, p.first_name, p.last_name, r.date, r.step_id,
       (select st.title from plan_steps st where st.id = r.step_id) as title, r.rn, null::int as total
  from ranked r
  -- By the primary key, row by row (the limit keeps the planner from turning it into a join that hashes
  -- every participant of the database for one page).
  cross join lateral (select first_name, last_name from participants where id = r.id limit 1) p
 where r.rn > $9 and r.rn <= $9 + $8
union all
select kind, null, null, null, null, null, null, null, count(*)::int from chosen group by kind
order by 1, 8`;

type Row = {
  kind: LooseThread['kind'];
  id: string | null;
  first_name: string;
  last_name: string;
  date: string | null;
  step_id: string | null;
  title: string | null;
  total: number | null;
};

export function listLooseThreads(ctx: Ctx, query: z.output<typeof LooseThreadsQuery>): Promise<LooseThreads> {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  if (query.scope === 'unit' && ctx.actor.role !== 'unit_manager') {
    throw new AppError('forbidden', 'The whole unit’s loose threads are for the unit manager.');
  }
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<Row>(sql, [
      ctx.actor.unitId,
      query.scope === 'mine' ? ctx.actor.userId : null,
      query.noContactDays,
      query.noPlanDays,
      query.assessmentDays,
      query.exitWithinDays,
      query.kind ?? null,
      query.perKind,
      query.offset,
      query.checkInDays,
    ]);
    const threads = rows.filter((r) => r.total === null);
    const counts = Object.fromEntries(rows.filter((r) => r.total !== null).map((r) => [r.kind, r.total!]));
    await audit(tx, ctx, {
      action: 'loose_threads.read',
      details: { scope: query.scope, kind: query.kind ?? null, returned: threads.length },
    });
    const items = threads.map((r) => ({
      kind: r.kind,
      participantId: r.id!,
      firstName: r.first_name,
      lastName: r.last_name,
      date: r.date,
      stepId: r.kind === 'follow_up_due' ? null : r.step_id,
      followUpId: r.kind === 'follow_up_due' ? r.step_id : null,
      title: r.title,
    }));
    return { items, counts };
  });
}
