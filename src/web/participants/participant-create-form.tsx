import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateParticipantInput } from '#shared/participants.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { useCreateParticipant } from './api.ts';

const form = 'participant-create';
const empty = { firstName: '', lastName: '', birthDate: '' };

export function ParticipantCreateForm() {
  const { t } = useTranslation();
  const create = useCreateParticipant();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState(noErrors);
  const [created, setCreated] = useState<string | null>(null);
  const labels = {
    firstName: t('participants.firstName'),
    lastName: t('participants.lastName'),
    birthDate: t('participants.birthDate'),
  };
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const parsed = CreateParticipantInput.safeParse({ ...values, birthDate: values.birthDate || null });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (p) => {
        setCreated(`${p.firstName} ${p.lastName}`);
        setValues(empty);
      },
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h2 className="panel__title" id={`${form}-title`}>
        {t('participants.createTitle')}
      </h2>
      {created && <Notice kind="success">{t('participants.created', { name: created })}</Notice>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="firstName"
          label={labels.firstName}
          autoComplete="off"
          value={values.firstName}
          onChange={set('firstName')}
          error={errors.fields.firstName}
        />
        <TextField
          form={form}
          name="lastName"
          label={labels.lastName}
          autoComplete="off"
          value={values.lastName}
          onChange={set('lastName')}
          error={errors.fields.lastName}
        />
        <TextField
          form={form}
          name="birthDate"
          type="date"
          label={labels.birthDate}
          optional
          width="medium"
          value={values.birthDate}
          onChange={set('birthDate')}
          error={errors.fields.birthDate}
        />
        <button className="button" type="submit" disabled={create.isPending}>
          {create.isPending ? t('form.sending') : t('participants.create')}
        </button>
      </form>
    </section>
  );
}
