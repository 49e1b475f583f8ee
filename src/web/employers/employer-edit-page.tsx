import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { UpdateEmployerInput, type Employer, type EmployerSummary } from '#shared/employers.ts';
import { EditForm } from '#web/components/edit-form.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { currentOf, existingOf, useEmployer, useUpdateEmployer } from './api.ts';
import { problemErrors, zodErrors } from './employer-errors.ts';
import { EmployerFields } from './employer-fields.tsx';
import { employerInput, fieldLabels, valuesOf, type EmployerValues } from './employer-values.ts';
import { TakenNotice } from './taken-notice.tsx';
import './employers.css';

const form = 'employer-edit';

export function EmployerEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const employer = useEmployer(id);
  return (
    <Page
      title={employer.data ? t('employers.editTitle', { name: employer.data.name }) : t('employers.editLink')}
    >
      {employer.isPending && <Loading />}
      {employer.error && <QueryError error={employer.error} />}
      {/* The form keeps the version it was filled from; a conflict loads a newer one on request. */}
      {employer.data && (
        <EmployerEditForm
          key={employer.data.id}
          employer={employer.data}
          latest={async () => (await employer.refetch({ throwOnError: true })).data}
        />
      )}
    </Page>
  );
}

type Props = { employer: Employer; latest: () => Promise<Employer | undefined> };

function EmployerEditForm({ employer, latest }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateEmployer(employer.id);
  const [existing, setExisting] = useState<EmployerSummary | null>(null);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: employer,
    valuesOf,
    latest,
  });

  // Offers and contact people in words; the rest as typed.
  const show = (field: keyof EmployerValues, v: EmployerValues) => {
    if (field === 'offers')
      return v.offers.map((o) => t(`employers.offerNames.${o}`)).join(', ') || undefined;
    if (field === 'contacts') return v.contacts.map((c) => c.name).join(', ') || t('conflict.empty');
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setExisting(null);
    const input = employerInput(values);
    const parsed = UpdateEmployerInput.safeParse({ ...input, version: base.version });
    if (!parsed.success) return setErrors(zodErrors(t, parsed.error, input));
    saving();
    update.mutate(parsed.data, {
      onSuccess: () => navigate(`/employers/${employer.id}`, { state: { saved: true } }),
      // The 409 carries the current record, so the notice needs no second request.
      onError: (error) => {
        setExisting(existingOf(error));
        failed(error, (e) => problemErrors(t, e, input), currentOf(error));
      },
    });
  };

  return (
    <EditForm
      form={form}
      errors={errors}
      labels={fieldLabels(t, values)}
      conflict={{ message: t('employers.conflict'), show, ...notice }}
      pending={update.isPending}
      onSubmit={submit}
      cancelTo={`/employers/${employer.id}`}
      intro={existing && <TakenNotice existing={existing} />}
    >
      <EmployerFields form={form} values={values} onChange={setValues} errors={errors.fields} />
    </EditForm>
  );
}
