import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Lesson } from '#shared/lessons.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { problemMessage } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { localName } from '#web/participants/languages.ts';
import { lessonPath, useLesson, useLessonStatus } from './api.ts';
import { LessonMediaSection } from './lesson-media-section.tsx';
import { LessonReportSection } from './lesson-report-section.tsx';
import './lessons.css';

export function LessonPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const lesson = useLesson(id);
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  return (
    <Page title={lesson.data?.title ?? t('lessons.title')} wide>
      <p>
        <Link to="/lessons">{t('lessons.back')}</Link>
      </p>
      {saved && <Notice kind="success">{t('lessons.saved')}</Notice>}
      {lesson.isPending && <Loading />}
      {lesson.error && <QueryError error={lesson.error} retry={() => void lesson.refetch()} />}
      {lesson.data && (
        <>
          <LessonSummary lesson={lesson.data} />
          <LessonPlayer lesson={lesson.data} />
          <LessonMediaSection lesson={lesson.data} />
          <LessonReportSection lesson={lesson.data} />
        </>
      )}
    </Page>
  );
}

function LessonSummary({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation();
  const canWrite = useAbility('lessons.write');
  const status = useLessonStatus(lesson.id);
  const act = (action: 'publish' | 'unpublish' | 'archive') =>
    status.mutate({ action, version: lesson.version });
  return (
    <section aria-labelledby="lesson-about">
      <h2 id="lesson-about">{t('lessons.about')}</h2>
      <dl className="lesson-facts">
        <dt>{t('lessons.status')}</dt>
        <dd>{t(`lessons.statuses.${lesson.status}`)}</dd>
        <dt>{t('lessons.groups')}</dt>
        <dd>{lesson.activities.map((a) => a.title).join(', ') || t('lessons.wholeUnit')}</dd>
        <dt>{t('lessons.languages')}</dt>
        <dd>
          {lesson.languages.map((c) => localName(c, i18n.language)).join(', ') || t('lessons.noLanguages')}
        </dd>
        {lesson.description && (
          <>
            <dt>{t('lessons.description')}</dt>
            <dd className="lesson-text">{lesson.description}</dd>
          </>
        )}
      </dl>
      {status.error && <Notice kind="warning">{problemMessage(t, status.error)}</Notice>}
      {canWrite && lesson.status !== 'archived' && (
        <div className="button-row">
          <Link className="button button--secondary" to={`/lessons/${lesson.id}/edit`}>
            {t('lessons.edit')}
          </Link>
          {lesson.status === 'draft' && (
            <button
              className="button"
              type="button"
              disabled={status.isPending}
              onClick={() => act('publish')}
            >
              {t('lessons.publish')}
            </button>
          )}
          {lesson.status === 'published' && (
            <button
              className="button button--secondary"
              type="button"
              disabled={status.isPending}
              onClick={() => act('unpublish')}
            >
              {t('lessons.unpublish')}
            </button>
          )}
          <button
            className="button button--secondary"
            type="button"
            disabled={status.isPending}
            onClick={() => act('archive')}
          >
            {t('lessons.archive')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The uploaded video with every subtitle track, or the link to the municipality's video service. */
function LessonPlayer({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation();
  if (!lesson.video && !lesson.videoUrl) return null;
  return (
    <section aria-labelledby="lesson-video">
      <h2 id="lesson-video">{t('lessons.video')}</h2>
      {lesson.video && (
        <video
          className="lesson-player"
          controls
          preload="metadata"
          src={`${lessonPath(lesson.id)}/video`}
          aria-label={t('lessons.videoOf', { title: lesson.title })}
        >
          {lesson.subtitleLanguages.map((language) => (
            <track
              key={language}
              kind="subtitles"
              srcLang={language}
              label={localName(language, i18n.language)}
              src={`${lessonPath(lesson.id)}/subtitles/${language}`}
            />
          ))}
        </video>
      )}
      {lesson.videoUrl && (
        <p>
          <a href={lesson.videoUrl} rel="noopener noreferrer" target="_blank">
            {t('lessons.openLink')}
          </a>
        </p>
      )}
    </section>
  );
}
