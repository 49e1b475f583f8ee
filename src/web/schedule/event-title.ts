import type { TFunction } from 'i18next';
import type { ScheduleEvent } from '#shared/schedule.ts';
import { kindLabel } from '#web/placements/placement-text.ts';

/** An event's title in the interface language: a placement by kind and employer, a staff member's meeting by her first name. */
export function eventTitle(e: ScheduleEvent, t: TFunction, lang: string): string {
  if (e.kind === 'placement' && e.placementKind) return `${kindLabel(e.placementKind, lang)}: ${e.title}`;
  if (e.kind === 'meeting' && e.firstName) return t('schedule.meetingWith', { name: e.firstName });
  return e.title;
}
