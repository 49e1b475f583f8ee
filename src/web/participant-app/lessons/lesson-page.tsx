import { useRef, useState } from 'react';
import { ratingKeys } from '#shared/lesson-ratings.ts';
import type { MyLesson } from '#shared/lessons.ts';
import type { PageProps } from '../features.ts';
import { api, seg } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApi } from '../lib/use-api.ts';
import { Notice, Page } from '../shell/page.tsx';
import { FeedbackForm } from './feedback-form.tsx';
import { subtitleFor } from './subtitle-choice.ts';
import './lessons.css';

/** One lesson: the player with her language's subtitles on, "I understand", her feedback and the answers. */
export default function LessonPage({ params }: PageProps) {
  const { t } = useI18n();
  const path = `/api/me/lessons/${seg(params.id ?? '')}`;
  const lesson = useApi<MyLesson>(path);
  return (
    <Page title={lesson.data?.title ?? t('lessons.title')}>
      {lesson.loading && !lesson.data && <p className="p-loading">{t('app.loading')}</p>}
      {lesson.error !== null && !lesson.data && (
        <Notice kind="warning">
          {t('app.failed')}{' '}
          <button type="button" className="p-button p-button--quiet" onClick={lesson.reload}>
            {t('app.retry')}
          </button>
        </Notice>
      )}
      {lesson.data && (
        <>
          {lesson.data.description && (
            <p className="p-lesson-text" dir="auto">
              {lesson.data.description}
            </p>
          )}
          <Player lesson={lesson.data} path={path} />
          <Understood lesson={lesson.data} path={path} onDone={lesson.reload} />
          <FeedbackForm path={path} onSent={lesson.reload} />
          <MyFeedback lesson={lesson.data} path={path} />
        </>
      )}
    </Page>
  );
}

/** A language's name in itself (العربية), for the player's subtitle menu. */
function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Each start of playing counts as a view (after the end, playing again counts again; a pause does not). */
function Player({ lesson, path }: { lesson: MyLesson; path: string }) {
  const { t, language } = useI18n();
  const counted = useRef(false);
  const chosen = subtitleFor(lesson.subtitleLanguages, language.code);
  const count = () => {
    if (counted.current) return;
    counted.current = true;
    void api.post(`${path}/views`).catch(() => undefined);
  };
  return (
    <section aria-labelledby="lesson-watch" data-no-read>
      <h2 id="lesson-watch">{t('lessons.watch')}</h2>
      {lesson.hasVideo && (
        <video
          className="p-lesson-player"
          controls
          playsInline
          preload="metadata"
          src={`${path}/video`}
          aria-label={t('lessons.videoOf', { title: lesson.title })}
          onPlay={count}
          onEnded={() => (counted.current = false)}
        >
          {lesson.subtitleLanguages.map((code) => (
            <track
              key={code}
              kind="subtitles"
              srcLang={code}
              label={nativeName(code)}
              src={`${path}/subtitles/${seg(code)}`}
              default={code === chosen}
            />
          ))}
        </video>
      )}
      {lesson.videoUrl && (
        <p>
          <a
            className="p-link-button"
            href={lesson.videoUrl}
            rel="noopener noreferrer"
            target="_blank"
            onClick={count}
          >
            {t('lessons.openLink')}
          </a>
        </p>
      )}
    </section>
  );
}

function Understood({ lesson, path, onDone }: { lesson: MyLesson; path: string; onDone: () => void }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  if (lesson.understoodAt) return <Notice kind="success">{t('lessons.understoodDone')}</Notice>;
  const mark = async () => {
    try {
      await api.post(`${path}/understood`);
      onDone();
    } catch {
      setFailed(true);
    }
  };
  return (
    <p className="p-actions">
      {failed && <span className="p-field-error">{t('lessons.notSent')}</span>}
      <button type="button" className="p-button" onClick={() => void mark()}>
        {t('lessons.understood')}
      </button>
    </p>
  );
}

function MyFeedback({ lesson, path }: { lesson: MyLesson; path: string }) {
  const { t, language } = useI18n();
  if (lesson.feedback.length === 0) return null;
  return (
    <section aria-labelledby="lesson-mine">
      <h2 id="lesson-mine">{t('lessons.yourFeedback')}</h2>
      <ul className="p-list">
        {[...lesson.feedback].reverse().map((f) => (
          <li key={f.id} className="p-card">
            <p className="p-muted">{formatDateTime(new Date(f.createdAt), language)}</p>
            <p>{t(`lessons.faces.${ratingKeys[f.rating]!}`)}</p>
            {f.words && (
              <p className="p-lesson-text" dir="auto">
                {f.words}
              </p>
            )}
            {f.hasVoice && (
              <audio
                controls
                preload="none"
                src={`${path}/feedback/${seg(f.id)}/voice`}
                aria-label={t('lessons.yourVoice')}
              />
            )}
            <div className="p-lesson-answer">
              <h3>{t('lessons.answer')}</h3>
              <p className="p-lesson-text" dir="auto">
                {f.answer ?? t('lessons.noAnswer')}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
