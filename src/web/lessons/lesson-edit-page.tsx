import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { UpdateLessonInput, type Lesson } from '#shared/lessons.ts';
import { EditForm } from '#web/components/edit-form.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { useActivities } from '#web/activities/api.ts';
import { localName } from '#web/participants/languages.ts';
import { currentOf, useLesson, useUpdateLesson } from './api.ts';
import { LessonFields } from './lesson-fields.tsx';
import { fieldLabels, lessonInput, valuesOf, type LessonValues } from './lesson-values.ts';
import './lessons.css';

const form = 'lesson-edit';

export function LessonEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const lesson = useLesson(id);
  return (
    <Page title={lesson.data ? t('lessons.editTitle', { title: lesson.data.title }) : t('lessons.edit')}>
      {lesson.isPending && <Loading />}
      {lesson.error && <QueryError error={lesson.error} />}
      {lesson.data && (
        <LessonEditForm
          key={lesson.data.id}
          lesson={lesson.data}
          latest={async () => (await lesson.refetch({ throwOnError: true })).data}
        />
      )}
    </Page>
  );
}

function LessonEditForm({ lesson, latest }: { lesson: Lesson; latest: () => Promise<Lesson | undefined> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateLesson(lesson.id);
  const activities = useActivities();
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: lesson,
    valuesOf,
    latest,
  });

  const show = (field: keyof LessonValues, v: LessonValues) => {
    if (field === 'languages')
      return v.languages.map((c) => localName(c, i18n.language)).join(', ') || t('lessons.noLanguages');
    if (field === 'activityIds')
      return (
        v.activityIds.map((a) => activities.data?.find((x) => x.id === a)?.title ?? a).join(', ') ||
        t('lessons.wholeUnit')
      );
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateLessonInput.safeParse({ ...lessonInput(values), version: base.version });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    saving();
    update.mutate(parsed.data, {
      onSuccess: () => navigate(`/lessons/${lesson.id}`, { state: { saved: true } }),
      onError: (error) => failed(error, (e) => errorsFromProblem(t, e), currentOf<Lesson>(error)),
    });
  };

  return (
    <EditForm
      form={form}
      errors={errors}
      labels={fieldLabels(t)}
      conflict={{ message: t('lessons.conflict'), show, ...notice }}
      pending={update.isPending}
      onSubmit={submit}
      cancelTo={`/lessons/${lesson.id}`}
    >
      <LessonFields form={form} values={values} onChange={setValues} errors={errors.fields} />
    </EditForm>
  );
}
