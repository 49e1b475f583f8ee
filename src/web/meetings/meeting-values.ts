import type { TFunction } from 'i18next';
import type { Meeting } from '#shared/meetings.ts';
import { stockholmInstant, stockholmParts } from '#web/activities/session-time.ts';
import type { FormErrors } from '#web/components/form-errors.ts';

/** The booking form as it holds its values: a Stockholm day with start and end on the wall clock. */
export type MeetingValues = {
  date: string;
  startTime: string;
  endTime: string;
  title: string;
  agenda: string;
  place: string;
  onlineUrl: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  staffIds: string[];
};

/** The form's values for a meeting, or for a new one with the given staff chosen. */
export function meetingValues(meeting: Meeting | undefined, staffIds: string[] = []): MeetingValues {
  if (!meeting) {
    return {
      date: '',
      startTime: '',
      endTime: '',
      title: '',
      agenda: '',
      place: '',
      onlineUrl: '',
      interpreterNeeded: false,
      interpreterLanguage: '',
      staffIds,
    };
  }
  const start = stockholmParts(meeting.startsAt);
  return {
    date: start.date,
    startTime: start.time,
    endTime: stockholmParts(meeting.endsAt).time,
    title: meeting.title,
    agenda: meeting.agenda ?? '',
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    interpreterNeeded: meeting.interpreterNeeded,
    interpreterLanguage: meeting.interpreterLanguage ?? '',
    staffIds: [...meeting.staff.map((s) => s.id)].sort(),
  };
}

const instant = (date: string, time: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? stockholmInstant(date, time) : '';

/** The values as the API wants them (the shared contract then checks them). */
export const meetingInput = (v: MeetingValues) => ({
  startsAt: instant(v.date, v.startTime),
  endsAt: instant(v.date, v.endTime),
  title: v.title,
  agenda: v.agenda,
  place: v.place,
  onlineUrl: v.onlineUrl.trim(),
  interpreterNeeded: v.interpreterNeeded,
  interpreterLanguage: v.interpreterNeeded ? v.interpreterLanguage || null : null,
  staffIds: v.staffIds,
});

/** "09:00" + 60 minutes, on the same day (never past 23:59). */
export function timeAfter(time: string, minutes: number): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return '';
  const total = Math.min(Number(m[1]) * 60 + Number(m[2]) + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The contract's fields as the form's: a timestamp is made of the day and a time, so its error is put on the
 * field that is empty or wrong (the end time when the end is before the start).
 */
export function onFormFields(t: TFunction, found: FormErrors, v: MeetingValues): FormErrors {
  const { startsAt, endsAt, ...fields } = found.fields;
  if (startsAt) {
    if (!v.date) fields.date = t('meetings.dateRequired');
    else fields.startTime = t('meetings.startRequired');
  }
  if (endsAt && !fields.date && !fields.startTime) {
    fields.endTime = v.endTime ? t('meetings.endAfterStart') : t('meetings.endRequired');
  }
  return { ...found, fields };
}
