/**
 * Maximum-weight bipartite matching with capacities, exact.
 *
 * Participants are rows, volunteers columns; a volunteer with capacity k becomes k identical columns ("slots").
 * Weights are integers ≥ 0 and 0 means "not allowed": since every weight is non-negative, the best matching that
 * may leave people out has the same total as the best assignment that gives every row of the smaller side a
 * column, so we solve that rectangular assignment and drop the pairs of weight 0.
 *
 * The solver is the shortest augmenting path method of Jonker and Volgenant (LAPJV's augmentation, as in
 * Kazmar's `lap`), for a rectangular cost matrix with n ≤ m: each free row finds a cheapest augmenting path by a
 * Dijkstra search over columns on reduced costs, taking all columns at the current least distance at once (which
 * makes the many ties of small integer scores cheap), then updates the column prices. Column prices only fall
 * and a free column keeps price 0, which is the optimality condition of the rectangular problem (Bijsterbosch and
 * Volgenant 2010; Crouse 2016, the method of SciPy's linear_sum_assignment). Before that, each row takes a free
 * column among its cheapest if one is left, which keeps the same conditions and settles most rows at once.
 *
 * Deterministic: the same matrix gives the same answer, and on ties lower indexes are tried first, so a caller
 * that orders rows and columns by id gets ties broken by id order.
 */

export type Weights = Uint8Array | Uint16Array | Int32Array;

/**
 * Minimum-cost assignment of every row of an n × m cost matrix (row-major, n ≤ m, integer costs) to a distinct
 * column. Returns each row's column.
 */
export function solveRectangularAssignment(cost: Int32Array, n: number, m: number): Int32Array {
  if (n > m) throw new Error('solveRectangularAssignment needs rows ≤ columns');
  if (cost.length !== n * m) throw new Error('cost matrix size does not match');
  const x = new Int32Array(n).fill(-1); // row → column
  const y = new Int32Array(m).fill(-1); // column → row
  const v = new Float64Array(m); // column prices; integers, exact in a double

  // Each row takes the first free column among its cheapest (all prices are 0 still).
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let min = Infinity;
    for (let j = 0; j < m; j++) if (cost[base + j]! < min) min = cost[base + j]!;
    for (let j = 0; j < m; j++)
      if (cost[base + j] === min && y[j]! < 0) {
        x[i] = j;
        y[j] = i;
        break;
      }
  }

  const cols = new Int32Array(m);
  const d = new Float64Array(m);
  const pred = new Int32Array(m);
  for (let start = 0; start < n; start++) {
    if (x[start]! >= 0) continue;
    // Shortest augmenting path from `start`. cols[0, ready) are done, cols[lo, hi) are at the least distance
    // and waiting to be scanned, cols[hi, m) are still to do.
    const base = start * m;
    for (let j = 0; j < m; j++) {
      cols[j] = j;
      pred[j] = start;
      d[j] = cost[base + j]! - v[j]!;
    }
    let lo = 0;
    let hi = 0;
    let ready = 0;
    let sink = -1;
    let mind = 0;
    while (sink < 0) {
      if (lo === hi) {
        // Move every column at the least distance to [lo, hi); take a free one if there is one.
        ready = lo;
        hi = lo + 1;
        mind = d[cols[lo]!]!;
        for (let k = hi; k < m; k++) {
          const j = cols[k]!;
          const dj = d[j]!;
          if (dj <= mind) {
            if (dj < mind) {
              hi = lo;
              mind = dj;
            }
            cols[k] = cols[hi]!;
            cols[hi++] = j;
          }
        }
        for (let k = lo; k < hi; k++)
          if (y[cols[k]!]! < 0) {
            sink = cols[k]!;
            break;
          }
        if (sink >= 0) break;
      }
      // Scan one column at the least distance: relax the columns still to do through its row.
      const j = cols[lo++]!;
      const i = y[j]!;
      const rowBase = i * m;
      const h = cost[rowBase + j]! - v[j]! - mind;
      for (let k = hi; k < m; k++) {
        const jj = cols[k]!;
        const reduced = cost[rowBase + jj]! - v[jj]! - h;
        if (reduced < d[jj]!) {
          d[jj] = reduced;
          pred[jj] = i;
          if (reduced === mind) {
            if (y[jj]! < 0) {
              sink = jj;
              break;
            }
            cols[k] = cols[hi]!;
            cols[hi++] = jj;
          }
        }
      }
    }
    // Lower the prices of the columns done, then flip the path.
    for (let k = 0; k < ready; k++) {
      const j = cols[k]!;
      v[j] = v[j]! + d[j]! - mind;
    }
    let j = sink;
    for (;;) {
      const i = pred[j]!;
      y[j] = i;
      const next = x[i]!;
      x[i] = j;
      if (i === start) break;
      j = next;
    }
  }
  return x;
}

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
  const transposed = n > s;
  const [nr, nc] = transposed ? [s, n] : [n, s];
  const cost = new Int32Array(nr * nc);
  for (let a = 0; a < n; a++) {
    const base = liveRows[a]! * cols;
    for (let b = 0; b < s; b++) {
      const c = top - weights[base + slotOwner[b]!]!;
      if (transposed) cost[b * nc + a] = c;
      else cost[a * nc + b] = c;
    }
  }
  const assigned = solveRectangularAssignment(cost, nr, nc);
  for (let k = 0; k < nr; k++) {
    const [a, b] = transposed ? [assigned[k]!, k] : [k, assigned[k]!];
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
