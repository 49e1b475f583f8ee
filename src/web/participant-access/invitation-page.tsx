import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Me } from '#shared/participant-access.ts';
import { TextField } from '#web/components/field.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { api, isApiError } from '#web/lib/api.ts';
import { fragmentParams } from '#web/lib/url-fragment.ts';
import { createPasskey, getPasskey } from './webauthn-json.ts';

type Start = { ceremonyId: string; firstName?: string; options: Record<string, unknown> };

/** Why a step failed, in words for her: the link is spent, a code is wrong, or try again. */
function problemKey(error: unknown) {
  if (isApiError(error, 'gone')) return 'linkGone' as const;
  if (isApiError(error, 'not_found') || isApiError(error, 'validation')) return 'linkUnknown' as const;
  if (isApiError(error, 'locked')) return 'locked' as const;
  if (isApiError(error, 'rate_limited')) return 'tooMany' as const;
  if (isApiError(error, 'unauthenticated')) return 'signInFailed' as const;
  return 'tryAgain' as const;
}

function SignedIn({ me }: { me: Omit<Me, 'csrfToken'> }) {
  const { t } = useTranslation();
  return (
    <Page title={t('participantApp.public.hello', { name: me.firstName })}>
      <Notice kind="success">{t('participantApp.public.signedIn')}</Notice>
      <p>{t('participantApp.public.soon')}</p>
    </Page>
  );
}

/**
 * The participant's first visit, from her coach's link (`/app/invitation#token=…`, the token in the fragment):
 * she creates a passkey, or where her phone cannot, gets a code by SMS.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [token] = useState(() => fragmentParams(hash).get('token') ?? '');
  const [me, setMe] = useState<Me | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof problemKey> | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

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
      setMe(await api.get<Me>('/api/me'));
    });
  const sendCode = () =>
    run(async () => {
      setSentTo((await api.post<{ sentTo: string }>('/api/app/invitation/code', { token })).sentTo);
    });
  const signInWithCode = (event: FormEvent) => {
    event.preventDefault();
    setCodeError(undefined);
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('participantApp.public.codeShape'));
      return;
    }
    void run(async () => {
      try {
        await api.post('/api/app/invitation/code-sign-in', { token, code: code.trim() });
      } catch (error) {
        if (isApiError(error, 'validation')) {
          setCodeError(t('participantApp.public.codeWrong'));
          return;
        }
        throw error;
      }
      setMe(await api.get<Me>('/api/me'));
    });
  };

  if (me) return <SignedIn me={me} />;
  if (!token || problem === 'linkGone' || problem === 'linkUnknown' || problem === 'locked')
    return (
      <Page title={t('participantApp.public.title')}>
        <Notice kind="warning">{t(`participantApp.public.${!token ? 'linkUnknown' : problem!}`)}</Notice>
      </Page>
    );
  return (
    <Page title={t('participantApp.public.title')} lead={t('participantApp.public.lead')}>
      {problem && <Notice kind="warning">{t(`participantApp.public.${problem}`)}</Notice>}
      {sentTo ? (
        <form noValidate onSubmit={signInWithCode}>
          <p>{t('participantApp.public.codeSent', { to: sentTo })}</p>
          <TextField
            form="app-code"
            name="code"
            label={t('participantApp.public.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            error={codeError}
            onChange={(e) => setCode(e.target.value)}
            width="short"
          />
          <p className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {t('participantApp.public.signIn')}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => void register()}>
              {t('participantApp.public.createPasskey')}
            </button>
          </p>
          <p>{t('participantApp.public.noPasskey')}</p>
          <p className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void sendCode()}
            >
              {t('participantApp.public.sendCode')}
            </button>
          </p>
        </>
      )}
    </Page>
  );
}

/** Her later visits (`/app`): the phone offers her passkey for this site; no name to type. */
export function ParticipantSignInPage() {
  const { t } = useTranslation();
  const [me, setMe] = useState<Me | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof problemKey> | null>(null);
  const [busy, setBusy] = useState(false);
  const signIn = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const start = await api.post<Start>('/api/app/sign-in/options', {});
      const response = await getPasskey(start.options);
      await api.post('/api/app/sign-in', { ceremonyId: start.ceremonyId, response });
      setMe(await api.get<Me>('/api/me'));
    } catch (error) {
      setProblem(problemKey(error));
    } finally {
      setBusy(false);
    }
  };
  if (me) return <SignedIn me={me} />;
  return (
    <Page title={t('participantApp.public.signInTitle')} lead={t('participantApp.public.signInLead')}>
      {problem && <Notice kind="warning">{t(`participantApp.public.${problem}`)}</Notice>}
      <p className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void signIn()}>
          {t('participantApp.public.signInPasskey')}
        </button>
      </p>
    </Page>
  );
}
