import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { UpdateProgrammeInput, type Programme } from '#shared/programmes.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { dateInWords } from '#web/components/conflict-values.ts';
import { EditForm } from '#web/components/edit-form.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { useProgrammes, useUpdateProgramme } from './api.ts';
import { ProgrammeFields, programmeInput } from './programme-fields.tsx';
import { useProgrammeLabels } from './programme-labels.ts';

const form = 'programme-edit';

export function ProgrammeEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const programmes = useProgrammes();
  const programme = programmes.data?.find((p) => p.id === id);
  return (
    <Page title={t('programmes.editTitle')}>
      {programmes.isPending && <Loading />}
      {programmes.error && <QueryError error={programmes.error} />}
      {programmes.data && !programme && <p>{t('errors.problems.not_found')}</p>}
      {/* The form keeps the version it was filled from; a conflict loads a newer one on request. */}
      {programme && (
        <ProgrammeEditForm
          key={programme.id}
          programme={programme}
          latest={async () =>
            (await programmes.refetch({ throwOnError: true })).data?.find((p) => p.id === id)
          }
        />
      )}
      <p>
        <Link to="/programmes">{t('programmes.back')}</Link>
      </p>
    </Page>
  );
}

const valuesOf = (p: Programme) => ({
  name: p.name,
  funder: p.funder ?? '',
  funderReference: p.funderReference ?? '',
  startsOn: p.startsOn,
  endsOn: p.endsOn ?? '',
  archived: p.archivedAt !== null,
});

type Props = { programme: Programme; latest: () => Promise<Programme | undefined> };

function ProgrammeEditForm({ programme, latest }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateProgramme(programme.id);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: programme,
    valuesOf,
    latest,
  });
  const labels = { ...useProgrammeLabels(), archived: t('programmes.archive') };
  const overrides = { fields: { endsOn: t('programmes.endsBeforeStart') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { archived, ...fields } = values;
    const parsed = UpdateProgrammeInput.safeParse({
      ...programmeInput(fields),
      archived,
      version: base.version,
    });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    saving();
    update.mutate(parsed.data, {
      onSuccess: () => navigate('/programmes', { state: { saved: true } }),
      onError: (error) => failed(error, (e) => errorsFromProblem(t, e, overrides)),
    });
  };

  return (
    <EditForm
      form={form}
      errors={errors}
      labels={labels}
      conflict={{
        message: t('programmes.conflict'),
        // Dates in words; the rest as typed.
        show: (field, v) =>
          field === 'startsOn' || field === 'endsOn' ? dateInWords(v[field], i18n.language) : undefined,
        ...notice,
      }}
      pending={update.isPending}
      onSubmit={submit}
      cancelTo="/programmes"
    >
      <ProgrammeFields
        form={form}
        values={values}
        onChange={(v) => setValues({ ...values, ...v })}
        errors={errors.fields}
      />
      <CheckboxField
        form={form}
        name="archived"
        label={labels.archived}
        hint={t('programmes.archiveHint')}
        checked={values.archived}
        onChange={(e) => setValues({ ...values, archived: e.target.checked })}
      />
    </EditForm>
  );
}
