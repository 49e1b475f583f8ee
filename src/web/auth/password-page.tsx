import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PasswordResetInput } from '#shared/auth.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { fragmentParams } from '#web/lib/url-fragment.ts';
import { useSetPassword } from './api.ts';
import { NewPasswordFields, withConfirmation } from './new-password-fields.tsx';

const form = 'password';

/** Opened from an activation or reset link (`/password#token=…&kind=activation|reset`). */
export function PasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [link] = useState(() => {
    const params = fragmentParams(hash);
    return {
      token: params.get('token') ?? '',
      kind: params.get('kind') === 'reset' ? 'reset' : 'activation',
    };
  });
  const setPassword = useSetPassword();
  const [password, setPasswordValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const activation = link.kind === 'activation';
  const labels = { password: t('password.newLabel'), confirm: t('password.confirm') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PasswordResetInput.safeParse({ token: link.token, password });
    const fields = parsed.success ? {} : errorsFromZod(t, parsed.error).fields;
    const { token: badToken, ...all } = withConfirmation(t, fields, password, confirm);
    if (!parsed.success || Object.keys(all).length) {
      return setErrors({ summary: badToken ? t('password.noToken') : null, fields: all });
    }
    setErrors(noErrors);
    setPassword.mutate(parsed.data, {
      onSuccess: () => navigate('/login', { state: { notice: 'passwordSet' } }),
      onError: (error) => setErrors(errorsFromProblem(t, error, { codes: { gone: t('password.gone') } })),
    });
  };

  return (
    <Page
      title={activation ? t('password.titleActivation') : t('password.titleReset')}
      lead={activation ? t('password.leadActivation') : t('password.leadReset')}
    >
      {!link.token ? (
        <Notice kind="warning">{t('password.noToken')}</Notice>
      ) : (
        <>
          <ErrorSummary form={form} errors={errors} labels={labels} />
          <form className="form" onSubmit={submit} noValidate>
            <NewPasswordFields
              form={form}
              label={labels.password}
              password={password}
              confirm={confirm}
              onPassword={setPasswordValue}
              onConfirm={setConfirm}
              errors={errors.fields}
            />
            <div className="button-row">
              <button className="button" type="submit" disabled={setPassword.isPending}>
                {setPassword.isPending ? t('form.sending') : t('password.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}
