import type { TFunction } from 'i18next';
import type { Lesson } from '#shared/lessons.ts';

/** The lesson form's values (what the teacher types and ticks). */
export type LessonValues = {
  title: string;
  description: string;
  languages: string[];
  activityIds: string[];
  videoUrl: string;
};

export const valuesOf = (lesson: Lesson | undefined): LessonValues => ({
  title: lesson?.title ?? '',
  description: lesson?.description ?? '',
  languages: lesson?.languages ?? [],
  activityIds: lesson?.activities.map((a) => a.id) ?? [],
  videoUrl: lesson?.videoUrl ?? '',
});

export const lessonInput = (v: LessonValues) => ({
  title: v.title,
  description: v.description,
  languages: v.languages,
  activityIds: v.activityIds,
  videoUrl: v.videoUrl,
});

export const fieldLabels = (t: TFunction): Record<keyof LessonValues, string> => ({
  title: t('lessons.titleField'),
  description: t('lessons.description'),
  languages: t('lessons.languages'),
  activityIds: t('lessons.groups'),
  videoUrl: t('lessons.videoUrl'),
});
