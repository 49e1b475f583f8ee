import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField } from '#web/components/field.tsx';
import { errorsFromProblem, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useColleagues, useReassign } from './api.ts';

const form = 'reassign';

/** Moves a colleague's whole caseload to another (when someone leaves or is away for long). */
export function ReassignForm() {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const reassign = useReassign();
  const [values, setValues] = useState({ fromUserId: '', toUserId: '' });
  const [errors, setErrors] = useState(noErrors);
  const [moved, setMoved] = useState<number | null>(null);
  const labels = { fromUserId: t('reassign.from'), toUserId: t('reassign.to') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMoved(null);
    const fields: Record<string, string> = {};
    if (!values.fromUserId) fields.fromUserId = t('reassign.chooseColleague');
    if (!values.toUserId) fields.toUserId = t('reassign.chooseColleague');
    else if (values.toUserId === values.fromUserId) fields.toUserId = t('reassign.same');
    if (Object.keys(fields).length) return setErrors({ summary: null, fields });
    setErrors(noErrors);
    reassign.mutate(values, {
      onSuccess: (result) => {
        setMoved(result.moved);
        setValues({ fromUserId: '', toUserId: '' });
      },
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  const select = (name: 'fromUserId' | 'toUserId') => (
    <SelectField
      form={form}
      name={name}
      label={labels[name]}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      error={errors.fields[name]}
    >
      <option value="">{t('reassign.chooseColleague')}</option>
      {colleagues.data?.map((c) => (
        <option key={c.userId} value={c.userId}>
          {c.name} ({c.roles.map((r) => t(`roles.${r}` as never)).join(', ')})
        </option>
      ))}
    </SelectField>
  );

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h2 className="panel__title" id={`${form}-title`}>
        {t('reassign.formTitle')}
      </h2>
      <p>{t('reassign.formLead')}</p>
      {moved !== null && <Notice kind="success">{t('reassign.moved', { count: moved })}</Notice>}
      {colleagues.error && <QueryError error={colleagues.error} retry={() => void colleagues.refetch()} />}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        {select('fromUserId')}
        {select('toUserId')}
        <button className="button" type="submit" disabled={reassign.isPending}>
          {reassign.isPending ? t('form.sending') : t('reassign.submit')}
        </button>
      </form>
    </section>
  );
}
