import type { ParticipantSessions } from '#shared/attested-hours.ts';
import { queryString, seg } from '#web/lib/api.ts';

export type ExportFormat = 'csv' | 'xlsx';

export const isMonth = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/**
 * The address of an attested-hours file: one activity's, or the whole unit's without an activity. The headers
 * follow the interface language (Swedish unless English is chosen).
 */
export function hoursExportUrl(input: {
  activityId?: string;
  month: string;
  format: ExportFormat;
  language: string;
}): string {
  const query = queryString({
    month: input.month,
    format: input.format,
    lang: input.language.startsWith('en') ? 'en' : 'sv',
  });
  return input.activityId
    ? `/api/activities/${seg(input.activityId)}/attendance/export${query}`
    : `/api/attested-hours/export${query}`;
}

export type Mark = 'present' | 'absent' | 'excused' | 'notMarked' | 'cancelled';

/** What her line says about one session: cancelled first, whatever was marked before it was. */
export const markOf = (session: ParticipantSessions['sessions'][number]): Mark =>
  session.cancelledAt ? 'cancelled' : (session.status ?? 'notMarked');
