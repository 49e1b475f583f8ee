import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useCreateFeed, useOwnFeeds, useRevokeFeed } from './api.ts';
import './calendar.css';

/** "Min kalender": a feed of my sessions for my calendar app, its address shown once, and revoking it. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const feeds = useOwnFeeds();
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [copied, setCopied] = useState(false);
  const url = create.data?.url;
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const active = (feeds.data ?? []).filter((f) => !f.revokedAt);

  return (
    <Page title={t('calendar.title')} lead={t('calendar.lead')}>
      {create.error && <QueryError error={create.error} />}
      {url ? (
        <section className="calendar-new" aria-labelledby="calendar-new-heading">
          <h2 id="calendar-new-heading">{t('calendar.newTitle')}</h2>
          <p>{t('calendar.onlyOnce')}</p>
          <label className="field__label" htmlFor="calendar-url">
            {t('calendar.address')}
          </label>
          <input id="calendar-url" className="input calendar-url" readOnly value={url} dir="ltr" />
          <p className="button-row">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('calendar.copy')}
            </button>
          </p>
          {copied && <Notice kind="success">{t('calendar.copied')}</Notice>}
          <h3>{t('calendar.howTitle')}</h3>
          <ul>
            <li>{t('calendar.google')}</li>
            <li>{t('calendar.outlook')}</li>
            <li>{t('calendar.apple')}</li>
          </ul>
          <p>{t('calendar.secret')}</p>
        </section>
      ) : (
        <p className="button-row">
          <button
            type="button"
            className="button"
            disabled={create.isPending}
            onClick={() => create.mutate()}
          >
            {create.isPending ? t('form.sending') : t('calendar.create')}
          </button>
        </p>
      )}
      <h2 id="calendar-feeds-heading">{t('calendar.feedsTitle')}</h2>
      {feeds.isPending && <Loading />}
      {feeds.error && <QueryError error={feeds.error} retry={() => void feeds.refetch()} />}
      {revoke.isSuccess && <Notice kind="success">{t('calendar.revoked')}</Notice>}
      {feeds.data && active.length === 0 && <p>{t('calendar.none')}</p>}
      {active.length > 0 && (
        <TableRegion labelledBy="calendar-caption">
          <table className="table">
            <caption id="calendar-caption">{t('calendar.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calendar.created')}</th>
                <th scope="col">{t('calendar.lastRead')}</th>
                <th scope="col">{t('calendar.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {active.map((f) => {
                const created = formatDateTime(f.createdAt, i18n.language);
                return (
                  <tr key={f.id}>
                    <td>{created}</td>
                    <td>
                      {f.lastReadAt ? formatDateTime(f.lastReadAt, i18n.language) : t('calendar.neverRead')}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button-link"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate(f.id)}
                      >
                        {t('calendar.revokeFor', { created })}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Page>
  );
}
