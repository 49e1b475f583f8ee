import type { MyLesson } from '#shared/lessons.ts';
import type { PageProps } from '../features.ts';
import { Icon } from '../icons/icons.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { onLinkClick } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';
import { Notice, Page } from '../shell/page.tsx';
import { SavedMark } from '../shell/saved-mark.tsx';
import './lessons.css';

/** Mina lektioner: the list, kept by the service worker so it opens offline once loaded. */
export default function LessonsPage(_: PageProps) {
  const { t } = useI18n();
  const list = useApi<MyLesson[]>('/api/me/lessons');
  return (
    <Page title={t('lessons.title')} lead={t('lessons.lead')}>
      <SavedMark savedAt={list.savedAt} />
      {list.loading && !list.data && <p className="p-loading">{t('app.loading')}</p>}
      {list.error !== null && !list.data && (
        <Notice kind="warning">
          {t('app.failed')}{' '}
          <button type="button" className="p-button p-button--quiet" onClick={list.reload}>
            {t('app.retry')}
          </button>
        </Notice>
      )}
      {list.data && list.data.length === 0 && <p>{t('lessons.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="p-list">
          {list.data.map((lesson) => {
            const to = `/app/lessons/${lesson.id}`;
            return (
              <li key={lesson.id} className="p-card">
                <a className="p-with-icon p-lesson-link" href={to} onClick={(e) => onLinkClick(e, to)}>
                  <Icon name="lessons" />
                  <span>
                    <strong className="p-lesson-link__title" dir="auto">
                      {lesson.title}
                    </strong>
                    <span className="p-muted p-lesson-link__state">
                      {lesson.views ? t('lessons.views', { count: lesson.views }) : t('lessons.notSeen')}
                      {lesson.understoodAt && ` · ${t('lessons.understoodMark')}`}
                    </span>
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}
