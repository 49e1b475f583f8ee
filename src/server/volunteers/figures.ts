import type { LanguageFriendFigures } from '#shared/language-friends.ts';
import type { Queryable } from '../db/types.ts';

/**
 * Language-friend figures for the dashboard and the Språkvänner page, for the given units (the caller decides
 * which the reader may see and audits the read): volunteers by status now, matches active and in their trial
 * month now, meetings and hours per Stockholm month from the meeting logs between `from` and `to` (both
 * included), and the matches that lasted six months (from the start of the trial to their end, or to today).
 * Counts only: no names.
 */
export async function languageFriendFigures(
  tx: Queryable,
  options: { unitIds: readonly string[]; from: string; to: string },
): Promise<LanguageFriendFigures> {
  const units = [...options.unitIds];
  const byStatus = await tx.query<{ status: string; count: number }>(
    `select status, count(*)::int as count from volunteers where unit_id = any($1::uuid[])
      group by status order by status`,
    [units],
  );
  const matches = await tx.query<{ active: number; trial: number; six: number }>(
    `select count(*) filter (where status = 'active')::int as active,
            count(*) filter (where status = 'trial')::int as trial,
            count(*) filter (where trial_started_on is not null and trial_started_on + interval '6 months'
              <= coalesce((ended_at at time zone 'Europe/Stockholm')::date,
                          (now() at time zone 'Europe/Stockholm')::date))::int as six
       from language_friend_matches where unit_id = any($1::uuid[])`,
    [units],
  );
  const perMonth = await tx.query<{ month: string; meetings: number; hours: string }>(
    `select to_char(met_on, 'YYYY-MM') as month, count(*)::int as meetings, sum(hours)::text as hours
       from language_friend_meeting_logs
      where unit_id = any($1::uuid[]) and met_on between $2::date and $3::date
      group by 1 order by 1`,
    [units, options.from, options.to],
  );
  return {
    volunteersByStatus: byStatus.rows,
    activeMatches: matches.rows[0]!.active,
    trialMatches: matches.rows[0]!.trial,
    perMonth: perMonth.rows.map((r) => ({ month: r.month, meetings: r.meetings, hours: Number(r.hours) })),
    lastedSixMonths: matches.rows[0]!.six,
  };
}
