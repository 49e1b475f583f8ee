import type { TFunction } from 'i18next';
import type { Activity } from '#shared/activities.ts';

/** The form's state: what the inputs hold, as text. */
export type ActivityValues = {
  type: string;
  title: string;
  description: string;
  place: string;
  onlineUrl: string;
  languages: string[];
  capacity: string;
  staffIds: string[];
};

export const emptyValues: ActivityValues = {
  type: '',
  title: '',
  description: '',
  place: '',
  onlineUrl: '',
  languages: [],
  capacity: '',
  staffIds: [],
};

export const valuesOf = (a: Activity | undefined): ActivityValues =>
  a
    ? {
        type: a.type,
        title: a.title,
        description: a.description ?? '',
        place: a.place ?? '',
        onlineUrl: a.onlineUrl ?? '',
        languages: a.languages,
        capacity: a.capacity === null ? '' : String(a.capacity),
        staffIds: a.staff.map((s) => s.userId),
      }
    : emptyValues;

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The form's values as the API wants them; the shared schema checks. A capacity that is not a number stays text, so the schema refuses it. */
export const activityInput = (v: ActivityValues) => ({
  type: v.type,
  title: v.title,
  description: orNull(v.description),
  place: orNull(v.place),
  onlineUrl: orNull(v.onlineUrl),
  languages: v.languages,
  capacity:
    v.capacity.trim() === ''
      ? null
      : /^\d+$/.test(v.capacity.trim())
        ? Number(v.capacity.trim())
        : (v.capacity as unknown as number),
  staffIds: v.staffIds,
});

export function fieldLabels(t: TFunction): Record<string, string> {
  return {
    type: t('activities.type'),
    title: t('activities.titleField'),
    description: t('activities.description'),
    place: t('activities.place'),
    onlineUrl: t('activities.onlineUrl'),
    languages: t('activities.languages'),
    capacity: t('activities.capacity'),
    staffIds: t('activities.staff'),
  };
}

/** Messages that say how to fix a field, beyond "invalid". */
export const fieldMessages = (t: TFunction): Record<string, string> => ({
  onlineUrl: t('activities.onlineUrlError'),
  capacity: t('activities.capacityError'),
  type: t('activities.typeError'),
});
