import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { volunteerStatuses, type VolunteerStatus } from '#shared/volunteers.ts';
import { useAbility, useCurrentSession } from '#web/auth/session-context.ts';
import { SelectField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';
import { useVolunteers } from './api.ts';
import { FiguresSection } from './figures-table.tsx';
import { useMatches } from './matches-api.ts';
import { MatchesTable } from './matches-table.tsx';
import './volunteers.css';

const isStatus = (v: string | null): v is VolunteerStatus =>
  v !== null && (volunteerStatuses as readonly string[]).includes(v);

/** The coordinator's list: new registrations first; the status filter lives in the address. */
export function VolunteersPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const volunteers = useVolunteers(status);
  const session = useCurrentSession();
  const unitId = session.memberships.find((m) => m.id === session.activeMembershipId)?.unitId;
  const manageAreas = useAbility('areas.manage');
  const readMatches = useAbility('language_friend_matches.read');
  const publicUrl = unitId ? `${window.location.origin}/sprakvan/${unitId}` : null;
  return (
    <Page title={t('languageFriends.list.title')} lead={t('languageFriends.list.lead')} wide>
      {publicUrl && (
        <p>
          {t('languageFriends.list.publicLink')}: <a href={publicUrl}>{publicUrl}</a>
        </p>
      )}
      {manageAreas && (
        <p>
          <Link to="/volunteers/areas">{t('languageFriends.list.areasLink')}</Link>
        </p>
      )}
      {readMatches && (
        <p>
          <Link to="/volunteers/proposals">{t('languageFriendMatches.proposals.link')}</Link>
        </p>
      )}
      <SelectField
        form="volunteers"
        name="status"
        label={t('languageFriends.list.filter')}
        width="medium"
        value={status ?? ''}
        onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
      >
        <option value="">{t('languageFriends.list.all')}</option>
        {volunteerStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`languageFriends.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {volunteers.isPending && <Loading />}
      {volunteers.error && <QueryError error={volunteers.error} retry={() => void volunteers.refetch()} />}
      {volunteers.data && volunteers.data.length === 0 && <p>{t('languageFriends.list.empty')}</p>}
      {volunteers.data && volunteers.data.length > 0 && (
        <TableRegion labelledBy="volunteers-caption">
          <table className="table">
            <caption id="volunteers-caption">{t('languageFriends.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('languageFriends.list.name')}</th>
                <th scope="col">{t('languageFriends.list.status')}</th>
                <th scope="col">{t('languageFriends.list.area')}</th>
                <th scope="col">{t('languageFriends.list.age')}</th>
                <th scope="col">{t('languageFriends.list.registered')}</th>
              </tr>
            </thead>
            <tbody>
              {volunteers.data.map((v) => (
                <tr key={v.id}>
                  <td>
                    <Link to={`/volunteers/${v.id}`}>{v.name ?? t('languageFriends.list.erasedName')}</Link>
                  </td>
                  <td>{t(`languageFriends.statuses.${v.status}`)}</td>
                  <td>{v.areaName ?? ''}</td>
                  <td>{v.ageBand ? t(`languageFriends.ageBands.${v.ageBand}`) : ''}</td>
                  <td>{formatDate(v.createdAt.slice(0, 10), i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {readMatches && <UnitMatches />}
      {readMatches && <FiguresSection />}
    </Page>
  );
}

/** The unit's matches, open first. */
function UnitMatches() {
  const { t } = useTranslation();
  const matches = useMatches();
  return (
    <section aria-labelledby="unit-matches-title">
      <h2 id="unit-matches-title">{t('languageFriendMatches.table.title')}</h2>
      {matches.isPending && <Loading />}
      {matches.error && <QueryError error={matches.error} retry={() => void matches.refetch()} />}
      {matches.data && (
        <MatchesTable
          id="unit-matches"
          caption={t('languageFriendMatches.table.title')}
          matches={matches.data}
        />
      )}
    </section>
  );
}
