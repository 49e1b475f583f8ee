import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { TotpCode } from '#shared/auth.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Page } from '#web/components/page.tsx';
import { useVerifyCode } from './api.ts';
import { CodeField, normaliseCode } from './code-field.tsx';
import { loginStateOf, safeReturnPath } from './login-state.ts';
import { SecondStepGuard } from './second-step-guard.tsx';

const form = 'code';

/** The second step of signing in, for someone whose authenticator app is already connected. */
export function CodePage() {
  return (
    <SecondStepGuard step="totp">
      <CodeForm />
    </SecondStepGuard>
  );
}

function CodeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = loginStateOf(useLocation().state);
  const verify = useVerifyCode();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(noErrors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = TotpCode.safeParse({ code: normaliseCode(code) });
    if (!parsed.success)
      return setErrors(errorsFromZod(t, parsed.error, { fields: { code: t('code.format') } }));
    setErrors(noErrors);
    verify.mutate(parsed.data.code, {
      onSuccess: () => navigate(safeReturnPath(state.from), { replace: true }),
      onError: (error) => {
        setCode('');
        setErrors(errorsFromProblem(t, error, { codes: { unauthenticated: t('code.wrong') } }));
      },
    });
  };

  return (
    <Page title={t('code.title')} lead={t('code.lead')}>
      <ErrorSummary form={form} errors={errors} labels={{ code: t('code.label') }} />
      <form className="form" onSubmit={submit} noValidate>
        <CodeField
          form={form}
          label={t('code.label')}
          hint={t('code.hint')}
          value={code}
          onChange={setCode}
          error={errors.fields.code}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={verify.isPending}>
            {verify.isPending ? t('form.sending') : t('code.submit')}
          </button>
          <Link to="/login">{t('code.startOver')}</Link>
        </div>
      </form>
    </Page>
  );
}
