import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Activity } from '#shared/activities.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { LanguageName } from '#web/participants/language-name.tsx';
import { useActivity, useActivityTypes } from './api.ts';
import { leadersText, placesText, typeOf } from './activity-text.ts';
import { HoursSection } from './hours-section.tsx';
import { ParticipantsSection } from './participants-section.tsx';
import { SessionsSection } from './sessions-section.tsx';
import './activities.css';

export function ActivityPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const activity = useActivity(id);
  const state = useLocation().state as { created?: boolean; saved?: boolean } | null;
  return (
    <Page title={activity.data?.title ?? t('activities.title')} wide>
      {state?.created && <Notice kind="success">{t('activities.created')}</Notice>}
      {state?.saved && <Notice kind="success">{t('activities.saved')}</Notice>}
      {activity.isPending && <Loading />}
      {activity.error && <QueryError error={activity.error} />}
      {activity.data && (
        <>
          <ActivityDetails activity={activity.data} />
          <SessionsSection activityId={activity.data.id} />
          <ParticipantsSection activityId={activity.data.id} />
          <HoursSection activityId={activity.data.id} />
        </>
      )}
      <p>
        <Link to="/activities">{t('activities.back')}</Link>
      </p>
    </Page>
  );
}

function ActivityDetails({ activity: a }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const canManage = useAbility('activities.manage');
  const types = useActivityTypes();
  return (
    <>
      <dl className="activity-record">
        <dt>{t('activities.type')}</dt>
        <dd>{typeOf(a.type, types.data, i18n.language)}</dd>
        <dt>{t('activities.staff')}</dt>
        <dd>{leadersText(t, a)}</dd>
        <dt>{t('activities.participants')}</dt>
        <dd>{placesText(t, a)}</dd>
        <dt>{t('activities.place')}</dt>
        <dd>{a.place ?? '–'}</dd>
        <dt>{t('activities.onlineUrl')}</dt>
        <dd>{a.onlineUrl ? <a href={a.onlineUrl}>{a.onlineUrl}</a> : '–'}</dd>
        <dt>{t('activities.languages')}</dt>
        <dd>
          {a.languages.length
            ? a.languages.map((code, i) => (
                <span key={code}>
                  {i > 0 && ', '}
                  <LanguageName code={code} />
                </span>
              ))
            : '–'}
        </dd>
        <dt>{t('activities.description')}</dt>
        <dd className="activity-record__text">{a.description ?? '–'}</dd>
      </dl>
      {canManage && (
        <p className="button-row">
          <Link className="button button--secondary" to={`/activities/${a.id}/edit`}>
            {t('activities.editLink')}
          </Link>
        </p>
      )}
    </>
  );
}
