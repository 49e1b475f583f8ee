import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SetupInput } from '#shared/setup.ts';
import { useAuthOptions } from '#web/auth/api.ts';
import { NewPasswordFields, withConfirmation } from '#web/auth/new-password-fields.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { fragmentParams } from '#web/lib/url-fragment.ts';
import { useCompleteSetup } from './api.ts';

const form = 'setup';

/** First run: the link the server prints (`/setup#token=…`) creates the organisation and its first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [token] = useState(() => fragmentParams(hash).get('token') ?? '');
  const options = useAuthOptions();
  const setup = useCompleteSetup();
  const [values, setValues] = useState({ organisationName: '', name: '', email: '' });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const labels = {
    organisationName: t('setup.organisationName'),
    name: t('setup.name'),
    email: t('setup.email'),
    password: t('password.label'),
    confirm: t('password.confirm'),
  };
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SetupInput.safeParse({ token, ...values, password });
    const { token: badToken, ...fields } = withConfirmation(
      t,
      parsed.success ? {} : errorsFromZod(t, parsed.error).fields,
      password,
      confirm,
    );
    if (!parsed.success || Object.keys(fields).length) {
      return setErrors({ summary: badToken ? t('setup.noToken') : null, fields });
    }
    setErrors(noErrors);
    setup.mutate(parsed.data, {
      onSuccess: () => navigate('/login', { state: { notice: 'setupDone', email: parsed.data.email } }),
      onError: (error) => setErrors(errorsFromProblem(t, error, { codes: { gone: t('setup.gone') } })),
    });
  };

  if (options.isPending) return <Loading />;
  if (options.data && !options.data.setupRequired) {
    return (
      <Page title={t('setup.title')}>
        <Notice>{t('setup.alreadyDone')}</Notice>
        <p>
          <Link to="/login">{t('setup.toLogin')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('setup.title')} lead={t('setup.lead')}>
      {!token ? (
        <Notice kind="warning">{t('setup.noToken')}</Notice>
      ) : (
        <>
          <ErrorSummary form={form} errors={errors} labels={labels} />
          <form className="form" onSubmit={submit} noValidate>
            <TextField
              form={form}
              name="organisationName"
              label={labels.organisationName}
              hint={t('setup.organisationNameHint')}
              autoComplete="organization"
              value={values.organisationName}
              onChange={set('organisationName')}
              error={errors.fields.organisationName}
            />
            <TextField
              form={form}
              name="name"
              label={labels.name}
              autoComplete="name"
              value={values.name}
              onChange={set('name')}
              error={errors.fields.name}
            />
            <TextField
              form={form}
              name="email"
              type="email"
              label={labels.email}
              autoComplete="email"
              spellCheck={false}
              value={values.email}
              onChange={set('email')}
              error={errors.fields.email}
            />
            <NewPasswordFields
              form={form}
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              errors={errors.fields}
            />
            <div className="button-row">
              <button className="button" type="submit" disabled={setup.isPending}>
                {setup.isPending ? t('form.sending') : t('setup.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}
