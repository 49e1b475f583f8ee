import { useState } from 'react';
import type { MyConsent, MyConsents, MyDataSummary } from '#shared/participant-app.ts';
import { api, seg } from '../lib/api.ts';
import { formatDate } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApi } from '../lib/use-api.ts';
import { LoadState } from '../shell/load-state.tsx';
import { Notice, Page } from '../shell/page.tsx';

function ConsentCard({ consent, onChanged }: { consent: MyConsent; onChanged: () => void }) {
  const { t, language } = useI18n();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const label = language.code === 'sv' || language.code === 'sv-x-easy' ? consent.labelSv : consent.labelEn;
  const withdraw = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await api.post(`/api/me/consents/${seg(consent.id)}/withdraw`);
      setAsking(false);
      onChanged();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="p-card">
      <h3>{label}</h3>
      <p>{t('myData.consentGiven', { date: formatDate(consent.givenOn, language) })}</p>
      {consent.withdrawnOn ? (
        <p>
          <strong>{t('myData.consentWithdrawn', { date: formatDate(consent.withdrawnOn, language) })}</strong>
        </p>
      ) : asking ? (
        <div data-no-read>
          <p>{t('myData.withdrawConfirm')}</p>
          {failed && <Notice kind="warning">{t('app.failed')}</Notice>}
          <p className="p-actions">
            <button type="button" className="p-button" disabled={busy} onClick={() => void withdraw()}>
              {t('myData.withdrawYes')}
            </button>
            <button type="button" className="p-button p-button--secondary" onClick={() => setAsking(false)}>
              {t('myData.withdrawNo')}
            </button>
          </p>
        </div>
      ) : (
        <p className="p-actions">
          <button
            type="button"
            className="p-button p-button--secondary"
            aria-label={t('myData.withdrawNamed', { purpose: label })}
            onClick={() => setAsking(true)}
          >
            {t('myData.withdraw')}
          </button>
        </p>
      )}
    </li>
  );
}

/** Mina uppgifter: what Rödtråd holds about her, a download of all of it, and her consents. */
export default function MyDataPage() {
  const { t } = useI18n();
  const summary = useApi<MyDataSummary>('/api/me/data');
  const consents = useApi<MyConsents>('/api/me/consents');
  const held = summary.data?.categories.filter((c) => c.count > 0) ?? [];
  return (
    <Page title={t('myData.title')} lead={t('myData.lead')}>
      <LoadState state={summary} />
      {summary.data && (
        <>
          <h2>{t('myData.personTitle')}</h2>
          <ul>
            {summary.data.personFields.map((field) => (
              <li key={field}>{t(`myData.fields.${field}`)}</li>
            ))}
          </ul>
          <h2>{t('myData.heldTitle')}</h2>
          <ul>
            {held.map((c) => (
              <li key={c.key}>{t(`myData.categories.${c.key}`, { count: c.count })}</li>
            ))}
          </ul>
          <p data-no-read>
            <a className="p-button" href="/api/me/data/export" download="rodtrad-mina-uppgifter.json">
              {t('myData.download')}
            </a>
          </p>
          <p>{t('myData.downloadHint')}</p>
          <p>{t('myData.withheld')}</p>
        </>
      )}
      <h2>{t('myData.consentsTitle')}</h2>
      <p>{t('myData.consentsLead')}</p>
      <LoadState state={consents} />
      {consents.data && consents.data.consents.length === 0 && <p>{t('myData.noConsents')}</p>}
      {consents.data && consents.data.consents.length > 0 && (
        <ul className="p-list">
          {consents.data.consents.map((consent) => (
            <ConsentCard key={consent.id} consent={consent} onChanged={consents.reload} />
          ))}
        </ul>
      )}
    </Page>
  );
}
