import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { UpdateActivityInput, type Activity } from '#shared/activities.ts';
import { EditForm } from '#web/components/edit-form.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { currentOf, useActivity, useActivityTypes, useColleagues, useUpdateActivity } from './api.ts';
import { problemErrors, zodErrors } from './activity-errors.ts';
import { ActivityFields } from './activity-fields.tsx';
import { typeOf } from './activity-text.ts';
import { activityInput, fieldLabels, valuesOf, type ActivityValues } from './activity-values.ts';
import { localName } from '#web/participants/languages.ts';
import './activities.css';

const form = 'activity-edit';

export function ActivityEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const activity = useActivity(id);
  return (
    <Page
      title={
        activity.data ? t('activities.editTitle', { title: activity.data.title }) : t('activities.editLink')
      }
    >
      {activity.isPending && <Loading />}
      {activity.error && <QueryError error={activity.error} />}
      {activity.data && (
        <ActivityEditForm
          key={activity.data.id}
          activity={activity.data}
          latest={async () => (await activity.refetch({ throwOnError: true })).data}
        />
      )}
    </Page>
  );
}

type Props = { activity: Activity; latest: () => Promise<Activity | undefined> };

function ActivityEditForm({ activity, latest }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateActivity(activity.id);
  const types = useActivityTypes();
  const colleagues = useColleagues();
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: activity,
    valuesOf,
    latest,
  });

  // Lists and the type in words for the conflict notice; the rest as typed.
  const show = (field: keyof ActivityValues, v: ActivityValues) => {
    if (field === 'type') return typeOf(v.type, types.data, i18n.language);
    if (field === 'languages')
      return v.languages.map((c) => localName(c, i18n.language)).join(', ') || t('conflict.empty');
    if (field === 'staffIds')
      return (
        v.staffIds.map((s) => colleagues.data?.find((c) => c.userId === s)?.name ?? s).join(', ') ||
        t('conflict.empty')
      );
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateActivityInput.safeParse({ ...activityInput(values), version: base.version });
    if (!parsed.success) return setErrors(zodErrors(t, parsed.error));
    saving();
    update.mutate(parsed.data, {
      onSuccess: () => navigate(`/activities/${activity.id}`, { state: { saved: true } }),
      onError: (error) => failed(error, (e) => problemErrors(t, e), currentOf<Activity>(error)),
    });
  };

  return (
    <EditForm
      form={form}
      errors={errors}
      labels={fieldLabels(t)}
      conflict={{ message: t('activities.conflict'), show, ...notice }}
      pending={update.isPending}
      onSubmit={submit}
      cancelTo={`/activities/${activity.id}`}
    >
      <ActivityFields form={form} values={values} onChange={setValues} errors={errors.fields} />
    </EditForm>
  );
}
