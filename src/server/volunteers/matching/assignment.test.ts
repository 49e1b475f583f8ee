import { describe, expect, it } from 'vitest';
import { matchingTotal, maxWeightMatching } from './assignment.ts';
import { greedyMatching } from './greedy.ts';
import { seededRandom, type Random } from './random.ts';

type Problem = { weights: Int32Array; rows: number; cols: number; caps: number[] };

function randomProblem(random: Random, maxRows = 7, maxCols = 7): Problem {
  const rows = random.int(0, maxRows);
  const cols = random.int(0, maxCols);
  const density = random.pick([0.2, 0.5, 0.8, 1]);
  // Small maximum weights give many ties, which is where shortest-path methods go wrong when they do.
  const top = random.pick([1, 2, 5, 10, 100]);
  const weights = new Int32Array(rows * cols);
  for (let k = 0; k < weights.length; k++) if (random.chance(density)) weights[k] = random.int(1, top);
  const caps = Array.from({ length: cols }, () => random.int(0, 3));
  return { weights, rows, cols, caps };
}

/** Every way of giving each row a column with room (or none), the best total kept. */
function bruteForceBest({ weights, rows, cols, caps }: Problem): number {
  const left = [...caps];
  let best = 0;
  const go = (r: number, total: number) => {
    if (r === rows) {
      best = Math.max(best, total);
      return;
    }
    go(r + 1, total);
    for (let c = 0; c < cols; c++) {
      const w = weights[r * cols + c]!;
      if (w > 0 && left[c]! > 0) {
        left[c]!--;
        go(r + 1, total + w);
        left[c]!++;
      }
    }
  };
  go(0, 0);
  return best;
}

/**
 * An independent exact method for problems too large to enumerate: min-cost flow by successive shortest paths
 * with Bellman–Ford (source → row → column → sink, cost −weight), stopping when no path lowers the cost.
 */
function minCostFlowBest({ weights, rows, cols, caps }: Problem): number {
  const n = rows + cols + 2;
  const source = rows + cols;
  const sink = source + 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const adj: number[][] = Array.from({ length: n }, () => []);
  const half = (a: number, b: number, c: number, w: number) => {
    adj[a]!.push(to.length);
    to.push(b);
    cap.push(c);
    cost.push(w);
  };
  // Edge e and its reverse e ^ 1.
  const edge = (a: number, b: number, c: number, w: number) => {
    half(a, b, c, w);
    half(b, a, 0, -w);
  };
  for (let r = 0; r < rows; r++) edge(source, r, 1, 0);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      if (weights[r * cols + c]! > 0) edge(r, rows + c, 1, -weights[r * cols + c]!);
  for (let c = 0; c < cols; c++) edge(rows + c, sink, caps[c]!, 0);
  let total = 0;
  for (;;) {
    const dist = new Array<number>(n).fill(Infinity);
    const via = new Array<number>(n).fill(-1);
    dist[source] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let a = 0; a < n; a++) {
        if (dist[a] === Infinity) continue;
        for (const e of adj[a]!)
          if (cap[e]! > 0 && dist[a]! + cost[e]! < dist[to[e]!]!) {
            dist[to[e]!] = dist[a]! + cost[e]!;
            via[to[e]!] = e;
            changed = true;
          }
      }
      if (!changed) break;
    }
    if (!(dist[sink]! < 0)) return total;
    total -= dist[sink]!;
    for (let b = sink; b !== source; b = to[via[b]! ^ 1]!) {
      cap[via[b]!]!--;
      cap[via[b]! ^ 1]!++;
    }
  }
}

function expectValid({ weights, rows, cols, caps }: Problem, rowToCol: Int32Array, label: string) {
  expect(rowToCol.length, label).toBe(rows);
  const used = new Array<number>(cols).fill(0);
  for (let r = 0; r < rows; r++) {
    const c = rowToCol[r]!;
    if (c === -1) continue;
    expect(c >= 0 && c < cols, label).toBe(true);
    expect(weights[r * cols + c], `${label}: row ${r} got a pair of weight 0`).toBeGreaterThan(0);
    used[c]!++;
  }
  for (let c = 0; c < cols; c++)
    expect(used[c], `${label}: column ${c} over capacity`).toBeLessThanOrEqual(caps[c]!);
}

describe('maxWeightMatching', () => {
  it('finds the best total of small random problems, as exhaustive search does', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const problem = randomProblem(seededRandom(seed));
      const { weights, rows, cols, caps } = problem;
      const optimal = maxWeightMatching(weights, rows, cols, caps);
      expectValid(problem, optimal, `seed ${seed}`);
      expect(matchingTotal(weights, cols, optimal), `seed ${seed}`).toBe(bruteForceBest(problem));
    }
  });

  it('finds the best total of larger random problems, as an independent min-cost flow does', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const problem = randomProblem(seededRandom(10_000 + seed), 40, 30);
      const { weights, rows, cols, caps } = problem;
      const optimal = maxWeightMatching(weights, rows, cols, caps);
      expectValid(problem, optimal, `seed ${10_000 + seed}`);
      expect(matchingTotal(weights, cols, optimal), `seed ${10_000 + seed}`).toBe(minCostFlowBest(problem));
    }
  });

  it('is never below greedy, and greedy keeps the same rules', () => {
    let strictlyBetter = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const problem = randomProblem(seededRandom(seed), 12, 12);
      const { weights, rows, cols, caps } = problem;
      const optimal = matchingTotal(weights, cols, maxWeightMatching(weights, rows, cols, caps));
      const greedy = greedyMatching(weights, rows, cols, caps);
      expectValid(problem, greedy, `greedy, seed ${seed}`);
      const greedyTotal = matchingTotal(weights, cols, greedy);
      expect(optimal, `seed ${seed}`).toBeGreaterThanOrEqual(greedyTotal);
      if (optimal > greedyTotal) strictlyBetter++;
    }
    // The comparison means something only if greedy sometimes loses.
    expect(strictlyBetter).toBeGreaterThan(0);
  });

  it('gives up a best pair for two better ones, where greedy does not', () => {
    // Row 0 likes both volunteers; row 1 only the first.
    const weights = Int32Array.from([10, 9, 9, 0]);
    const optimal = maxWeightMatching(weights, 2, 2, [1, 1]);
    expect([...optimal]).toEqual([1, 0]);
    expect(matchingTotal(weights, 2, optimal)).toBe(18);
    expect(matchingTotal(weights, 2, greedyMatching(weights, 2, 2, [1, 1]))).toBe(10);
  });

  it('fills a volunteer’s places up to her capacity and no further', () => {
    const weights = Int32Array.from([5, 1, 5, 1, 5, 1]); // three rows, two columns
    const result = maxWeightMatching(weights, 3, 2, [2, 1]);
    expect([...result].filter((c) => c === 0)).toHaveLength(2);
    expect(matchingTotal(weights, 2, result)).toBe(11);
    expect([...maxWeightMatching(weights, 3, 2, [0, 0])]).toEqual([-1, -1, -1]);
  });

  it('leaves a row without allowed pairs unmatched rather than forcing a pair of weight 0', () => {
    const weights = Int32Array.from([0, 0, 3, 0]);
    expect([...maxWeightMatching(weights, 2, 2, [1, 1])]).toEqual([-1, 0]);
    expect([...maxWeightMatching(new Int32Array(6), 2, 3, [1, 1, 1])]).toEqual([-1, -1]);
    expect([...maxWeightMatching(new Int32Array(0), 0, 0, [])]).toEqual([]);
  });

  it('gives the same answer every time, with ties going to lower indexes', () => {
    const problem = randomProblem(seededRandom(77), 60, 50);
    const { weights, rows, cols, caps } = problem;
    expect(maxWeightMatching(weights, rows, cols, caps)).toEqual(
      maxWeightMatching(weights, rows, cols, caps),
    );
    // All equal: the first rows take the first columns.
    expect([...maxWeightMatching(new Int32Array(9).fill(4), 3, 3, [1, 1, 1])]).toEqual([0, 1, 2]);
  });

  it('refuses malformed input', () => {
    expect(() => maxWeightMatching(new Int32Array(3), 2, 2, [1, 1])).toThrow(/size/);
    expect(() => maxWeightMatching(new Int32Array(4), 2, 2, [1])).toThrow(/capacity/);
    expect(() => maxWeightMatching(new Int32Array(4), 2, 2, [1, -1])).toThrow(/capacity/);
    expect(() => maxWeightMatching(Int32Array.from([1, -2, 0, 0]), 2, 2, [1, 1])).toThrow(/non-negative/);
  });
});
