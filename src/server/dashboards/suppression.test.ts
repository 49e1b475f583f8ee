import { describe, expect, it } from 'vitest';
import { derivableCells, suppressionMask, type Grid, type Sums } from './suppression.ts';

/** A grid with its totals: `body` rows by columns, plus a total row and/or a total column. */
function withTotals(body: number[][], sums: Sums): Grid {
  let grid = body.map((row) => (sums.rowTotals ? [...row, row.reduce((a, b) => a + b, 0)] : [...row]));
  if (sums.columnTotals) {
    grid = [...grid, grid[0]!.map((_, c) => grid.reduce((s, row) => s + row[c]!, 0))];
  }
  return grid;
}

/** A small deterministic generator, so a failure can be replayed by its seed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/**
 * The attacker's view: which hidden cells a combination of the published lines pins down exactly, found
 * independently of the code under test by exact fraction-free elimination over the integers.
 */
function pinnedCells(grid: Grid, sums: Sums, hidden: boolean[][]): string[] {
  const unknowns: string[] = [];
  grid.forEach((row, r) => row.forEach((_, c) => hidden[r]![c] && unknowns.push(`${r},${c}`)));
  const equations: bigint[][] = [];
  const rows = grid.length;
  const cols = grid[0]!.length;
  const line = (cells: [number, number][]) => {
    const e = unknowns.map(() => 0n);
    cells.forEach(([r, c], i) => {
      const k = unknowns.indexOf(`${r},${c}`);
      if (k >= 0) e[k] = i === cells.length - 1 ? -1n : 1n;
    });
    equations.push(e);
  };
  if (sums.columnTotals) for (let c = 0; c < cols; c++) line(grid.map((_, r) => [r, c]));
  if (sums.rowTotals) for (let r = 0; r < rows; r++) line(grid[r]!.map((_, c) => [r, c]));
  const rank = (m: bigint[][]) => {
    const a = m.map((row) => [...row]);
    let rk = 0;
    for (let c = 0; c < unknowns.length && rk < a.length; c++) {
      const p = a.findIndex((row, i) => i >= rk && row[c] !== 0n);
      if (p < 0) continue;
      [a[rk], a[p]] = [a[p]!, a[rk]!];
      for (let i = 0; i < a.length; i++) {
        if (i === rk || a[i]![c] === 0n) continue;
        const f = a[i]![c]!;
        const g = a[rk]![c]!;
        a[i] = a[i]!.map((v, j) => v * g - a[rk]![j]! * f);
      }
      rk++;
    }
    return rk;
  };
  const base = rank(equations);
  return unknowns.filter(
    (_, k) => rank([...equations, unknowns.map((__, j) => (j === k ? 1n : 0n))]) === base,
  );
}

describe('small-count suppression', () => {
  it('hides every count under 5 and, where one line has a single hidden cell, the next smallest', () => {
    // A column of categories with its total: 3 alone would be 30 − 12 − 8 − 7.
    const sums = { columnTotals: true, rowTotals: false };
    const grid = withTotals([[12], [8], [3], [7]], sums);
    expect(suppressionMask(grid, sums).map((r) => r[0])).toEqual([false, false, true, true, false]);
  });

  it('protects totals over time and both directions of a table', () => {
    const sums = { columnTotals: true, rowTotals: true };
    const grid = withTotals(
      [
        [10, 2, 9],
        [8, 7, 6],
        [9, 11, 12],
      ],
      sums,
    );
    const hidden = suppressionMask(grid, sums);
    expect(hidden.flat().filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(pinnedCells(grid, sums, hidden)).toEqual([]);
  });

  it('never leaves a hidden cell that the totals and shown cells pin down (random tables)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const rows = 1 + Math.floor(next() * 7);
      const cols = 1 + Math.floor(next() * 4);
      const sums = { columnTotals: next() < 0.8, rowTotals: next() < 0.5 };
      const body = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (next() < 0.4 ? Math.floor(next() * 5) : Math.floor(next() * 40))),
      );
      const grid = withTotals(body, sums);
      const hidden = suppressionMask(grid, sums);
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v < 5) expect(hidden[r]![c], `seed ${seed}`).toBe(true);
        }),
      );
      expect(pinnedCells(grid, sums, hidden), `seed ${seed}`).toEqual([]);
      expect(derivableCells(grid, sums, hidden), `seed ${seed}`).toEqual([]);
    }
  });

  it('leaves a table with nothing small as it is', () => {
    const sums = { columnTotals: true, rowTotals: false };
    const grid = withTotals([[12], [8], [30]], sums);
    expect(suppressionMask(grid, sums).flat()).toEqual([false, false, false, false]);
  });
});
