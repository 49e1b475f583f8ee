import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { reasonText, type Match } from '#shared/language-friends.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate, formatDateTime } from '#web/lib/format.ts';
import { useMatch } from './matches-api.ts';
import { ConfirmStep, EndStep, IntroduceStep, LinkStep, LogStep, TrialStep } from './match-steps.tsx';
import './volunteers.css';

/** One match: where it stands, the step it can take next, its meeting log and check-ins. */
export function MatchPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const match = useMatch(id);
  const m = match.data;
  return (
    <Page
      title={
        m
          ? t('languageFriendMatches.pairTitle', {
              participant: m.participant.name,
              volunteer: m.volunteer.name,
            })
          : t('languageFriendMatches.match.title')
      }
      wide
    >
      <p>
        <Link to="/volunteers">{t('languageFriendMatches.backToVolunteers')}</Link>
      </p>
      {match.isPending && <Loading />}
      {match.error && <QueryError error={match.error} retry={() => void match.refetch()} />}
      {m && <MatchView m={m} />}
    </Page>
  );
}

function MatchView({ m }: { m: Match }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const w = (key: string, values?: Record<string, unknown>) =>
    t(`languageFriendMatches.match.${key}` as 'languageFriendMatches.match.title', values ?? {});
  const none = w('none');
  const open = m.status !== 'ended';
  return (
    <>
      <section aria-labelledby="match-facts">
        <h2 id="match-facts">{w('facts')}</h2>
        <dl className="facts">
          <dt>{w('status')}</dt>
          <dd>{t(`languageFriendMatches.statuses.${m.status}`)}</dd>
          <dt>{w('participant')}</dt>
          <dd>
            <Link to={`/participants/${m.participant.id}`}>{m.participant.name}</Link>
          </dd>
          <dt>{w('volunteer')}</dt>
          <dd>
            <Link to={`/volunteers/${m.volunteer.id}`}>{m.volunteer.name}</Link>
          </dd>
          <dt>{w('score')}</dt>
          <dd>
            {m.score}
            <ul>
              {[...m.reasons]
                .sort((a, b) => b.points - a.points)
                .map((r, i) => (
                  <li key={i}>{reasonText(r, lang)}</li>
                ))}
            </ul>
          </dd>
          <dt>{w('introMeeting')}</dt>
          <dd>
            {m.introMeeting
              ? `${formatDateTime(m.introMeeting.startsAt, i18n.language)}, ${m.introMeeting.place ?? ''} (${t(
                  `languageFriendMatches.meetingStatuses.${m.introMeeting.status}`,
                )})`
              : none}
          </dd>
          <dt>{w('meetingPlace')}</dt>
          <dd>{m.meetingPlace ?? none}</dd>
          <dt>{w('nextMeeting')}</dt>
          <dd>{m.nextMeeting ? formatDateTime(m.nextMeeting.startsAt, i18n.language) : none}</dd>
          <dt>{w('shared')}</dt>
          <dd>
            {[
              w('sharedFirstName'),
              m.shareLanguages && w('sharedLanguages'),
              m.shareInterests && w('sharedInterests'),
            ]
              .filter(Boolean)
              .join(', ')}
          </dd>
          <dt>{w('trial')}</dt>
          <dd>
            {m.trialStartedOn && m.trialEndsOn
              ? w('trialPeriod', {
                  from: formatDate(m.trialStartedOn, i18n.language),
                  to: formatDate(m.trialEndsOn, i18n.language),
                })
              : none}
          </dd>
          <dt>{w('link')}</dt>
          <dd>
            {m.link.active
              ? w('linkActive', { when: m.link.sentAt ? formatDateTime(m.link.sentAt, i18n.language) : '' })
              : w('linkInactive')}
          </dd>
          {m.status === 'ended' && (
            <>
              <dt>{w('ended')}</dt>
              <dd>
                {m.endedAt ? formatDate(m.endedAt.slice(0, 10), i18n.language) : ''},{' '}
                {t(`languageFriendMatches.parties.${m.endedByParty ?? 'coordinator'}`)}: {m.endReason}
              </dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="match-steps">
        <h2 id="match-steps">{w('steps')}</h2>
        {m.status === 'proposed' && <IntroduceStep m={m} />}
        {m.status === 'introduced' && <TrialStep m={m} />}
        {m.status === 'trial' && <ConfirmStep m={m} />}
        {open && m.status !== 'proposed' && <LinkStep m={m} />}
        {open && <EndStep m={m} />}
        {!open && <p>{w('endedNote')}</p>}
      </section>
      <section aria-labelledby="match-log">
        <h2 id="match-log">{w('log')}</h2>
        {m.log.length === 0 && <p>{w('noLog')}</p>}
        {m.log.length > 0 && (
          <TableRegion labelledBy="match-log-caption">
            <table className="table">
              <caption id="match-log-caption">{w('logCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{w('metOn')}</th>
                  <th scope="col">{w('activity')}</th>
                  <th scope="col">{w('hours')}</th>
                  <th scope="col">{w('recordedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {m.log.map((l) => (
                  <tr key={l.id}>
                    <td>{formatDate(l.metOn, i18n.language)}</td>
                    <td>{l.activity}</td>
                    <td>{l.hours.toLocaleString(i18n.language)}</td>
                    <td>{t(`languageFriendMatches.parties.${l.recordedBy}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
        {open && m.status !== 'proposed' && <LogStep m={m} />}
      </section>
      <section aria-labelledby="match-check-ins">
        <h2 id="match-check-ins">{w('checkIns')}</h2>
        {m.checkIns.length === 0 && <p>{w('noCheckIns')}</p>}
        <ul>
          {m.checkIns.map((c) => (
            <li key={c.id}>
              {w('checkIn', { months: c.months, date: formatDate(c.dueOn, i18n.language) })}
              {c.due && c.feedback.length < 2 && <strong> {w('checkInDue')}</strong>}
              {c.feedback.length > 0 && (
                <ul>
                  {c.feedback.map((f) => (
                    <li key={f.side}>
                      {t(`languageFriendMatches.parties.${f.side}`)}: {w('rating', { rating: f.rating })}
                      {f.words ? ` – ${f.words}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
