import { smallestShown, type Cell, type Figure } from '#shared/dashboards.ts';
import { suppressionMask, type Grid } from './suppression.ts';

type Column = Figure['columns'][number];

/**
 * A figure as counted, before anything is hidden. `total` is the column sums; `rowTotal` says the last
 * column is the sum of the others (attendance: expected = attended + not attended). Averages are hidden with
 * the count in `peopleColumn` when it is small.
 */
export type Draft = {
  key: Figure['key'];
  chart: Figure['chart'];
  columns: Column[];
  rows: { key: string; label?: { sv: string; en: string } | null; cells: (number | null)[] }[];
  total: (number | null)[] | null;
  rowTotal?: boolean;
  peopleColumn?: number;
};

/** Sums each column (null where a column has no numbers). */
export function columnSums(rows: Draft['rows'], width: number): (number | null)[] {
  return Array.from({ length: width }, (_, c) => {
    const values = rows.map((r) => r.cells[c]).filter((v): v is number => typeof v === 'number');
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  });
}

/**
 * The figure as answered. Organisation-wide callers get `{ suppressed: true }` for every count under the
 * threshold, for the cells hidden beside them so that no total gives one away, and for averages over too few
 * people; the numbers never leave the server.
 */
export function presentFigure(draft: Draft, suppress: boolean): Figure {
  const base = {
    key: draft.key,
    chart: draft.chart,
    columns: draft.columns,
    suppressed: suppress,
  };
  const rowsOf = (cell: (r: number, c: number, v: number | null) => Cell): Figure['rows'] =>
    draft.rows.map((row, r) => ({
      key: row.key,
      label: row.label ?? null,
      cells: row.cells.map((v, c) => cell(r, c, v)),
    }));
  if (!suppress) {
    return { ...base, rows: rowsOf((_r, _c, v) => v), total: draft.total };
  }
  const counts: Grid = [...draft.rows.map((r) => r.cells), ...(draft.total ? [draft.total] : [])].map(
    (cells) => cells.map((v, c) => (draft.columns[c]!.measure === 'count' ? v : null)),
  );
  const hidden = suppressionMask(counts, {
    columnTotals: draft.total !== null,
    rowTotals: draft.rowTotal ?? false,
  });
  const few = (r: number) => {
    const people = draft.peopleColumn === undefined ? null : draft.rows[r]?.cells[draft.peopleColumn];
    return typeof people === 'number' && people < smallestShown;
  };
  const hide = (r: number, c: number, v: number | null): Cell => {
    if (v === null) return null;
    const isCount = draft.columns[c]!.measure === 'count';
    return (isCount ? hidden[r]![c] : few(r)) ? { suppressed: true } : v;
  };
  return {
    ...base,
    rows: rowsOf(hide),
    total: draft.total ? draft.total.map((v, c) => hide(draft.rows.length, c, v)) : null,
  };
}
