import { matchingTotal, maxWeightMatching } from '#server/volunteers/matching/assignment.ts';
import { MatchingContext } from '#server/volunteers/matching/compile.ts';
import { greedyMatching } from '#server/volunteers/matching/greedy.ts';
import { buildScoreMatrix, freePlaces, proposeMatches } from '#server/volunteers/matching/propose.ts';
import { seededRandom } from '#server/volunteers/matching/random.ts';
import { syntheticPeople } from '#server/volunteers/matching/synthetic-profiles.ts';

/**
 * Language friends: the matching engine on synthetic profiles (bench: 2,000 volunteers by 2,000 participants,
 * maxFriends mostly 1 and some 2, one participant in ten meeting only a woman). Each run draws a new town from
 * its own seed; we report the median time of each phase and the optimal total against greedy's.
 */
export type MatchingBenchOptions = { volunteers: number; participants: number; runs: number; seed: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
};

export function benchMatching({ volunteers, participants, runs, seed }: MatchingBenchOptions) {
  const t = {
    score: [] as number[],
    optimal: [] as number[],
    greedy: [] as number[],
    propose: [] as number[],
  };
  const rows: Record<string, string | number>[] = [];
  for (let run = 0; run < runs; run++) {
    const people = syntheticPeople(seededRandom(seed + run), volunteers, participants);
    const vs = people.volunteers;
    const ps = people.participants;
    const caps = vs.map((v) => freePlaces(v, 0));
    const [weights, scoreMs] = time(() => buildScoreMatrix(new MatchingContext(), vs, ps));
    const [optimal, optimalMs] = time(() => maxWeightMatching(weights, ps.length, vs.length, caps));
    const [greedy, greedyMs] = time(() => greedyMatching(weights, ps.length, vs.length, caps));
    // End to end, as the register will call it: id order, scoring, solving and the reasons of every pair.
    const [proposal, proposeMs] = time(() => proposeMatches(vs, ps));
    const optimalTotal = matchingTotal(weights, vs.length, optimal);
    const greedyTotal = matchingTotal(weights, vs.length, greedy);
    if (proposal.total !== optimalTotal) throw new Error('proposeMatches and the solver disagree');
    const onlyWoman = new Set(ps.filter((p) => p.preferences.onlyWoman).map((p) => p.id));
    const women = new Set(vs.filter((v) => v.gender === 'woman').map((v) => v.id));
    for (const pair of proposal.pairs)
      if (onlyWoman.has(pair.participantId) && !women.has(pair.volunteerId))
        throw new Error('a wish to meet only a woman was broken');
    t.score.push(scoreMs);
    t.optimal.push(optimalMs);
    t.greedy.push(greedyMs);
    t.propose.push(proposeMs);
    const eligible = weights.reduce((n, w) => n + (w > 0 ? 1 : 0), 0);
    rows.push({
      run: run + 1,
      seed: seed + run,
      places: caps.reduce((s, c) => s + c, 0),
      'eligible pairs': `${((100 * eligible) / weights.length).toFixed(1)} %`,
      'optimal pairs': optimal.filter((c) => c >= 0).length,
      'optimal total': optimalTotal,
      'greedy pairs': greedy.filter((c) => c >= 0).length,
      'greedy total': greedyTotal,
      'greedy / optimal': (greedyTotal / optimalTotal).toFixed(4),
      'mean score opt': (optimalTotal / proposal.pairs.length).toFixed(1),
      'only-woman wishes': onlyWoman.size,
    });
  }
  const ms = (xs: number[]) => median(xs).toFixed(0);
  console.log(
    `\nLanguage friends matching: ${volunteers} volunteers × ${participants} participants, ${runs} runs (seeds ${seed}…${seed + runs - 1})`,
  );
  console.table(rows);
  console.table([
    {
      phase: 'score every pair (matrix)',
      'median ms': ms(t.score),
      'max ms': Math.max(...t.score).toFixed(0),
    },
    {
      phase: 'optimal matching (solver)',
      'median ms': ms(t.optimal),
      'max ms': Math.max(...t.optimal).toFixed(0),
    },
    { phase: 'greedy matching', 'median ms': ms(t.greedy), 'max ms': Math.max(...t.greedy).toFixed(0) },
    {
      phase: 'proposeMatches, end to end',
      'median ms': ms(t.propose),
      'max ms': Math.max(...t.propose).toFixed(0),
    },
  ]);
  const ratios = rows.map((r) => Number(r['greedy / optimal']));
  console.log(
    `Optimal solved end to end in a median ${ms(t.propose)} ms (target < 2000 ms); greedy reaches ${(100 * median(ratios)).toFixed(2)} % of the optimal total (median; ${(100 * Math.min(...ratios)).toFixed(2)}–${(100 * Math.max(...ratios)).toFixed(2)} %)`,
  );
}
