import { useTranslation } from 'react-i18next';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatMonth, todayIso } from '#web/lib/format.ts';
import { useFigures } from './matches-api.ts';

/** The last twelve months in figures: volunteers by status, matches, and meetings and hours per month. */
export function FiguresSection() {
  const { t, i18n } = useTranslation();
  const to = todayIso();
  const from = `${Number(to.slice(0, 4)) - 1}-${to.slice(5, 7)}-01`;
  const figures = useFigures(from, to);
  const w = (key: string, values?: Record<string, unknown>) =>
    t(`languageFriendMatches.figures.${key}` as 'languageFriendMatches.figures.title', values ?? {});
  const f = figures.data;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{w('title')}</h2>
      {figures.isPending && <Loading />}
      {figures.error && <QueryError error={figures.error} retry={() => void figures.refetch()} />}
      {f && (
        <>
          <p>
            {w('summary', {
              active: f.activeMatches,
              trial: f.trialMatches,
              six: f.lastedSixMonths,
              volunteers: f.volunteersByStatus
                .map(
                  (s) =>
                    `${t(`languageFriends.statuses.${s.status}` as 'languageFriends.statuses.new')} ${s.count}`,
                )
                .join(', '),
            })}
          </p>
          {f.perMonth.length > 0 && (
            <TableRegion labelledBy="figures-caption">
              <table className="table">
                <caption id="figures-caption">{w('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{w('month')}</th>
                    <th scope="col">{w('meetings')}</th>
                    <th scope="col">{w('hours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.perMonth.map((m) => (
                    <tr key={m.month}>
                      <td>{formatMonth(`${m.month}-01`, i18n.language)}</td>
                      <td>{m.meetings}</td>
                      <td>{m.hours.toLocaleString(i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>
      )}
    </section>
  );
}
