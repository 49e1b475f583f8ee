import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PauseRemindersInput } from '#shared/messages.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { usePauseReminders } from './api.ts';
import { pauseInput, type PauseValues } from './message-values.ts';

const form = 'reminder-pause';
const empty: PauseValues = { untilOn: '', reason: '' };

/** Pauses her reminders from today, until a day or until someone ends the pause. */
export function PauseForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const pause = usePauseReminders(participantId);
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState(noErrors);
  const labels = { untilOn: t('messages.pause.untilOn'), reason: t('messages.pause.reason') };
  const overrides = { fields: { reason: t('messages.pause.reasonRequired') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PauseRemindersInput.safeParse(pauseInput(values));
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    pause.mutate(parsed.data, {
      onSuccess: () => {
        setValues(empty);
        onDone();
      },
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h4 className="panel__title" id={`${form}-title`}>
        {t('messages.pause.title')}
      </h4>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="untilOn"
          type="date"
          width="medium"
          label={labels.untilOn}
          hint={t('messages.pause.untilOnHint')}
          optional
          value={values.untilOn}
          onChange={(e) => setValues({ ...values, untilOn: e.target.value })}
          error={errors.fields.untilOn}
        />
        <TextField
          form={form}
          name="reason"
          label={labels.reason}
          hint={t('messages.pause.reasonHint')}
          maxLength={500}
          value={values.reason}
          onChange={(e) => setValues({ ...values, reason: e.target.value })}
          error={errors.fields.reason}
        />
        <button className="button" type="submit" disabled={pause.isPending}>
          {pause.isPending ? t('form.sending') : t('messages.pause.submit')}
        </button>
      </form>
    </section>
  );
}
