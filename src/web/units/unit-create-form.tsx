import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateUnitInput } from '#shared/units.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { useCreateUnit } from './api.ts';
import { UnitFields, unitInput, type UnitValues } from './unit-fields.tsx';

const form = 'unit-create';
const empty: UnitValues = { name: '', municipalityCode: '' };

export function UnitCreateForm() {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState(noErrors);
  const [created, setCreated] = useState<string | null>(null);
  const labels = { name: t('units.name'), municipalityCode: t('units.municipalityCode') };
  const overrides = { fields: { municipalityCode: t('units.codeFormat') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const parsed = CreateUnitInput.safeParse(unitInput(values));
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (unit) => {
        setCreated(unit.name);
        setValues(empty);
      },
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h2 className="panel__title" id={`${form}-title`}>
        {t('units.createTitle')}
      </h2>
      {created && <Notice kind="success">{t('units.created', { name: created })}</Notice>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <UnitFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <button className="button" type="submit" disabled={create.isPending}>
          {create.isPending ? t('form.sending') : t('units.create')}
        </button>
      </form>
    </section>
  );
}
