import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { languageName, type VolunteerMatchView } from '#shared/language-friends.ts';
import { TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { isApiError } from '#web/lib/api.ts';
import { formatDateTime, todayIso } from '#web/lib/format.ts';
import { fragmentParams } from '#web/lib/url-fragment.ts';
import { matchProblem } from './match-problem.ts';
import { useLinkEnd, useLinkFeedback, useLinkLogMeeting, useVolunteerLink } from './matches-api.ts';
import { interestLabel } from './volunteer-text.ts';

/**
 * The volunteer's page for one match, without an account: `/language-friend#token=…` (the token stays in the
 * fragment, out of server logs). Phone-sized: what the coordinator shares, their next meeting, and three things
 * she can do: log a meeting, answer a check-in, end the match.
 */
export function VolunteerLinkPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [token] = useState(() => fragmentParams(hash).get('token') ?? '');
  const view = useVolunteerLink(token);
  const [ended, setEnded] = useState(false);
  const w = (key: string) =>
    t(`languageFriendMatches.volunteerPage.${key}` as 'languageFriendMatches.volunteerPage.title');
  if (ended) return <Message title={w('endedTitle')} text={w('ended')} />;
  if (!token || isApiError(view.error, 'not_found') || isApiError(view.error, 'validation'))
    return <Message title={w('unknownTitle')} text={w('unknown')} />;
  return (
    <Page title={w('title')}>
      {view.isPending && <Loading />}
      {view.error && <Notice kind="warning">{matchProblem(t, view.error)}</Notice>}
      {view.data && (
        <>
          <Shared v={view.data} />
          {view.data.checkInDue && <FeedbackForm token={token} />}
          {view.data.status !== 'proposed' && <LogForm token={token} />}
          <EndForm token={token} onEnded={() => setEnded(true)} />
        </>
      )}
    </Page>
  );
}

function Message({ title, text }: { title: string; text: string }) {
  return (
    <Page title={title}>
      <Notice kind="info">{text}</Notice>
    </Page>
  );
}

function Shared({ v }: { v: VolunteerMatchView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const w = (key: string) =>
    t(`languageFriendMatches.volunteerPage.${key}` as 'languageFriendMatches.volunteerPage.title');
  const none = w('notShared');
  return (
    <section aria-labelledby="friend-title">
      <h2 id="friend-title">
        {t('languageFriendMatches.volunteerPage.friend', { name: v.participantFirstName })}
      </h2>
      <dl className="facts">
        <dt>{w('languages')}</dt>
        <dd>{v.languages.map((c) => languageName(c, lang)).join(', ') || none}</dd>
        <dt>{w('interests')}</dt>
        <dd>{v.interests.map((i) => interestLabel(i, lang)).join(', ') || none}</dd>
        <dt>{w('meetingPlace')}</dt>
        <dd>{v.meetingPlace ?? none}</dd>
        <dt>{w('nextMeeting')}</dt>
        <dd>
          {v.nextMeeting
            ? `${formatDateTime(v.nextMeeting.startsAt, i18n.language)}${v.nextMeeting.place ? `, ${v.nextMeeting.place}` : ''}`
            : w('noNextMeeting')}
        </dd>
      </dl>
    </section>
  );
}

function FeedbackForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const send = useLinkFeedback(token);
  const [rating, setRating] = useState('');
  const [words, setWords] = useState('');
  const [error, setError] = useState<string | undefined>();
  const w = (key: string) =>
    t(`languageFriendMatches.volunteerPage.${key}` as 'languageFriendMatches.volunteerPage.title');
  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title">{w('feedbackTitle')}</h2>
      {send.error && <Notice kind="warning">{matchProblem(t, send.error)}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (!rating) {
            setError(t('errors.required'));
            return;
          }
          setError(undefined);
          send.mutate({ rating: Number(rating), words });
        }}
      >
        <RadioGroup
          form="feedback"
          name="rating"
          legend={w('rating')}
          value={rating}
          onChange={setRating}
          error={error}
          inline
          options={[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: t(`languageFriendMatches.ratings.${n}` as 'languageFriendMatches.ratings.1'),
          }))}
        />
        <TextAreaField
          form="feedback"
          name="words"
          label={w('words')}
          optional
          rows={3}
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
        <button className="button" type="submit" disabled={send.isPending}>
          {w('sendFeedback')}
        </button>
      </form>
    </section>
  );
}

function LogForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const log = useLinkLogMeeting(token);
  const [metOn, setMetOn] = useState(() => todayIso());
  const [activity, setActivity] = useState('');
  const [hours, setHours] = useState('1');
  const [done, setDone] = useState(false);
  const w = (key: string) =>
    t(`languageFriendMatches.volunteerPage.${key}` as 'languageFriendMatches.volunteerPage.title');
  const s = (key: string) => t(`languageFriendMatches.steps.${key}` as 'languageFriendMatches.steps.log');
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{w('logTitle')}</h2>
      {done && <Notice kind="success">{s('logged')}</Notice>}
      {log.error && <Notice kind="warning">{matchProblem(t, log.error)}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setDone(false);
          log.mutate(
            { metOn, activity, hours: Number(hours.replace(',', '.')) },
            {
              onSuccess: () => {
                setDone(true);
                setActivity('');
              },
            },
          );
        }}
      >
        <TextField
          form="vlog"
          name="metOn"
          type="date"
          label={s('metOn')}
          width="medium"
          value={metOn}
          onChange={(e) => setMetOn(e.target.value)}
        />
        <TextField
          form="vlog"
          name="activity"
          label={s('activity')}
          value={activity}
          onChange={(e) => setActivity(e.target.value)}
        />
        <TextField
          form="vlog"
          name="hours"
          inputMode="decimal"
          label={s('hours')}
          hint={s('hoursHint')}
          width="short"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
        />
        <button className="button" type="submit" disabled={log.isPending}>
          {s('log')}
        </button>
      </form>
    </section>
  );
}

function EndForm({ token, onEnded }: { token: string; onEnded: () => void }) {
  const { t } = useTranslation();
  const end = useLinkEnd(token);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const w = (key: string) =>
    t(`languageFriendMatches.volunteerPage.${key}` as 'languageFriendMatches.volunteerPage.title');
  return (
    <section aria-labelledby="end-title">
      <h2 id="end-title">{w('endTitle')}</h2>
      {end.error && <Notice kind="warning">{matchProblem(t, end.error)}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError(t('errors.required'));
            return;
          }
          setError(undefined);
          end.mutate({ reason }, { onSuccess: onEnded });
        }}
      >
        <TextField
          form="vend"
          name="reason"
          label={w('endReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={error}
        />
        <button className="button button--secondary" type="submit" disabled={end.isPending}>
          {w('end')}
        </button>
      </form>
    </section>
  );
}
