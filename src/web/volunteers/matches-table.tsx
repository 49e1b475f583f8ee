import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchSummary } from '#shared/language-friends.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';

/** Matches as a table: the pair, its status, when it began and whether a check-in waits for an answer. */
export function MatchesTable({
  id,
  caption,
  matches,
  linked = true,
}: {
  id: string;
  caption: string;
  matches: readonly MatchSummary[];
  /** Staff who may open a match (the coordinator) get links to it. */
  linked?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const w = (key: string) => t(`languageFriendMatches.table.${key}` as 'languageFriendMatches.table.pair');
  if (matches.length === 0) return <p>{w('empty')}</p>;
  return (
    <TableRegion labelledBy={`${id}-caption`}>
      <table className="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w('pair')}</th>
            <th scope="col">{w('status')}</th>
            <th scope="col">{w('since')}</th>
            <th scope="col">{w('checkIn')}</th>
          </tr>
        </thead>
        <tbody>
          {matches.map((m) => {
            const pair = t('languageFriendMatches.pairTitle', {
              participant: m.participant.name,
              volunteer: m.volunteer.name,
            });
            return (
              <tr key={m.id}>
                <td>{linked ? <Link to={`/volunteers/matches/${m.id}`}>{pair}</Link> : pair}</td>
                <td>{t(`languageFriendMatches.statuses.${m.status}`)}</td>
                <td>{formatDate(m.createdAt.slice(0, 10), i18n.language)}</td>
                <td>{m.checkInDue ? w('due') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
