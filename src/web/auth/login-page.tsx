import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginInput } from '#shared/auth.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { useAuthOptions, useLogin } from './api.ts';
import { loginStateOf } from './login-state.ts';
import './auth.css';

const form = 'login';

function ssoErrors(t: TFunction, code: string | null): FormErrors {
  if (!code) return noErrors;
  return { summary: code === 'no_account' ? t('login.ssoNoAccount') : t('login.ssoFailed'), fields: {} };
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = loginStateOf(useLocation().state);
  const [search] = useSearchParams();
  const options = useAuthOptions();
  const login = useLogin();
  const [email, setEmail] = useState(state.email ?? '');
  const [password, setPassword] = useState('');
  // Single sign-on comes back here with `?error=<code>` when it failed.
  const [errors, setErrors] = useState(() => ssoErrors(t, search.get('error')));
  const labels = { email: t('login.email'), password: t('password.label') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = LoginInput.safeParse({ email, password });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    login.mutate(parsed.data, {
      onSuccess: (next) =>
        navigate(next === 'totp' ? '/login/code' : '/login/enrol', { state: { from: state.from } }),
      onError: (error) => {
        setPassword('');
        setErrors(
          errorsFromProblem(t, error, {
            codes: { unauthenticated: t('login.wrongCredentials'), forbidden: t('login.disabled') },
          }),
        );
      },
    });
  };

  // ... or with `?step=totp|totp_enrolment` when the code from the app is still needed.
  const step = search.get('step');
  if (step === 'totp' || step === 'totp_enrolment') {
    return (
      <Navigate to={step === 'totp' ? '/login/code' : '/login/enrol'} replace state={{ from: state.from }} />
    );
  }

  return (
    <Page title={t('login.title')}>
      {state.notice && <Notice kind="success">{t(`login.notices.${state.notice}`)}</Notice>}
      {options.data?.setupRequired && <Notice kind="warning">{t('login.setupRequired')}</Notice>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {options.data?.oidc && (
        <>
          <p>
            <a className="button button--secondary" href="/api/auth/oidc/start">
              {t('login.oidc', { label: options.data.oidc.label })}
            </a>
          </p>
          <p className="auth-divider">{t('login.or')}</p>
        </>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="email"
          type="email"
          label={labels.email}
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <TextField
          form={form}
          name="password"
          type="password"
          label={labels.password}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={login.isPending}>
            {login.isPending ? t('form.sending') : t('login.submit')}
          </button>
        </div>
      </form>
      <p className="auth-help muted">{t('login.forgot')}</p>
    </Page>
  );
}
