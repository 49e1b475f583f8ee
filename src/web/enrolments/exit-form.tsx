import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExitInput, exitReasons, exitStatuses, type Enrolment } from '#shared/enrolments.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { todayIso } from '#web/lib/format.ts';
import { useExit } from './api.ts';

const form = 'exit';

/** Ends an enrolment (avslut) with the reason and her situation afterwards. */
export function ExitForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: () => void }) {
  const { t } = useTranslation();
  const exit = useExit(enrolment.participantId);
  const [values, setValues] = useState({ exitedOn: todayIso(), reason: '', status: '', note: '' });
  const [errors, setErrors] = useState(noErrors);
  const labels = {
    exitedOn: t('enrolments.exitedOn'),
    reason: t('enrolments.reason'),
    status: t('enrolments.status'),
    note: t('enrolments.note'),
  };
  const overrides = {
    fields: { reason: t('enrolments.chooseReason'), status: t('enrolments.chooseStatus') },
    codes: { version_conflict: t('enrolments.conflict'), conflict: t('enrolments.alreadyExited') },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ExitInput.safeParse({
      ...values,
      note: values.note.trim() || null,
      version: enrolment.version,
    });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    exit.mutate(
      { id: enrolment.id, ...parsed.data },
      { onSuccess: onDone, onError: (error) => setErrors(errorsFromProblem(t, error, overrides)) },
    );
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('enrolments.exitTitle', { programme: enrolment.programmeName })}
      </h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="exitedOn"
          type="date"
          width="medium"
          label={labels.exitedOn}
          value={values.exitedOn}
          onChange={(e) => setValues({ ...values, exitedOn: e.target.value })}
          error={errors.fields.exitedOn}
        />
        <SelectField
          form={form}
          name="reason"
          label={labels.reason}
          value={values.reason}
          onChange={(e) => setValues({ ...values, reason: e.target.value })}
          error={errors.fields.reason}
        >
          <option value="">{t('enrolments.chooseReason')}</option>
          {exitReasons.map((r) => (
            <option key={r} value={r}>
              {t(`enrolments.reasons.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          form={form}
          name="status"
          label={labels.status}
          hint={t('enrolments.statusHint')}
          value={values.status}
          onChange={(e) => setValues({ ...values, status: e.target.value })}
          error={errors.fields.status}
        >
          <option value="">{t('enrolments.chooseStatus')}</option>
          {exitStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`enrolments.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          form={form}
          name="note"
          label={labels.note}
          optional
          rows={3}
          value={values.note}
          onChange={(e) => setValues({ ...values, note: e.target.value })}
          error={errors.fields.note}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={exit.isPending}>
            {exit.isPending ? t('form.sending') : t('enrolments.exit')}
          </button>
          <button type="button" className="button-link" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
