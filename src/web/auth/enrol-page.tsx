import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { TotpCode } from '#shared/auth.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { useConfirmEnrolment, useEnrolment } from './api.ts';
import { CodeField, normaliseCode } from './code-field.tsx';
import { loginStateOf, safeReturnPath } from './login-state.ts';
import { SecondStepGuard } from './second-step-guard.tsx';
import './auth.css';

const form = 'enrol';

/** First sign-in: connect an authenticator app (QR code or key), then confirm with its first code. */
export function EnrolPage() {
  return (
    <SecondStepGuard step="totp_enrolment">
      <EnrolForm />
    </SecondStepGuard>
  );
}

function EnrolForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = loginStateOf(useLocation().state);
  const enrolment = useEnrolment();
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(noErrors);

  if (isApiError(enrolment.error, 'unauthenticated') || isApiError(enrolment.error, 'csrf')) {
    return <Navigate to="/login" replace state={{ from: state.from, notice: 'restart' }} />;
  }
  if (isApiError(enrolment.error, 'two_factor_enabled')) {
    return <Navigate to="/login/code" replace state={{ from: state.from }} />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = TotpCode.safeParse({ code: normaliseCode(code) });
    if (!parsed.success)
      return setErrors(errorsFromZod(t, parsed.error, { fields: { code: t('code.format') } }));
    setErrors(noErrors);
    confirm.mutate(parsed.data.code, {
      onSuccess: () => navigate(safeReturnPath(state.from), { replace: true }),
      onError: (error) => {
        setCode('');
        setErrors(errorsFromProblem(t, error, { codes: { unauthenticated: t('enrol.wrong') } }));
      },
    });
  };

  return (
    <Page title={t('enrol.title')} lead={t('enrol.lead')}>
      <ErrorSummary form={form} errors={errors} labels={{ code: t('code.label') }} />
      {enrolment.error && <QueryError error={enrolment.error} retry={() => void enrolment.refetch()} />}
      {enrolment.isPending && <Loading />}
      {enrolment.data && (
        <ol className="enrol-steps">
          <li>{t('enrol.step1')}</li>
          <li>
            <p>{t('enrol.step2')}</p>
            <img
              className="enrol-qr"
              src={enrolment.data.qrDataUrl}
              alt={t('enrol.qrAlt')}
              width={240}
              height={240}
            />
            <p>{t('enrol.manual')}</p>
            <p>
              <code className="enrol-secret" data-testid="totp-secret">
                {enrolment.data.secret}
              </code>
            </p>
          </li>
          <li>
            <p>{t('enrol.step3')}</p>
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
                <button className="button" type="submit" disabled={confirm.isPending}>
                  {confirm.isPending ? t('form.sending') : t('enrol.submit')}
                </button>
                <Link to="/login">{t('code.startOver')}</Link>
              </div>
            </form>
          </li>
        </ol>
      )}
    </Page>
  );
}
