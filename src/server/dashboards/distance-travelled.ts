import type { Queryable } from '../db/types.ts';
import type { Draft } from './figure.ts';
import { peopleInScope, scopeParams, type Scope } from './scope.ts';

type Row = { domain: string; people: number; first: string; latest: string; change: string };

const round2 = (v: string) => Math.round(Number(v) * 100) / 100;

/** A person's first (or latest) kept ratings in scope, read in the index's order. */
const end = (direction: 'asc' | 'desc') => `
  select distinct on (a.participant_id) a.participant_id, a.assessment_id, a.ones, a.packed
    from dashboard_rating_vectors a
   where a.unit_id = any($1::uuid[]) and a.assessed_on <= $3::date
   order by a.participant_id ${direction}, a.assessed_on ${direction}, a.created_at ${direction},
            a.assessment_id ${direction}`;

/**
 * Distance travelled per kartläggning domain: for each person assessed at least twice up to the period's end,
 * her first and her latest kartläggning, and in each domain rated in both, the two ratings; the figure gives
 * how many people that is per domain and the averages of first, latest and change. Domains are named by the
 * templates that define them.
 *
 * The ratings are kept per assessment by migration 0032. Pairs whose two assessments rate the same domains
 * with whole numbers are summed as packed numbers (one sum for every domain at once) and unpacked per slot;
 * the others are unfolded rating by rating. Averages are sums over counts in numeric, as avg() gives them.
 */
export async function distanceTravelled(tx: Queryable, scope: Scope): Promise<Draft> {
  // The planner's default cost of a random read (meant for spinning disks) made it sort every assessment
  // rather than read the index in order; this transaction only reads.
  await tx.query(`select set_config('random_page_cost', '1.1', true)`);
  const { rows } = await tx.query<Row>(
    `with pairs as materialized (
       select f.assessment_id as first_id, l.assessment_id as latest_id, f.ones, f.packed as first_packed,
              l.packed as latest_packed,
              f.packed is not null and l.packed is not null and f.ones = l.ones as packable
         from (${end('asc')}) f
         join (${end('desc')}) l on l.participant_id = f.participant_id
        where f.assessment_id <> l.assessment_id and f.participant_id in (${peopleInScope})),
     packed as (
       select sum(ones) as n, sum(first_packed) as f, sum(latest_packed) as l from pairs where packable),
     slots as (
       select d.slot, d.domain, ('1' || repeat('0', 12 * (d.slot - 1)))::numeric as place
         from assessment_rating_domains d),
     unfolded as (
       select s.slot, count(*) as n, sum(f.ratings[s.slot]) as f, sum(l.ratings[s.slot]) as l
         from pairs p
         join dashboard_rating_vectors f on f.assessment_id = p.first_id
         join dashboard_rating_vectors l on l.assessment_id = p.latest_id
         cross join slots s
        where not p.packable and f.ratings[s.slot] is not null and l.ratings[s.slot] is not null
        group by s.slot),
     sums as (
       select s.domain,
              coalesce(mod(div(p.n, s.place), 1e12), 0) + coalesce(u.n, 0) as n,
              coalesce(mod(div(p.f, s.place), 1e12), 0) + coalesce(u.f, 0) as f,
              coalesce(mod(div(p.l, s.place), 1e12), 0) + coalesce(u.l, 0) as l
         from slots s cross join packed p left join unfolded u on u.slot = s.slot)
     select domain, n::int as people, (f / n)::text as first, (l / n)::text as latest,
            ((l - f) / n)::text as change
       from sums where n > 0`,
    scopeParams(scope),
  );
  const { rows: labels } = await tx.query<{ key: string; sv: string; en: string }>(
    `select distinct on (d ->> 'key') d ->> 'key' as key, d ->> 'labelSv' as sv, d ->> 'labelEn' as en
       from assessment_templates t cross join lateral jsonb_array_elements(t.domains) d
      order by d ->> 'key', t.organisation_id nulls last, t.version desc`,
  );
  const order = new Map(labels.map((l, i) => [l.key, i]));
  const named = new Map(labels.map((l) => [l.key, { sv: l.sv, en: l.en }]));
  return {
    key: 'distance',
    chart: 'bar',
    columns: [
      { key: 'people', measure: 'count' },
      { key: 'first', measure: 'average' },
      { key: 'latest', measure: 'average' },
      { key: 'change', measure: 'average' },
    ],
    rows: rows
      .sort(
        (a, b) =>
          (order.get(a.domain) ?? 1e9) - (order.get(b.domain) ?? 1e9) || a.domain.localeCompare(b.domain),
      )
      .map((r) => ({
        key: r.domain,
        label: named.get(r.domain) ?? { sv: r.domain, en: r.domain },
        cells: [r.people, round2(r.first), round2(r.latest), round2(r.change)],
      })),
    total: null,
    peopleColumn: 0,
  };
}
