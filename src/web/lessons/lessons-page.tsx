import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { useLessons } from './api.ts';
import './lessons.css';

/** Lektioner: the unit's video lessons with who watched, understood, and feedback waiting for an answer. */
export function LessonsPage() {
  const { t } = useTranslation();
  const canWrite = useAbility('lessons.write');
  const list = useLessons();
  const lessons = (list.data ?? []).filter((l) => l.status !== 'archived');
  return (
    <Page title={t('lessons.title')} lead={t('lessons.lead')} wide>
      {canWrite && (
        <p className="button-row">
          <Link className="button" to="/lessons/new">
            {t('lessons.newLink')}
          </Link>
        </p>
      )}
      {list.isPending && <Loading />}
      {list.error && <QueryError error={list.error} retry={() => void list.refetch()} />}
      {list.data && lessons.length === 0 && <p>{t('lessons.empty')}</p>}
      {lessons.length > 0 && (
        <TableRegion labelledBy="lessons-caption">
          <table className="table">
            <caption id="lessons-caption">{t('lessons.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lessons.titleField')}</th>
                <th scope="col">{t('lessons.status')}</th>
                <th scope="col">{t('lessons.groups')}</th>
                <th scope="col">{t('lessons.watchers')}</th>
                <th scope="col">{t('lessons.understood')}</th>
                <th scope="col">{t('lessons.unanswered')}</th>
              </tr>
            </thead>
            <tbody>
              {lessons.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    <Link to={`/lessons/${l.id}`}>{l.title}</Link>
                  </th>
                  <td>{t(`lessons.statuses.${l.status}`)}</td>
                  <td>{l.activities.map((a) => a.title).join(', ') || t('lessons.wholeUnit')}</td>
                  <td>{l.watchers}</td>
                  <td>{l.understood}</td>
                  <td>{l.unanswered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Page>
  );
}
