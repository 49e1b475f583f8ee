import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { UpdateUnitInput, type Unit } from '#shared/units.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { EditForm } from '#web/components/edit-form.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { useUnit, useUpdateUnit } from './api.ts';
import { UnitFields, unitInput } from './unit-fields.tsx';

const form = 'unit-edit';

export function UnitEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const unit = useUnit(id);
  return (
    <Page title={t('units.editTitle')}>
      {unit.isPending && <Loading />}
      {unit.error && <QueryError error={unit.error} />}
      {/* The form keeps the version it was filled from; a conflict loads a newer one on request. */}
      {unit.data && (
        <UnitEditForm
          key={unit.data.id}
          unit={unit.data}
          latest={async () => (await unit.refetch({ throwOnError: true })).data}
        />
      )}
      <p>
        <Link to="/units">{t('units.back')}</Link>
      </p>
    </Page>
  );
}

const valuesOf = (unit: Unit | undefined) => ({
  name: unit?.name ?? '',
  municipalityCode: unit?.municipalityCode ?? '',
  archived: unit ? unit.archivedAt !== null : false,
});

type Props = { unit: Unit; latest: () => Promise<Unit | undefined> };

function UnitEditForm({ unit, latest }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateUnit(unit.id);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: unit,
    valuesOf,
    latest,
  });
  const labels = {
    name: t('units.name'),
    municipalityCode: t('units.municipalityCode'),
    archived: t('units.archive'),
  };
  const overrides = { fields: { municipalityCode: t('units.codeFormat') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { archived, ...fields } = values;
    const parsed = UpdateUnitInput.safeParse({ ...unitInput(fields), archived, version: base.version });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    saving();
    update.mutate(parsed.data, {
      onSuccess: () => navigate('/units', { state: { saved: true } }),
      onError: (error) => failed(error, (e) => errorsFromProblem(t, e, overrides)),
    });
  };

  return (
    <EditForm
      form={form}
      errors={errors}
      labels={labels}
      conflict={{ message: t('units.conflict'), ...notice }}
      pending={update.isPending}
      onSubmit={submit}
      cancelTo="/units"
    >
      <UnitFields
        form={form}
        values={values}
        onChange={(v) => setValues({ ...values, ...v })}
        errors={errors.fields}
      />
      <CheckboxField
        form={form}
        name="archived"
        label={labels.archived}
        hint={t('units.archiveHint')}
        checked={values.archived}
        onChange={(e) => setValues({ ...values, archived: e.target.checked })}
      />
    </EditForm>
  );
}
