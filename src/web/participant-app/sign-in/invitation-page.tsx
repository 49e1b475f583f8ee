import { useId, useState, type FormEvent } from 'react';
import { createPasskey } from '#web/participant-access/webauthn-json.ts';
import { api, isApiError } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { Notice, Page } from '../shell/page.tsx';
import { problemKey, type ProblemKey, type Start } from './problems.ts';

const tokenOfLink = () => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';

/**
 * Her first visit, from her coach's link (`/app/invitation#token=…`, the token in the fragment so it never
 * reaches a server log): she creates a passkey, or where her phone cannot, gets a code by SMS.
 */
export function InvitationPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const t = useT();
  const codeId = useId();
  const [token] = useState(tokenOfLink);
  const [problem, setProblem] = useState<ProblemKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await step();
    } catch (error) {
      setProblem(problemKey(error));
    } finally {
      setBusy(false);
    }
  };
  const register = () =>
    run(async () => {
      const start = await api.post<Start>('/api/app/invitation/registration-options', { token });
      const response = await createPasskey(start.options);
      await api.post('/api/app/invitation/registration', { token, ceremonyId: start.ceremonyId, response });
      window.history.replaceState(null, '', '/app');
      await onSignedIn();
    });
  const sendCode = () =>
    run(async () => {
      setSentTo((await api.post<{ sentTo: string }>('/api/app/invitation/code', { token })).sentTo);
    });
  const signInWithCode = (event: FormEvent) => {
    event.preventDefault();
    setCodeError(null);
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('signIn.codeShape'));
      return;
    }
    void run(async () => {
      try {
        await api.post('/api/app/invitation/code-sign-in', { token, code: code.trim() });
      } catch (error) {
        if (isApiError(error, 'validation')) {
          setCodeError(t('signIn.codeWrong'));
          return;
        }
        throw error;
      }
      window.history.replaceState(null, '', '/app');
      await onSignedIn();
    });
  };

  if (!token || problem === 'linkGone' || problem === 'linkUnknown' || problem === 'locked')
    return (
      <Page title={t('signIn.invitationTitle')}>
        <Notice kind="warning">{t(`signIn.${!token ? 'linkUnknown' : problem!}`)}</Notice>
      </Page>
    );
  return (
    <Page title={t('signIn.invitationTitle')} lead={t('signIn.invitationLead')}>
      {problem && <Notice kind="warning">{t(`signIn.${problem}`)}</Notice>}
      {sentTo ? (
        <form noValidate onSubmit={signInWithCode} className="p-form">
          <p>{t('signIn.codeSent', { to: sentTo })}</p>
          <label htmlFor={codeId}>{t('signIn.code')}</label>
          {codeError && (
            <p className="p-field-error" id={`${codeId}-error`}>
              {codeError}
            </p>
          )}
          <input
            id={codeId}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? `${codeId}-error` : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
          <p className="p-actions">
            <button type="submit" className="p-button" disabled={busy}>
              {t('signIn.signIn')}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p className="p-actions">
            <button type="button" className="p-button" disabled={busy} onClick={() => void register()}>
              {t('signIn.createPasskey')}
            </button>
          </p>
          <p>{t('signIn.noPasskey')}</p>
          <p className="p-actions">
            <button
              type="button"
              className="p-button p-button--secondary"
              disabled={busy}
              onClick={() => void sendCode()}
            >
              {t('signIn.sendCode')}
            </button>
          </p>
        </>
      )}
    </Page>
  );
}
