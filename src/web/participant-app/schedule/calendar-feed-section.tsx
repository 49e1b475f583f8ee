import { useState } from 'react';
import type { MyCalendarFeeds, MyNewCalendarFeed } from '#shared/participant-app.ts';
import { api, seg } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApi } from '../lib/use-api.ts';
import { Notice } from '../shell/page.tsx';

/**
 * "Lägg till i min kalender": a personal iCalendar feed of her schedule for the calendar on her phone. The
 * address is shown once, when made; she can end any of hers (a lost phone).
 */
export function CalendarFeedSection() {
  const { t, language } = useI18n();
  const feeds = useApi<MyCalendarFeeds>('/api/me/calendar-feeds');
  const [made, setMade] = useState<MyNewCalendarFeed | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = async (step: () => Promise<void>) => {
    setBusy(true);
    setFailed(false);
    try {
      await step();
      feeds.reload();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const webcal = made?.url.replace(/^https?:/, 'webcal:');
  return (
    <section aria-labelledby="calendar" data-no-read>
      <h2 id="calendar">{t('calendar.title')}</h2>
      <p>{t('calendar.lead')}</p>
      {failed && <Notice kind="warning">{t('app.failed')}</Notice>}
      {made && webcal ? (
        <Notice kind="success">
          <p>{t('calendar.made')}</p>
          <p>
            <a className="p-button" href={webcal}>
              {t('calendar.open')}
            </a>
          </p>
          <p>
            <label htmlFor="feed-url">{t('calendar.address')}</label>
            <input id="feed-url" readOnly value={made.url} onFocus={(e) => e.target.select()} />
          </p>
        </Notice>
      ) : (
        <p className="p-actions">
          <button
            type="button"
            className="p-button"
            disabled={busy}
            onClick={() =>
              void act(async () => setMade(await api.post<MyNewCalendarFeed>('/api/me/calendar-feeds')))
            }
          >
            {t('calendar.make')}
          </button>
        </p>
      )}
      {feeds.data && feeds.data.feeds.length > 0 && (
        <ul className="p-list" aria-label={t('calendar.yours')}>
          {feeds.data.feeds.map((feed) => {
            const made = formatDateTime(new Date(feed.createdAt), language);
            return (
              <li key={feed.id} className="p-card">
                <p>{t('calendar.feed', { date: made })}</p>
                <button
                  type="button"
                  className="p-button p-button--secondary"
                  disabled={busy}
                  aria-label={t('calendar.endNamed', { date: made })}
                  onClick={() =>
                    void act(async () => {
                      await api.post(`/api/me/calendar-feeds/${seg(feed.id)}/revoke`);
                      setMade(null);
                    })
                  }
                >
                  {t('calendar.end')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
