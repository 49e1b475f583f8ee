import { checkProblem, type Weights } from './assignment.ts';

/**
 * Greedy matching for comparison: take the heaviest remaining pair whose row is free and whose column has room,
 * ties by row and then column index. It is what a person does by hand, and often good, but it can take a pair that
 * blocks two better ones. Pairs of weight 0 are never taken. Weights are bucketed by value (a counting sort), so
 * this is linear in the matrix for the small integer scores we use.
 */
export function greedyMatching(
  weights: Weights,
  rows: number,
  cols: number,
  capacities: ArrayLike<number>,
): Int32Array {
  const left = checkProblem(weights, rows, cols, capacities);
  const result = new Int32Array(rows).fill(-1);
  let top = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k]! > top) top = weights[k]!;
  if (top === 0) return result;

  const count = new Int32Array(top + 2);
  for (let k = 0; k < weights.length; k++) count[weights[k]!] = count[weights[k]!]! + 1;
  // Start of each weight's bucket, heaviest first.
  const start = new Int32Array(top + 2);
  for (let w = top, at = 0; w >= 1; w--) {
    start[w] = at;
    at += count[w]!;
  }
  const order = new Int32Array(weights.length - count[0]!);
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!;
    if (w > 0) order[(start[w] = start[w]! + 1) - 1] = k;
  }
  for (let t = 0; t < order.length; t++) {
    const k = order[t]!;
    const r = Math.floor(k / cols);
    const c = k - r * cols;
    if (result[r]! >= 0 || left[c] === 0) continue;
    result[r] = c;
    left[c] = left[c]! - 1;
  }
  return result;
}
