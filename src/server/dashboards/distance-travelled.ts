import type { Queryable } from '../db/types.ts';
import type { Draft } from './figure.ts';
import { peopleInScope, scopeParams, type Scope } from './scope.ts';

type Row = { domain: string; people: number; first: string; latest: string; change: string };

const round2 = (v: string) => Math.round(Number(v) * 100) / 100;

/**
 * Distance travelled per kartläggning domain: for each person assessed at least twice up to the period's end,
 * her first and her latest kartläggning, and in each domain rated in both, the two ratings; the figure gives
 * how many people that is per domain and the averages of first, latest and change. Domains are named by the
 * templates that define them.
 */
export async function distanceTravelled(tx: Queryable, scope: Scope): Promise<Draft> {
  const { rows } = await tx.query<Row>(
    `with picked as (
       select a.participant_id,
              (array_agg(a.id order by a.assessed_on, a.created_at, a.id))[1] as first_id,
              (array_agg(a.id order by a.assessed_on desc, a.created_at desc, a.id desc))[1] as latest_id
         from dashboard_assessments a
        where a.unit_id = any($1::uuid[]) and a.assessed_on <= $3::date
          and a.participant_id in (${peopleInScope})
        group by a.participant_id
       having count(*) >= 2),
     firsts as materialized (
       select p.participant_id, r.domain, r.rating
         from picked p join dashboard_assessment_ratings r on r.assessment_id = p.first_id),
     latests as materialized (
       select p.participant_id, r.domain, r.rating
         from picked p join dashboard_assessment_ratings r on r.assessment_id = p.latest_id)
     select f.domain, count(*)::int as people, avg(f.rating)::text as first, avg(l.rating)::text as latest,
            avg(l.rating - f.rating)::text as change
       from firsts f join latests l on l.participant_id = f.participant_id and l.domain = f.domain
      group by f.domain`,
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
