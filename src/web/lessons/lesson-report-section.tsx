import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AnswerFeedbackInput,
  ratingFaces,
  ratingKeys,
  type Lesson,
  type LessonFeedback,
} from '#shared/lessons.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { SelectField } from '#web/components/field.tsx';
import { problemMessage } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { isApiError } from '#web/lib/api.ts';
import { formatDateTime } from '#web/lib/format.ts';
import { lessonPath, useAnswerFeedback, useLessonReport } from './api.ts';

/** Who watched and understood, per lesson or per group, and her feedback with the teacher's answers. */
export function LessonReportSection({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation();
  const [group, setGroup] = useState('');
  const report = useLessonReport(lesson.id, group);
  const when = (at: string | null) => (at ? formatDateTime(at, i18n.language) : '–');
  return (
    <section aria-labelledby="lesson-report">
      <h2 id="lesson-report">{t('lessons.report')}</h2>
      {lesson.activities.length > 0 && (
        <SelectField
          form="lesson-report"
          name="group"
          label={t('lessons.showGroup')}
          optional
          value={group}
          onChange={(e) => setGroup(e.target.value)}
        >
          <option value="">{t('lessons.allGroups')}</option>
          {lesson.activities.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </SelectField>
      )}
      {report.isPending && <Loading />}
      {report.error && <QueryError error={report.error} retry={() => void report.refetch()} />}
      {report.data && report.data.watchers.length === 0 && <p>{t('lessons.noWatchers')}</p>}
      {report.data && report.data.watchers.length > 0 && (
        <TableRegion labelledBy="lesson-watchers-caption">
          <table className="table">
            <caption id="lesson-watchers-caption">{t('lessons.watchersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lessons.participant')}</th>
                <th scope="col">{t('lessons.views')}</th>
                <th scope="col">{t('lessons.lastViewed')}</th>
                <th scope="col">{t('lessons.understoodAt')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.watchers.map((w) => (
                <tr key={w.participantId}>
                  <th scope="row">{w.name}</th>
                  <td>{w.views}</td>
                  <td>{when(w.lastViewedAt)}</td>
                  <td>{w.understoodAt ? when(w.understoodAt) : t('common.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <h3>{t('lessons.feedback')}</h3>
      {report.data && report.data.feedback.length === 0 && <p>{t('lessons.noFeedback')}</p>}
      {report.data && report.data.feedback.length > 0 && (
        <ul className="lesson-feedback">
          {report.data.feedback.map((f) => (
            <FeedbackItem key={f.id} lesson={lesson} feedback={f} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FeedbackItem({ lesson, feedback }: { lesson: Lesson; feedback: LessonFeedback }) {
  const { t, i18n } = useTranslation();
  const canAnswer = useAbility('lessons.write');
  const answer = useAnswerFeedback(lesson.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const form = `answer-${feedback.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = AnswerFeedbackInput.safeParse({ answer: text, version: feedback.version });
    if (!parsed.success) return setError(t('errors.required'));
    setError(undefined);
    answer.mutate({ feedbackId: feedback.id, ...parsed.data }, { onSuccess: () => setText('') });
  };
  return (
    <li className="lesson-feedback__item">
      <p>
        <strong>{feedback.participantName}</strong>{' '}
        <span className="lesson-feedback__when">{formatDateTime(feedback.createdAt, i18n.language)}</span>
      </p>
      <p>
        <span aria-hidden="true" className="lesson-face">
          {ratingFaces[feedback.rating]}
        </span>{' '}
        {t(`lessons.ratings.${ratingKeys[feedback.rating]!}`)}
      </p>
      {feedback.words && (
        <p className="lesson-text" dir="auto">
          {feedback.words}
        </p>
      )}
      {feedback.hasVoice && (
        <audio
          controls
          preload="none"
          src={`${lessonPath(lesson.id)}/feedback/${feedback.id}/voice`}
          aria-label={t('lessons.voiceOf', { name: feedback.participantName })}
        />
      )}
      {feedback.answer ? (
        <div className="lesson-answer">
          <p>
            <strong>{t('lessons.answerBy', { name: feedback.answeredByName ?? '' })}</strong>
          </p>
          <p className="lesson-text">{feedback.answer}</p>
        </div>
      ) : (
        canAnswer && (
          <form className="form" onSubmit={submit} noValidate>
            {answer.error && (
              <Notice kind="warning">
                {isApiError(answer.error, 'version_conflict')
                  ? t('lessons.answerConflict')
                  : problemMessage(t, answer.error)}
              </Notice>
            )}
            <TextAreaField
              form={form}
              name="answer"
              label={t('lessons.answerTo', { name: feedback.participantName })}
              value={text}
              error={error}
              rows={3}
              onChange={(e) => setText(e.target.value)}
            />
            <button className="button" type="submit" disabled={answer.isPending}>
              {answer.isPending ? t('form.sending') : t('lessons.sendAnswer')}
            </button>
          </form>
        )
      )}
    </li>
  );
}
