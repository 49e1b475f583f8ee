import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateConsentPurposeInput } from '#shared/consents.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { useCreateConsentPurpose } from './api.ts';

const form = 'purpose-create';
const empty = { key: '', labelSv: '', labelEn: '' };

/** A purpose of the organisation's own, beside the built-in ones. */
export function PurposeCreateForm() {
  const { t } = useTranslation();
  const create = useCreateConsentPurpose();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState(noErrors);
  const [created, setCreated] = useState<string | null>(null);
  const labels = {
    key: t('consentPurposes.key'),
    labelSv: t('consentPurposes.labelSv'),
    labelEn: t('consentPurposes.labelEn'),
  };
  const overrides = {
    fields: { key: t('consentPurposes.keyInvalid') },
    codes: { name_taken: t('consentPurposes.keyTaken') },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const parsed = CreateConsentPurposeInput.safeParse(values);
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (purpose) => {
        setCreated(purpose.labelSv);
        setValues(empty);
      },
      onError: (error) =>
        setErrors(
          errorsFromProblem(t, error, { ...overrides, fields: { key: t('consentPurposes.keyTaken') } }),
        ),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h2 className="panel__title" id={`${form}-title`}>
        {t('consentPurposes.createTitle')}
      </h2>
      {created && <Notice kind="success">{t('consentPurposes.created', { name: created })}</Notice>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="key"
          label={labels.key}
          hint={t('consentPurposes.keyHint')}
          width="short"
          autoComplete="off"
          spellCheck={false}
          value={values.key}
          onChange={(e) => setValues({ ...values, key: e.target.value })}
          error={errors.fields.key}
        />
        {(['labelSv', 'labelEn'] as const).map((name) => (
          <TextField
            key={name}
            form={form}
            name={name}
            label={labels[name]}
            lang={name === 'labelSv' ? 'sv' : 'en'}
            value={values[name]}
            onChange={(e) => setValues({ ...values, [name]: e.target.value })}
            error={errors.fields[name]}
          />
        ))}
        <button className="button" type="submit" disabled={create.isPending}>
          {create.isPending ? t('form.sending') : t('consentPurposes.create')}
        </button>
      </form>
    </section>
  );
}
