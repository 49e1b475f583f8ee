import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CreateActivityInput } from '#shared/activities.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { noErrors } from '#web/components/form-errors.ts';
import { Page } from '#web/components/page.tsx';
import { useCreateActivity } from './api.ts';
import { problemErrors, zodErrors } from './activity-errors.ts';
import { ActivityFields } from './activity-fields.tsx';
import { activityInput, emptyValues, fieldLabels } from './activity-values.ts';
import './activities.css';

const form = 'activity-create';

export function ActivityCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateActivity();
  const [values, setValues] = useState(emptyValues);
  const [errors, setErrors] = useState(noErrors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateActivityInput.safeParse(activityInput(values));
    if (!parsed.success) return setErrors(zodErrors(t, parsed.error));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (activity) => navigate(`/activities/${activity.id}`, { state: { created: true } }),
      onError: (error) => setErrors(problemErrors(t, error)),
    });
  };

  return (
    <Page title={t('activities.createTitle')} lead={t('activities.createLead')}>
      <ErrorSummary form={form} errors={errors} labels={fieldLabels(t)} />
      <form className="form" onSubmit={submit} noValidate>
        <ActivityFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <div className="button-row">
          <button className="button" type="submit" disabled={create.isPending}>
            {create.isPending ? t('form.sending') : t('activities.create')}
          </button>
          <Link to="/activities">{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
