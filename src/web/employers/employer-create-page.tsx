import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CreateEmployerInput, type EmployerSummary } from '#shared/employers.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { noErrors } from '#web/components/form-errors.ts';
import { Page } from '#web/components/page.tsx';
import { existingOf, useCreateEmployer } from './api.ts';
import { problemErrors, zodErrors } from './employer-errors.ts';
import { EmployerFields } from './employer-fields.tsx';
import { emptyValues, employerInput, fieldLabels } from './employer-values.ts';
import { TakenNotice } from './taken-notice.tsx';
import './employers.css';

const form = 'employer-create';

export function EmployerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEmployer();
  const [values, setValues] = useState(emptyValues);
  const [errors, setErrors] = useState(noErrors);
  const [existing, setExisting] = useState<EmployerSummary | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setExisting(null);
    const input = employerInput(values);
    const parsed = CreateEmployerInput.safeParse(input);
    if (!parsed.success) return setErrors(zodErrors(t, parsed.error, input));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (employer) => navigate(`/employers/${employer.id}`, { state: { created: true } }),
      onError: (error) => {
        setExisting(existingOf(error));
        setErrors(problemErrors(t, error, input));
      },
    });
  };

  return (
    <Page title={t('employers.createTitle')} lead={t('employers.createLead')}>
      <ErrorSummary form={form} errors={errors} labels={fieldLabels(t, values)} />
      {existing && <TakenNotice existing={existing} />}
      <form className="form" onSubmit={submit} noValidate>
        <EmployerFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <div className="button-row">
          <button className="button" type="submit" disabled={create.isPending}>
            {create.isPending ? t('form.sending') : t('employers.create')}
          </button>
          <Link to="/employers">{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
