import { monthsBetween } from '#shared/dashboards.ts';
import type { Queryable } from '../db/types.ts';
import { AppError } from '../lib/errors.ts';
import { languageFriendFigures } from '../volunteers/figures.ts';
import type { Draft } from './figure.ts';
import type { Scope } from './scope.ts';

/** Volunteer statuses shown (an erased volunteer is a tombstone, not a volunteer). */
export const volunteerStatuses = ['new', 'interview_booked', 'approved', 'declined', 'paused'] as const;

/** The register is read under the unit's row-level security, so these figures are for a unit's own staff. */
function figuresOf(tx: Queryable, scope: Scope) {
  if (scope.suppressed) {
    throw new AppError('forbidden', 'Language-friend figures are shown to a unit’s staff for their unit.');
  }
  return languageFriendFigures(tx, { unitIds: scope.unitIds, from: scope.from, to: scope.to });
}

/** Språkvän: volunteers by status today, matches active and on trial, and matches that lasted six months. */
export async function languageFriends(tx: Queryable, scope: Scope): Promise<Draft> {
  const f = await figuresOf(tx, scope);
  const byStatus = new Map(f.volunteersByStatus.map((s) => [s.status, s.count]));
  return {
    key: 'languageFriends',
    chart: 'bar',
    columns: [{ key: 'count', measure: 'count' }],
    rows: [
      ...volunteerStatuses.map((s) => ({ key: s, cells: [byStatus.get(s) ?? 0] })),
      { key: 'active_matches', cells: [f.activeMatches] },
      { key: 'trial_matches', cells: [f.trialMatches] },
      { key: 'lasted_six_months', cells: [f.lastedSixMonths] },
    ],
    total: null,
  };
}

/** Språkvän meetings and their hours per month, from the meeting log. */
export async function languageFriendMeetings(tx: Queryable, scope: Scope): Promise<Draft> {
  const f = await figuresOf(tx, scope);
  const byMonth = new Map(f.perMonth.map((m) => [m.month, m]));
  return {
    key: 'languageFriendMeetings',
    chart: 'line',
    columns: [
      { key: 'meetings', measure: 'count' },
      { key: 'hours', measure: 'amount' },
    ],
    rows: monthsBetween(scope.fromMonth, scope.toMonth).map((month) => ({
      key: month,
      cells: [byMonth.get(month)?.meetings ?? 0, byMonth.get(month)?.hours ?? 0],
    })),
    total: null,
  };
}
