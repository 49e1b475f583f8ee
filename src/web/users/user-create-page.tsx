import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateUserInput, locales, type OneTimeLink } from '#shared/users.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Page } from '#web/components/page.tsx';
import { useCreateUser } from './api.ts';
import { MembershipsFieldset, emptyRow, membershipsInput } from './memberships-fieldset.tsx';
import { OneTimeLinkBox } from './one-time-link-box.tsx';

const form = 'user-create';

export function UserCreatePage() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [values, setValues] = useState({ name: '', email: '', locale: 'sv' });
  const [rows, setRows] = useState([emptyRow]);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [created, setCreated] = useState<{ name: string; link: OneTimeLink } | null>(null);
  const labels = { name: t('users.name'), email: t('users.email'), locale: t('users.locale') };
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { memberships, errors: rowErrors } = membershipsInput(t, rows);
    const parsed = CreateUserInput.safeParse({ ...values, memberships });
    const fields = { ...(parsed.success ? {} : errorsFromZod(t, parsed.error).fields) };
    if (Object.keys(rowErrors).length) delete fields.memberships;
    Object.assign(fields, rowErrors);
    if (!parsed.success || Object.keys(fields).length) return setErrors({ summary: null, fields });
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: ({ user, activationLink }) => setCreated({ name: user.name, link: activationLink }),
      onError: (error) =>
        setErrors(errorsFromProblem(t, error, { codes: { email_taken: t('users.emailTaken') } })),
    });
  };

  if (created) {
    return (
      <Page title={t('users.createdTitle', { name: created.name })}>
        <OneTimeLinkBox
          title={t('users.activationLink')}
          label={t('users.activationLink')}
          name={created.name}
          link={created.link}
        />
        <p>
          <Link to="/users">{t('users.back')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('users.createTitle')} lead={t('users.createLead')}>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="name"
          label={labels.name}
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
          error={errors.fields.name}
        />
        <TextField
          form={form}
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={set('email')}
          error={errors.fields.email}
        />
        <SelectField
          form={form}
          name="locale"
          label={labels.locale}
          width="medium"
          value={values.locale}
          onChange={set('locale')}
          error={errors.fields.locale}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`language.${locale}`)}
            </option>
          ))}
        </SelectField>
        <MembershipsFieldset form={form} rows={rows} onChange={setRows} errors={errors.fields} />
        <div className="button-row">
          <button className="button" type="submit" disabled={create.isPending}>
            {create.isPending ? t('form.sending') : t('users.create')}
          </button>
          <Link to="/users">{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
