import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '#shared/consents.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';
import { purposeLabel, useConsentPurposes, useConsents } from './api.ts';
import { GiveConsentForm } from './give-consent-form.tsx';
import { WithdrawConsentForm } from './withdraw-consent-form.tsx';

type Action = { kind: 'give'; purpose: string } | { kind: 'withdraw'; consent: Consent } | null;

/** Samtycke per purpose: standing or not, with the history of withdrawn ones below. */
export function ConsentsSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const purposes = useConsentPurposes();
  const consents = useConsents(participantId);
  const canWrite = useAbility('consents.write');
  const [action, setAction] = useState<Action>(null);
  const [done, setDone] = useState<string | null>(null);
  const lang = i18n.language;
  const label = (key: string) =>
    purposeLabel(
      purposes.data?.find((p) => p.key === key),
      key,
      lang,
    );
  const standing = (key: string) => consents.data?.find((c) => c.purpose === key && !c.withdrawnOn);
  const withdrawn = consents.data?.filter((c) => c.withdrawnOn) ?? [];
  const how = (date: string, method: string, by: string | null) =>
    t('consents.how', {
      date: formatDate(date, lang),
      method: t(`consents.methods.${method}` as never),
      by: by ?? t('consents.unknown'),
    });
  const finish = (message: string) => () => {
    setAction(null);
    setDone(message);
  };

  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consents.title')}</h2>
      <p>{t('consents.lead')}</p>
      {done && <Notice kind="success">{done}</Notice>}
      {(purposes.isPending || consents.isPending) && <Loading />}
      {purposes.error && <QueryError error={purposes.error} retry={() => void purposes.refetch()} />}
      {consents.error && <QueryError error={consents.error} retry={() => void consents.refetch()} />}
      {purposes.data && consents.data && (
        <TableRegion labelledBy="consents-caption">
          <table className="table">
            <caption id="consents-caption">{t('consents.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consents.purpose')}</th>
                <th scope="col">{t('consents.status')}</th>
                {canWrite && <th scope="col">{t('consents.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {purposes.data
                .filter((p) => !p.archived || standing(p.key))
                .map((p) => {
                  const c = standing(p.key);
                  const name = label(p.key);
                  return (
                    <tr key={p.key}>
                      <th scope="row">{name}</th>
                      <td>
                        {c ? (
                          <>
                            <span className="tag tag--success">{t('consents.given')}</span>{' '}
                            {how(c.givenOn, c.givenMethod, c.givenRecordedBy)}
                          </>
                        ) : (
                          <span className="tag tag--muted">{t('consents.notGiven')}</span>
                        )}
                      </td>
                      {canWrite && (
                        <td>
                          <button
                            type="button"
                            className="button-link"
                            onClick={() =>
                              setAction(
                                c ? { kind: 'withdraw', consent: c } : { kind: 'give', purpose: p.key },
                              )
                            }
                          >
                            {c
                              ? t('consents.withdrawFor', { purpose: name })
                              : t('consents.giveFor', { purpose: name })}
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </TableRegion>
      )}
      {action?.kind === 'give' && (
        <GiveConsentForm
          key={action.purpose}
          participantId={participantId}
          purpose={action.purpose}
          label={label(action.purpose)}
          onDone={finish(t('consents.givenNotice', { purpose: label(action.purpose) }))}
          onCancel={() => setAction(null)}
        />
      )}
      {action?.kind === 'withdraw' && (
        <WithdrawConsentForm
          key={action.consent.id}
          consent={action.consent}
          label={label(action.consent.purpose)}
          onDone={finish(t('consents.withdrawnNotice', { purpose: label(action.consent.purpose) }))}
          onCancel={() => setAction(null)}
        />
      )}
      {withdrawn.length > 0 && (
        <TableRegion labelledBy="consents-history-caption">
          <table className="table">
            <caption id="consents-history-caption">{t('consents.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consents.purpose')}</th>
                <th scope="col">{t('consents.given')}</th>
                <th scope="col">{t('consents.withdrawn')}</th>
              </tr>
            </thead>
            <tbody>
              {withdrawn.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{label(c.purpose)}</th>
                  <td>{how(c.givenOn, c.givenMethod, c.givenRecordedBy)}</td>
                  <td>{how(c.withdrawnOn ?? '', c.withdrawnMethod ?? '', c.withdrawnRecordedBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
