import { useState } from 'react';
import { getPasskey } from '#web/participant-access/webauthn-json.ts';
import { api } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { Notice, Page } from '../shell/page.tsx';
import { problemKey, type ProblemKey, type Start } from './problems.ts';

/** Her later visits: the phone offers her passkey for this site; no name to type. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const t = useT();
  const [problem, setProblem] = useState<ProblemKey | null>(null);
  const [busy, setBusy] = useState(false);
  const signIn = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const start = await api.post<Start>('/api/app/sign-in/options', {});
      const response = await getPasskey(start.options);
      await api.post('/api/app/sign-in', { ceremonyId: start.ceremonyId, response });
      await onSignedIn();
    } catch (error) {
      setProblem(problemKey(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')}>
      {problem && <Notice kind="warning">{t(`signIn.${problem}`)}</Notice>}
      <p className="p-actions">
        <button type="button" className="p-button" disabled={busy} onClick={() => void signIn()}>
          {t('signIn.withPasskey')}
        </button>
      </p>
    </Page>
  );
}
