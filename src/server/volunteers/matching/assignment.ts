import { munkres } from 'munkres';

/**
 * Maximum-weight bipartite matching with capacities, exact.
 *
 * Participants are rows, volunteers columns; a volunteer with capacity k becomes k identical columns ("slots").
 * Weights are integers ≥ 0 and 0 means "not allowed": since every weight is non-negative, the best matching that
 * may leave people out has the same total as the best assignment that pairs every row or every slot, whichever
 * side is smaller, so we solve that rectangular assignment and drop the pairs of weight 0.
 *
 * The assignment itself is the `munkres` package (MIT, no dependencies): a Hungarian method in O(M²N) for M ≤ N
 * on any array-like matrix, so we hand it views into one Int32Array. On 2,000 participants by 2,300 slots it
 * takes well under a second here (bench/matching.ts); its answers are checked against exhaustive search and an
 * independent min-cost flow in assignment.test.ts.
 *
 * Deterministic: the same matrix gives the same answer. The caller orders rows and columns by id, so ties are
 * settled the same way every time.
 */

export type Weights = Uint8Array | Uint16Array | Int32Array;

/** Checks the shape of a capacitated problem; returns each column's usable capacity (at most the row count). */
export function checkProblem(weights: Weights, rows: number, cols: number, capacities: ArrayLike<number>) {
  if (weights.length !== rows * cols) throw new Error('weights size does not match rows × columns');
  if (capacities.length !== cols) throw new Error('one capacity per column');
  const caps = new Int32Array(cols);
  for (let c = 0; c < cols; c++) {
    const cap = capacities[c]!;
    if (!Number.isInteger(cap) || cap < 0) throw new Error(`capacity of column ${c} must be an integer ≥ 0`);
    caps[c] = Math.min(cap, rows);
  }
  for (let k = 0; k < weights.length; k++)
    if (weights[k]! < 0) throw new Error('weights must be non-negative integers');
  return caps;
}

/**
 * The best total weight: for each row its column (or -1), each column used at most its capacity, no pair of
 * weight 0. `weights` is rows × cols, row-major.
 */
export function maxWeightMatching(
  weights: Weights,
  rows: number,
  cols: number,
  capacities: ArrayLike<number>,
): Int32Array {
  const caps = checkProblem(weights, rows, cols, capacities);
  const result = new Int32Array(rows).fill(-1);

  // Only rows and columns with some allowed pair take part; the rest cannot be matched anyway.
  const liveRows: number[] = [];
  const liveCol = new Uint8Array(cols);
  let top = 0;
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let c = 0; c < cols; c++) {
      const w = weights[r * cols + c]!;
      if (w > 0 && caps[c]! > 0) {
        any = true;
        liveCol[c] = 1;
        if (w > top) top = w;
      }
    }
    if (any) liveRows.push(r);
  }
  const slotOwner: number[] = [];
  for (let c = 0; c < cols; c++) if (liveCol[c]) for (let s = 0; s < caps[c]!; s++) slotOwner.push(c);
  const n = liveRows.length;
  const s = slotOwner.length;
  if (n === 0) return result;

  // Cost = top − weight, so that the cheapest assignment is the heaviest.
  const cost = new Int32Array(n * s);
  for (let a = 0; a < n; a++) {
    const base = liveRows[a]! * cols;
    for (let b = 0; b < s; b++) cost[a * s + b] = top - weights[base + slotOwner[b]!]!;
  }
  const matrix = Array.from({ length: n }, (_, a) => cost.subarray(a * s, (a + 1) * s));
  for (const [a, b] of munkres(matrix)) {
    const row = liveRows[a]!;
    const col = slotOwner[b]!;
    if (weights[row * cols + col]! > 0) result[row] = col;
  }
  return result;
}

/** The total weight of a matching, for reports and tests. */
export function matchingTotal(weights: Weights, cols: number, rowToCol: Int32Array): number {
  let total = 0;
  for (let r = 0; r < rowToCol.length; r++) if (rowToCol[r]! >= 0) total += weights[r * cols + rowToCol[r]!]!;
  return total;
}
