import { useTranslation } from 'react-i18next';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useAccessLog } from './api.ts';
import { accessSentence } from './access-sentence.ts';
import './access-log.css';

/** Who has opened her file, in sentences plain enough to read out or show to her. */
export function AccessLogSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const log = useAccessLog(participantId);
  return (
    <section aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t('accessLog.title')}</h2>
      <p>{t('accessLog.lead')}</p>
      {log.isPending && <Loading />}
      {log.error && <QueryError error={log.error} retry={() => void log.refetch()} />}
      {log.data?.length === 0 && <p>{t('accessLog.empty')}</p>}
      {log.data && log.data.length > 0 && (
        <ul className="access-log">
          {log.data.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>{accessSentence(t, entry, i18n.language)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
