import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CreateLessonInput } from '#shared/lessons.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Page } from '#web/components/page.tsx';
import { useCreateLesson } from './api.ts';
import { LessonFields } from './lesson-fields.tsx';
import { fieldLabels, lessonInput, valuesOf } from './lesson-values.ts';
import './lessons.css';

const form = 'lesson-create';

export function LessonCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateLesson();
  const [values, setValues] = useState(() => valuesOf(undefined));
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateLessonInput.safeParse(lessonInput(values));
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (lesson) => navigate(`/lessons/${lesson.id}`, { state: { saved: true } }),
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  return (
    <Page title={t('lessons.newTitle')} lead={t('lessons.newLead')}>
      <ErrorSummary form={form} errors={errors} labels={fieldLabels(t)} />
      <form className="form" onSubmit={submit} noValidate>
        <LessonFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <div className="button-row">
          <button className="button" type="submit" disabled={create.isPending}>
            {create.isPending ? t('form.sending') : t('lessons.create')}
          </button>
          <Link to="/lessons">{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
