import { useId, useRef, useState, type FormEvent } from 'react';
import { maxVoiceBytes, ratingFaces, ratingKeys, ratings } from '#shared/lesson-ratings.ts';
import type { MyLessonFeedback } from '#shared/lessons.ts';
import type { Me } from '#shared/participant-access.ts';
import { api, seg } from '../lib/api.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Notice } from '../shell/page.tsx';

/** MediaRecorder's formats, best first; the server checks the bytes anyway. */
const voiceTypes = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

/** Her voice message goes as the file itself, with the CSRF token her session gives (/api/me). */
async function sendVoice(path: string, feedbackId: string, voice: Blob): Promise<void> {
  const me = await api.get<Me>('/api/me');
  const response = await fetch(`${path}/feedback/${seg(feedbackId)}/voice`, {
    method: 'PUT',
    headers: { 'content-type': voice.type || 'application/octet-stream', 'x-csrf-token': me.csrfToken },
    credentials: 'same-origin',
    body: voice,
  });
  if (!response.ok) throw new Error(`voice ${response.status}`);
}

/** One tap on a face; a few words or a voice message if she wants. */
export function FeedbackForm({ path, onSent }: { path: string; onSent: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [rating, setRating] = useState<number | null>(null);
  const [words, setWords] = useState('');
  const [voice, setVoice] = useState<{ blob: Blob; seconds: number } | null>(null);
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState<'chooseFace' | 'notSent' | 'noMicrophone' | 'tooLong' | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const recorder = useRef<MediaRecorder | null>(null);
  const canRecord = typeof window !== 'undefined' && 'MediaRecorder' in window && !!navigator.mediaDevices;

  const record = async () => {
    setMessage(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const mimeType = voiceTypes.find((type) => MediaRecorder.isTypeSupported(type));
      const rec = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
      const parts: Blob[] = [];
      const started = Date.now();
      rec.ondataavailable = (e) => parts.push(e.data);
      rec.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        const blob = new Blob(parts, { type: rec.mimeType.split(';')[0] });
        if (blob.size > maxVoiceBytes) setMessage('tooLong');
        else setVoice({ blob, seconds: Math.max(1, Math.round((Date.now() - started) / 1000)) });
        setRecording(false);
      };
      recorder.current = rec;
      rec.start();
      setRecording(true);
    } catch {
      setMessage('noMicrophone');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (rating === null) return setMessage('chooseFace');
    setMessage(null);
    setBusy(true);
    try {
      const feedback = await api.post<MyLessonFeedback>(`${path}/feedback`, { rating, words: words.trim() });
      if (voice) await sendVoice(path, feedback.id, voice.blob);
      setRating(null);
      setWords('');
      setVoice(null);
      setSent(true);
      onSent();
    } catch {
      setMessage('notSent');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lessons.feedbackTitle')}</h2>
      {sent && <Notice kind="success">{t('lessons.sent')}</Notice>}
      <form className="p-form" noValidate onSubmit={(e) => void submit(e)} data-no-read>
        {message && (
          <p className="p-field-error" role="alert">
            {t(`lessons.${message}`)}
          </p>
        )}
        <fieldset className="p-faces">
          <legend>{t('lessons.howWasIt')}</legend>
          {ratings.map((r) => (
            <button
              key={r}
              type="button"
              className="p-face"
              aria-pressed={rating === r}
              onClick={() => setRating(r)}
            >
              <span aria-hidden="true" className="p-face__emoji">
                {ratingFaces[r]}
              </span>
              <span className="p-face__words">{t(`lessons.faces.${ratingKeys[r]!}`)}</span>
            </button>
          ))}
        </fieldset>
        <label htmlFor={`${id}-words`}>{t('lessons.wordsLabel')}</label>
        <textarea
          id={`${id}-words`}
          name="words"
          dir="auto"
          rows={3}
          maxLength={1000}
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
        {canRecord && (
          <p className="p-actions">
            {!recording && !voice && (
              <button type="button" className="p-button p-button--quiet" onClick={() => void record()}>
                {t('lessons.record')}
              </button>
            )}
            {recording && (
              <button type="button" className="p-button" onClick={() => recorder.current?.stop()}>
                {t('lessons.stop')}
              </button>
            )}
            {recording && <span role="status">{t('lessons.recording')}</span>}
            {voice && (
              <>
                <span role="status">{t('lessons.recorded', { seconds: voice.seconds })}</span>
                <button type="button" className="p-button p-button--quiet" onClick={() => setVoice(null)}>
                  {t('lessons.removeRecording')}
                </button>
              </>
            )}
          </p>
        )}
        <p className="p-actions">
          <button type="submit" className="p-button" disabled={busy || recording}>
            {t('lessons.send')}
          </button>
        </p>
      </form>
    </section>
  );
}
