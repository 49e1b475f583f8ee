import type { TFunction } from 'i18next';
import type { Activity, ActivityType } from '#shared/activities.ts';
import { timeZone } from '#web/lib/format.ts';

/** A type's name in the interface language (the catalogue has Swedish and English). */
export const typeName = (type: ActivityType, lang: string): string =>
  lang === 'en' ? type.labelEn : type.labelSv;

/** The type of an activity in words, or its key when the catalogue has not loaded. */
export const typeOf = (key: string, types: ActivityType[] | undefined, lang: string): string => {
  const type = types?.find((x) => x.key === key);
  return type ? typeName(type, lang) : key;
};

export const leadersText = (t: TFunction, a: Activity): string =>
  a.staff.map((s) => s.name).join(', ') || t('activities.noLeaders');

export const placesText = (t: TFunction, a: Activity): string =>
  a.capacity === null
    ? t('activities.countOnly', { count: a.participantCount })
    : t('activities.countOf', { count: a.participantCount, capacity: a.capacity });

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });

/** A session as "tis 3 nov. 2026 09:00–11:00" in Stockholm time. */
export function sessionTime(startsAt: string, endsAt: string, lang: string): string {
  const day = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(new Date(startsAt));
  return `${day} ${timeFormat(lang).format(new Date(startsAt))}–${timeFormat(lang).format(new Date(endsAt))}`;
}
