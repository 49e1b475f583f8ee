import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateOutcomeSettingsInput, type OutcomeSettings } from '#shared/milestones.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { api } from '#web/lib/api.ts';
import { parseLabels, parseMonths } from './settings-values.ts';

const key = ['outcome-settings'] as const;
const form = 'outcome-settings';

/** For administrators: when follow-ups fall due after an exit, and the labels offered for other milestones. */
export function OutcomeSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: key,
    queryFn: () => api.get<OutcomeSettings>('/api/outcome-settings'),
  });
  return (
    <Page title={t('outcomeSettings.title')} lead={t('outcomeSettings.lead')}>
      {settings.isPending && <Loading />}
      {settings.error && <QueryError error={settings.error} retry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm settings={settings.data} />}
    </Page>
  );
}

function SettingsForm({ settings }: { settings: OutcomeSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: unknown) => api.put<OutcomeSettings>('/api/outcome-settings', input),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  const [months, setMonths] = useState(settings.followUpMonths.join(', '));
  const [labels, setLabels] = useState(settings.otherMilestoneLabels.join('\n'));
  const [errors, setErrors] = useState(noErrors);
  const [saved, setSaved] = useState(false);
  const fieldLabels = {
    followUpMonths: t('outcomeSettings.months'),
    otherMilestoneLabels: t('outcomeSettings.labels'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = UpdateOutcomeSettingsInput.safeParse({
      followUpMonths: parseMonths(months),
      otherMilestoneLabels: parseLabels(labels),
      version: settings.version,
    });
    const overrides = {
      fields: { followUpMonths: t('outcomeSettings.monthsInvalid') },
      codes: { version_conflict: t('outcomeSettings.conflict') },
    };
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    save.mutate(parsed.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <>
      {saved && <Notice kind="success">{t('outcomeSettings.saved')}</Notice>}
      <ErrorSummary form={form} errors={errors} labels={fieldLabels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="followUpMonths"
          label={fieldLabels.followUpMonths}
          hint={t('outcomeSettings.monthsHint')}
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          error={errors.fields.followUpMonths}
        />
        <TextAreaField
          form={form}
          name="otherMilestoneLabels"
          label={fieldLabels.otherMilestoneLabels}
          hint={t('outcomeSettings.labelsHint')}
          optional
          rows={5}
          value={labels}
          onChange={(e) => setLabels(e.target.value)}
          error={errors.fields.otherMilestoneLabels}
        />
        <button className="button" type="submit" disabled={save.isPending}>
          {save.isPending ? t('form.sending') : t('outcomeSettings.save')}
        </button>
      </form>
    </>
  );
}
