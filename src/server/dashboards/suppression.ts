import { smallestShown } from '#shared/dashboards.ts';

/** A figure's counts: null where a measure does not apply (known to be none, never hidden). */
export type Grid = (number | null)[][];

/** Which lines of the grid are sums: the last row sums the rows above it, the last column the columns before it. */
export type Sums = { columnTotals: boolean; rowTotals: boolean };

type At = readonly [row: number, column: number];

/** Each line that adds up: its members and, last, the total they add up to. */
export function linesOf(grid: Grid, sums: Sums): At[][] {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const lines: At[][] = [];
  if (sums.columnTotals && rows > 1) {
    for (let c = 0; c < columns; c++) {
      lines.push(Array.from({ length: rows }, (_, r) => [r, c] as const));
    }
  }
  if (sums.rowTotals && columns > 1) {
    for (let r = 0; r < rows; r++) {
      lines.push(Array.from({ length: columns }, (_, c) => [r, c] as const));
    }
  }
  return lines.map((line) => line.filter(([r, c]) => grid[r]![c] !== null));
}

/**
 * Gaussian elimination over the hidden cells: each line says members − total = the known rest. A hidden cell
 * is derivable when its unit vector lies in the span of the lines (then some combination of totals and shown
 * cells gives it exactly).
 */
export function derivableCells(grid: Grid, sums: Sums, hidden: boolean[][]): At[] {
  const unknowns: At[] = [];
  const index = new Map<string, number>();
  grid.forEach((row, r) =>
    row.forEach((_, c) => {
      if (hidden[r]![c]) {
        index.set(`${r},${c}`, unknowns.length);
        unknowns.push([r, c]);
      }
    }),
  );
  if (!unknowns.length) return [];
  const equations = linesOf(grid, sums)
    .map((line) => {
      const coefficients = new Array<number>(unknowns.length).fill(0);
      line.forEach(([r, c], i) => {
        const k = index.get(`${r},${c}`);
        if (k !== undefined) coefficients[k] = i === line.length - 1 ? -1 : 1;
      });
      return coefficients;
    })
    .filter((e) => e.some((x) => x !== 0));
  const reduced = rowEchelon(equations);
  const rank = reduced.length;
  return unknowns.filter((_, k) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[k] = 1;
    return rowEchelon([...reduced, unit]).length === rank;
  });
}

const epsilon = 1e-9;

function rowEchelon(matrix: number[][]): number[][] {
  const m = matrix.map((row) => [...row]);
  const out: number[][] = [];
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && m.length; col++) {
    const pivot = m.findIndex((row) => Math.abs(row[col]!) > epsilon);
    if (pivot < 0) continue;
    const [p] = m.splice(pivot, 1) as [number[]];
    for (const row of m) {
      const factor = row[col]! / p[col]!;
      if (Math.abs(factor) > epsilon) for (let j = col; j < width; j++) row[j]! -= factor * p[j]!;
    }
    out.push(p);
  }
  return out;
}

/**
 * Which cells to hide. Every count under the threshold is hidden (primary suppression); then, while a line
 * that adds up has exactly one hidden cell, or any hidden cell can otherwise be worked out from the totals
 * and the shown cells, the smallest shown cell of such a line is hidden as well (complementary suppression).
 */
export function suppressionMask(grid: Grid, sums: Sums): boolean[][] {
  const hidden = grid.map((row) => row.map((v) => v !== null && v < smallestShown));
  const lines = linesOf(grid, sums);
  const hideSmallestShown = (line: At[]): boolean => {
    const shown = line.filter(([r, c]) => !hidden[r]![c]);
    if (!shown.length) return false;
    // Rather a member than the total; then the smallest (the least information lost).
    const total = line[line.length - 1]!;
    const members = shown.filter((at) => at !== total);
    const pick = (members.length ? members : shown).reduce((a, b) =>
      grid[b[0]]![b[1]]! < grid[a[0]]![a[1]]! ? b : a,
    );
    hidden[pick[0]]![pick[1]] = true;
    return true;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => hidden[r]![c]).length === 1 && hideSmallestShown(line)) changed = true;
    }
    if (changed) continue;
    const [exposed] = derivableCells(grid, sums, hidden);
    if (!exposed) break;
    const key = (at: At) => `${at[0]},${at[1]}`;
    const through = lines.find(
      (line) => line.some((at) => key(at) === key(exposed)) && line.some(([r, c]) => !hidden[r]![c]),
    );
    if (!through) break;
    changed = hideSmallestShown(through);
  }
  return hidden;
}
