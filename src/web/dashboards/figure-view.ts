import { isSuppressed, type Figure, type FigureKey } from '#shared/dashboards.ts';
import type { Series } from './charts.tsx';

/** The columns each chart draws (the table shows them all). */
export const chartColumns: Record<FigureKey, string[]> = {
  participants: ['active'],
  enrolments: ['started', 'exited'],
  gender: ['participants'],
  age: ['participants'],
  languages: ['participants'],
  attendance: ['attended', 'expected'],
  distance: ['first', 'latest'],
  milestones: ['people'],
  outcomes: ['atExit', 'at6Months', 'at12Months'],
  languageFriends: ['count'],
  languageFriendMeetings: ['meetings', 'hours'],
};

/** The chart's series from the figure: numbers, `hidden` for suppressed counts, null where nothing applies. */
export function seriesOf(figure: Figure, columnLabel: (key: string) => string): Series[] {
  return chartColumns[figure.key].map((key) => {
    const c = figure.columns.findIndex((column) => column.key === key);
    return {
      key,
      label: columnLabel(key),
      values: figure.rows.map((row) => {
        const cell = row.cells[c] ?? null;
        return cell === null ? null : isSuppressed(cell) ? 'hidden' : cell;
      }),
    };
  });
}

/** A file name part for the chart picture: ASCII, hyphens. */
export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
