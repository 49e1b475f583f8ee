import { monthsBetween } from '#shared/dashboards.ts';
import type { Queryable } from '../db/types.ts';
import { timeZone } from '../activities/recurrence.ts';
import { columnSums, type Draft } from './figure.ts';
import { scopeParams, type Scope } from './scope.ts';

/**
 * Attendance per (Stockholm) month at sessions that were held: marks of present against every mark taken
 * (expected). With a programme, only its participants' marks; with an activity or a kind of activity, only
 * its sessions.
 */
export async function attendance(tx: Queryable, scope: Scope): Promise<Draft> {
  const { rows } = await tx.query<{ month: string; attended: number; expected: number }>(
    // Counted per session first, so the month (a time-zone conversion) is worked out once a session. Without a
    // programme every mark counts, and the counts per session kept by migration 0031's triggers are read.
    scope.programmeId === null
      ? `select to_char(date_trunc('month', a.starts_at at time zone '${timeZone}'), 'YYYY-MM') as month,
                sum(a.present)::int as attended, sum(a.marked)::int as expected
           from dashboard_attendance_sessions a
          where a.unit_id = any($1::uuid[])
            and a.starts_at >= ($2::date::timestamp at time zone '${timeZone}')
            and a.starts_at < (($3::date + 1)::timestamp at time zone '${timeZone}')
            and ($5::uuid is null or a.activity_id = $5)
            and ($6::text is null or a.activity_id in (select t.id from dashboard_activity_types t where t.type = $6))
            and $4::uuid is null
          group by 1`
      : `select to_char(date_trunc('month', x.starts_at at time zone '${timeZone}'), 'YYYY-MM') as month,
                sum(x.attended)::int as attended, sum(x.expected)::int as expected
           from (select a.session_id, a.starts_at, count(*) filter (where a.status = 'present') as attended,
                        count(*) as expected
                   from dashboard_attendance a
                  where a.unit_id = any($1::uuid[])
                    and a.starts_at >= ($2::date::timestamp at time zone '${timeZone}')
                    and a.starts_at < (($3::date + 1)::timestamp at time zone '${timeZone}')
                    and ($5::uuid is null or a.activity_id = $5)
                    and ($6::text is null
                         or a.activity_id in (select t.id from dashboard_activity_types t where t.type = $6))
                    and a.participant_id in
                          (select e.participant_id from dashboard_enrolments e
                            where e.programme_id = $4 and e.unit_id = any($1::uuid[]))
                  group by a.session_id, a.starts_at) x
          group by 1`,
    scopeParams(scope),
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const draftRows = monthsBetween(scope.fromMonth, scope.toMonth).map((month) => {
    const r = byMonth.get(month);
    return {
      key: month,
      cells: [r?.attended ?? 0, (r?.expected ?? 0) - (r?.attended ?? 0), r?.expected ?? 0],
    };
  });
  return {
    key: 'attendance',
    chart: 'line',
    columns: [
      { key: 'attended', measure: 'count' },
      { key: 'notAttended', measure: 'count' },
      { key: 'expected', measure: 'count' },
    ],
    rows: draftRows,
    total: columnSums(draftRows, 3),
    rowTotal: true,
  };
}
