import type { z } from 'zod';
import type { LooseThread, LooseThreadsQuery } from '#shared/plans.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';

// Dates are Stockholm dates, whatever the server's time zone.
const today = `(now() at time zone 'Europe/Stockholm')::date`;

/**
 * Lösa trådar: what needs someone's action now, for the caller's caseload ($2 = her id) or the whole unit
 * ($2 null). One statement; each branch reads through an index on (unit, …).
 */
const sql = `
with scope as (
  select p.id, p.first_name, p.last_name from participants p
   where p.unit_id = $1 and p.merged_into is null
     and ($2::uuid is null or exists (select 1 from team_members t where t.participant_id = p.id and t.user_id = $2))
), open_enrolment as (
  select e.participant_id, min(e.started_on) as started_on, min(pr.ends_on) as ends_on
    from enrolments e join programmes pr on pr.id = e.programme_id
   where e.unit_id = $1 and e.exited_on is null
   group by e.participant_id
), open_step as (
  select st.* from plan_steps st where st.unit_id = $1 and st.status in ('todo', 'doing')
)
select 'no_contact' as kind, s.id, s.first_name, s.last_name, c.last::date as date, null::uuid as step_id, null as title
  from scope s join open_enrolment oe on oe.participant_id = s.id
  left join lateral (select max(happened_at) as last from contacts where participant_id = s.id) c on true
 where coalesce((c.last at time zone 'Europe/Stockholm')::date, oe.started_on) < ${today} - $3::int
union all
select 'overdue_step', p.id, p.first_name, p.last_name, st.due_on, st.id, st.title
  from open_step st join participants p on p.id = st.participant_id and p.unit_id = $1
 where st.due_on < ${today}
   and ($2::uuid is null or st.owner_user_id = $2 or (st.owner_user_id is null and exists (
        select 1 from team_members t where t.participant_id = p.id and t.user_id = $2 and t.responsible)))
union all
select 'unowned_step', s.id, s.first_name, s.last_name, st.due_on, st.id, st.title
  from open_step st join scope s on s.id = st.participant_id
 where st.owner_user_id is null and not st.owner_is_participant
union all
select 'no_plan', s.id, s.first_name, s.last_name, oe.started_on, null, null
  from scope s join open_enrolment oe on oe.participant_id = s.id
 where oe.started_on < ${today} - $4::int
   and not exists (select 1 from plan_goals g where g.unit_id = $1 and g.participant_id = s.id)
union all
select 'assessment_due', s.id, s.first_name, s.last_name, a.latest, null, null
  from scope s join open_enrolment oe on oe.participant_id = s.id
  left join lateral (select max(assessed_on) as latest from assessments where participant_id = s.id) a on true
 where (a.latest is null and oe.started_on < ${today} - $4::int) or a.latest < ${today} - $5::int
union all
select 'exit_soon', s.id, s.first_name, s.last_name, oe.ends_on, null, null
  from scope s join open_enrolment oe on oe.participant_id = s.id
 where oe.ends_on between ${today} and ${today} + $6::int
order by 1, 5 nulls first, 4, 3`;

type Row = {
  kind: LooseThread['kind'];
  id: string;
  first_name: string;
  last_name: string;
  date: string | null;
  step_id: string | null;
  title: string | null;
};

export function listLooseThreads(
  ctx: Ctx,
  query: z.output<typeof LooseThreadsQuery>,
): Promise<LooseThread[]> {
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
    ]);
    await audit(tx, ctx, {
      action: 'loose_threads.read',
      details: { scope: query.scope, returned: rows.length },
    });
    return rows.map((r) => ({
      kind: r.kind,
      participantId: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      date: r.date,
      stepId: r.step_id,
      title: r.title,
    }));
  });
}
