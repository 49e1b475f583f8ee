import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLooseThreads } from './api.ts';

/** On the home page: how many loose threads I have, and the way to them. */
export function LooseThreadsSummary() {
  const { t } = useTranslation();
  const threads = useLooseThreads({});
  const count = Object.values(threads.data?.counts ?? {}).reduce((sum, n) => sum + n, 0);
  return (
    <section aria-labelledby="home-loose-threads">
      <h2 id="home-loose-threads">{t('looseThreads.title')}</h2>
      {threads.data && (
        <p>{count === 0 ? t('looseThreads.summaryNone') : t('looseThreads.summary', { count })}</p>
      )}
      <p>
        <Link to="/loose-threads">{t('looseThreads.open')}</Link>
      </p>
    </section>
  );
}
