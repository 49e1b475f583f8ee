import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Volunteer } from '#shared/volunteers.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDate, formatDateTime } from '#web/lib/format.ts';
import { useVolunteer } from './api.ts';
import { useMatches } from './matches-api.ts';
import { MatchesTable } from './matches-table.tsx';
import {
  ContactStep,
  DecisionStep,
  EraseStep,
  ExtractStep,
  InterviewStep,
  PauseStep,
  ReferencesStep,
} from './screening-steps.tsx';
import { interestLabel, levelLabel } from './volunteer-text.ts';
import { languageName, slotText } from '#shared/language-friends.ts';
import './volunteers.css';

/** One volunteer: what she told us, and the screening steps in order with their actions. */
export function VolunteerPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const volunteer = useVolunteer(id);
  const v = volunteer.data;
  const name = v?.firstName ? `${v.firstName} ${v.lastName ?? ''}` : t('languageFriends.list.erasedName');
  return (
    <Page title={v ? name : t('languageFriends.list.title')} wide>
      <p>
        <Link to="/volunteers">{t('languageFriends.volunteer.back')}</Link>
      </p>
      {volunteer.isPending && <Loading />}
      {volunteer.error && <QueryError error={volunteer.error} retry={() => void volunteer.refetch()} />}
      {v && <VolunteerView v={v} />}
    </Page>
  );
}

function VolunteerView({ v }: { v: Volunteer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const none = t('languageFriends.volunteer.none');
  if (v.status === 'erased')
    return (
      <>
        <Notice kind="info">{t('languageFriends.volunteer.erasedNotice')}</Notice>
        <History v={v} />
      </>
    );
  const f = (key: string) => t(`languageFriends.fields.${key}` as 'languageFriends.fields.email');
  return (
    <>
      <section aria-labelledby="volunteer-profile">
        <h2 id="volunteer-profile">{t('languageFriends.volunteer.profile')}</h2>
        <dl className="facts">
          <dt>{t('languageFriends.volunteer.status')}</dt>
          <dd>{t(`languageFriends.statuses.${v.status}`)}</dd>
          <dt>{f('email')}</dt>
          <dd>{v.email ?? none}</dd>
          <dt>{f('phone')}</dt>
          <dd>{v.phone ?? none}</dd>
          <dt>{f('ageBand')}</dt>
          <dd>{v.ageBand ? t(`languageFriends.ageBands.${v.ageBand}`) : none}</dd>
          <dt>{f('gender')}</dt>
          <dd>{v.gender ? t(`languageFriends.genders.${v.gender}`) : none}</dd>
          <dt>{f('languages')}</dt>
          <dd>
            {v.languages
              .map((l) => `${languageName(l.code, lang)} (${levelLabel(l.level, lang)})`)
              .join(', ') || none}
          </dd>
          <dt>{f('interests')}</dt>
          <dd>{v.interests.map((i) => interestLabel(i, lang)).join(', ') || none}</dd>
          <dt>{f('occupation')}</dt>
          <dd>{v.occupation ?? none}</dd>
          <dt>{f('lifeSituation')}</dt>
          <dd>
            {v.lifeSituation.map((s) => t(`languageFriends.fields.lifeSituations.${s}`)).join(', ') || none}
          </dd>
          <dt>{f('familySituation')}</dt>
          <dd>{v.familySituation ?? none}</dd>
          <dt>{f('area')}</dt>
          <dd>{v.areaName ?? none}</dd>
          <dt>{f('availability')}</dt>
          <dd>{v.availability.map((s) => slotText(s, lang)).join(', ') || none}</dd>
          <dt>{f('preferences')}</dt>
          <dd>
            {[v.onlyWomen && f('onlyWomen'), v.wantsFamily && f('wantsFamily'), v.preferencesNote]
              .filter(Boolean)
              .join('. ') || none}
          </dd>
          <dt>{f('heardFrom')}</dt>
          <dd>{v.heardFrom ?? none}</dd>
          <dt>{t('languageFriends.volunteer.registered')}</dt>
          <dd>{formatDateTime(v.createdAt, i18n.language)}</dd>
          <dt>{t('languageFriends.volunteer.consentAt')}</dt>
          <dd>{v.consentAt ? formatDateTime(v.consentAt, i18n.language) : none}</dd>
        </dl>
      </section>
      <section aria-labelledby="volunteer-screening">
        <h2 id="volunteer-screening">{t('languageFriends.volunteer.screening')}</h2>
        <InterviewStep v={v} />
        <ReferencesStep v={v} />
        <ExtractStep v={v} />
        <DecisionStep v={v} />
        {(v.status === 'approved' || v.status === 'paused') && <PauseStep v={v} />}
        <ContactStep v={v} />
        <EraseStep v={v} />
      </section>
      <VolunteerMatches volunteerId={v.id} />
      <History v={v} />
    </>
  );
}

function VolunteerMatches({ volunteerId }: { volunteerId: string }) {
  const { t } = useTranslation();
  const matches = useMatches({ volunteerId });
  return (
    <section aria-labelledby="volunteer-matches" className="screening-step">
      <h2 id="volunteer-matches">{t('languageFriendMatches.table.herVolunteerMatches')}</h2>
      {matches.isPending && <Loading />}
      {matches.error && <QueryError error={matches.error} retry={() => void matches.refetch()} />}
      {matches.data && (
        <MatchesTable
          id="volunteer-matches-table"
          caption={t('languageFriendMatches.table.herVolunteerMatches')}
          matches={matches.data}
        />
      )}
    </section>
  );
}

function History({ v }: { v: Volunteer }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="volunteer-history" className="screening-step">
      <h2 id="volunteer-history">{t('languageFriends.volunteer.history')}</h2>
      <ul>
        {v.history.map((h, i) => (
          <li key={i}>
            {formatDateTime(h.changedAt, i18n.language)}: {t(`languageFriends.statuses.${h.toStatus}`)}
            {h.changedBy ? ` ${t('languageFriends.volunteer.by', { name: h.changedBy })}` : ''}
            {h.reason ? ` – ${h.reason}` : ''}
          </li>
        ))}
      </ul>
      {v.recordExtractSeenOn && (
        <p>
          {t('languageFriends.volunteer.seenOn')}: {formatDate(v.recordExtractSeenOn, i18n.language)}
        </p>
      )}
    </section>
  );
}
