import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateProgrammeInput } from '#shared/programmes.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { useCreateProgramme } from './api.ts';
import { ProgrammeFields, programmeInput, type ProgrammeValues } from './programme-fields.tsx';
import { useProgrammeLabels } from './programme-labels.ts';

const form = 'programme-create';
const empty: ProgrammeValues = { name: '', funder: '', funderReference: '', startsOn: '', endsOn: '' };

export function ProgrammeCreateForm() {
  const { t } = useTranslation();
  const create = useCreateProgramme();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState(noErrors);
  const [created, setCreated] = useState<string | null>(null);
  const labels = useProgrammeLabels();
  const overrides = { fields: { endsOn: t('programmes.endsBeforeStart') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const parsed = CreateProgrammeInput.safeParse(programmeInput(values));
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (programme) => {
        setCreated(programme.name);
        setValues(empty);
      },
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h2 className="panel__title" id={`${form}-title`}>
        {t('programmes.createTitle')}
      </h2>
      {created && <Notice kind="success">{t('programmes.created', { name: created })}</Notice>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <ProgrammeFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <button className="button" type="submit" disabled={create.isPending}>
          {create.isPending ? t('form.sending') : t('programmes.create')}
        </button>
      </form>
    </section>
  );
}
