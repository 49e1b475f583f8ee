import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson } from '#shared/lessons.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { problemMessage } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { LanguageSelectField } from '#web/participants/language-select-field.tsx';
import { localName } from '#web/participants/languages.ts';
import { useRemoveSubtitles, useUploadSubtitles, useUploadVideo } from './api.ts';

/** The teacher uploads the video file and subtitle files (WebVTT) per language; the server checks both. */
export function LessonMediaSection({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation();
  const canWrite = useAbility('lessons.write');
  const video = useUploadVideo(lesson.id);
  const subtitles = useUploadSubtitles(lesson.id);
  const remove = useRemoveSubtitles(lesson.id);
  const [videoFile, setVideoFile] = useState<File | null>(null);
  const [vttFile, setVttFile] = useState<File | null>(null);
  const [language, setLanguage] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  if (!canWrite || lesson.status === 'archived') return null;

  const sendVideo = (event: FormEvent) => {
    event.preventDefault();
    if (!videoFile) return setMissing('video');
    setMissing(null);
    video.mutate({ file: videoFile, version: lesson.version });
  };
  const sendSubtitles = (event: FormEvent) => {
    event.preventDefault();
    if (!language || !vttFile) return setMissing('subtitles');
    setMissing(null);
    subtitles.mutate({ file: vttFile, language });
  };
  const failure = video.error ?? subtitles.error ?? remove.error;

  return (
    <section aria-labelledby="lesson-files">
      <h2 id="lesson-files">{t('lessons.files')}</h2>
      {failure && <Notice kind="warning">{problemMessage(t, failure)}</Notice>}
      <form className="form lesson-upload" onSubmit={sendVideo} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="lesson-video-file">
            {lesson.video ? t('lessons.replaceVideo') : t('lessons.videoFile')}
          </label>
          <p className="field__hint" id="lesson-video-file-hint">
            {t('lessons.videoFileHint')}
          </p>
          {missing === 'video' && <p className="field__error">{t('lessons.chooseFile')}</p>}
          <input
            id="lesson-video-file"
            type="file"
            accept="video/mp4,video/webm"
            aria-describedby="lesson-video-file-hint"
            onChange={(e) => setVideoFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button className="button" type="submit" disabled={video.isPending}>
          {video.isPending ? t('form.sending') : t('lessons.uploadVideo')}
        </button>
      </form>
      {video.isSuccess && <Notice kind="success">{t('lessons.videoUploaded')}</Notice>}

      <h3>{t('lessons.subtitles')}</h3>
      {lesson.subtitleLanguages.length === 0 ? (
        <p>{t('lessons.noSubtitles')}</p>
      ) : (
        <ul className="lesson-subtitles">
          {lesson.subtitleLanguages.map((code) => (
            <li key={code}>
              {localName(code, i18n.language)}{' '}
              <button
                type="button"
                className="button-link"
                disabled={remove.isPending}
                onClick={() => remove.mutate(code)}
              >
                {t('lessons.removeSubtitles', { language: localName(code, i18n.language) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form lesson-upload" onSubmit={sendSubtitles} noValidate>
        <LanguageSelectField
          form="lesson-subtitles"
          name="language"
          label={t('lessons.subtitleLanguage')}
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          placeholder={t('lessons.chooseLanguage')}
        />
        <div className="field">
          <label className="field__label" htmlFor="lesson-vtt-file">
            {t('lessons.subtitleFile')}
          </label>
          <p className="field__hint" id="lesson-vtt-file-hint">
            {t('lessons.subtitleFileHint')}
          </p>
          {missing === 'subtitles' && <p className="field__error">{t('lessons.chooseLanguageAndFile')}</p>}
          <input
            id="lesson-vtt-file"
            type="file"
            accept=".vtt,text/vtt"
            aria-describedby="lesson-vtt-file-hint"
            onChange={(e) => setVttFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button className="button button--secondary" type="submit" disabled={subtitles.isPending}>
          {subtitles.isPending ? t('form.sending') : t('lessons.uploadSubtitles')}
        </button>
      </form>
    </section>
  );
}
