/** A small seeded generator (mulberry32), so that a failing random test or a benchmark run can be repeated. */
export type Random = {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the keys, with probability in proportion to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  /** k distinct items, in the items' order. */
  sample<T>(items: readonly T[], k: number): T[];
  shuffle<T>(items: readonly T[]): T[];
};

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]) => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)]!,
    weighted: <T extends string>(weights: Readonly<Record<T, number>>) => {
      const entries = Object.entries(weights) as [T, number][];
      let x = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [key, w] of entries) if ((x -= w) < 0) return key;
      return entries.at(-1)![0];
    },
    sample: <T>(items: readonly T[], k: number) => {
      const chosen = new Set(shuffle(items.map((_, i) => i)).slice(0, k));
      return items.filter((_, i) => chosen.has(i));
    },
    shuffle,
  };
}
