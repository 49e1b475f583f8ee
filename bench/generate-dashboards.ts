import type { Queryable } from '#server/db/types.ts';
import { newId } from '#server/lib/ids.ts';

export type DashboardData = {
  organisationId: string;
  unitIds: string[];
  staffUserId: string;
  programmeId: string;
  timings: Record<string, number>;
};

/**
 * A programme for the dashboard benchmark: `participants` over ten municipalities with gender, age and
 * languages; an enrolment each over the last two years (two in five ended, with a status, and their 6- and
 * 12-month follow-ups done where due); ten weekly activities per unit and about 50 attendance marks per
 * person (5 million at 100,000); two kartläggningar for two in three; milestones for about a third. Every
 * table is filled by one INSERT … SELECT over generate_series, so the database does the work.
 */
export async function generateDashboardData(db: Queryable, participants: number): Promise<DashboardData> {
  const timings: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    await db.query(sql, params);
    timings[name] = Math.round(performance.now() - t);
  };
  const organisationId = newId();
  const unitIds = Array.from({ length: 10 }, () => newId());
  const staffUserId = newId();
  const programmeId = newId();
  await db.query('insert into organisations (id, name) values ($1, $2)', [organisationId, 'BENCH Förbundet']);
  await db.query(
    `insert into units (id, organisation_id, name)
     select u, $1, 'BENCH kommun ' || ord from unnest($2::uuid[]) with ordinality as t(u, ord)`,
    [organisationId, unitIds],
  );
  await db.query(`insert into users (id, organisation_id, email, name) values ($1, $2, $3, 'BENCH Coach')`, [
    staffUserId,
    organisationId,
    `bench-dashboards-${staffUserId}@bench.test`,
  ]);
  await db.query(
    `insert into programmes (id, organisation_id, name, starts_on) values ($1, $2, 'BENCH Vägen vidare', current_date - 800)`,
    [programmeId, organisationId],
  );
  await step(
    'participants',
    `insert into participants (id, unit_id, first_name, last_name, birth_date, gender, languages)
     select gen_random_uuid(), ($2::uuid[])[1 + i % 10], 'Bench', 'Person ' || i,
            date '1960-01-01' + (i * 37) % 18000,
            (array['woman', 'man', 'woman', 'man', 'non_binary', null])[1 + i % 6],
            string_to_array((array['ar', 'so,sv', 'ti', 'fa,en', 'uk', 'ar,en', 'sw', 'prs'])[1 + (i * 7) % 8], ',')
       from generate_series(1, $1) as i`,
    [participants, unitIds],
  );
  await step(
    'enrolments',
    `insert into enrolments (id, unit_id, participant_id, programme_id, started_on, exited_on, exit_reason, exit_status)
     select gen_random_uuid(), p.unit_id, p.id, $2, s.started,
            case when h % 5 < 2 then s.started + 60 + h % 300 end,
            case when h % 5 < 2 then 'completed' end,
            case when h % 5 < 2 then (array['employed', 'self_employed', 'in_education', 'job_seeking', 'inactive', 'other'])[1 + h % 6] end
       from participants p
       cross join lateral (select abs(hashtext(p.id::text)) as h) x
       cross join lateral (select current_date - 730 + (x.h % 700) as started) s
      where p.unit_id = any($1::uuid[])`,
    [unitIds, programmeId],
  );
  // Exits in the future are not exits yet.
  await db.query(
    `update enrolments set exited_on = null, exit_reason = null, exit_status = null
      where programme_id = $1 and exited_on > current_date`,
    [programmeId],
  );
  await step(
    'follow_ups',
    `insert into follow_ups (id, unit_id, participant_id, enrolment_id, months, due_on, status, situation, done_on, done_by)
     select gen_random_uuid(), e.unit_id, e.participant_id, e.id, m, e.exited_on + make_interval(months => m),
            'done', (array['employed', 'in_studies', 'job_seeking', 'social_assistance', 'other'])[1 + abs(hashtext(e.id::text || m)) % 5],
            (e.exited_on + make_interval(months => m))::date, $2
       from enrolments e cross join unnest(array[6, 12]) m
      where e.programme_id = $1 and e.exited_on is not null and e.exited_on + make_interval(months => m) <= current_date`,
    [programmeId, staffUserId],
  );
  await step(
    'activities',
    `insert into activities (id, unit_id, type, title)
     select gen_random_uuid(), u, 'swedish', 'BENCH grupp ' || g from unnest($1::uuid[]) u, generate_series(1, 10) g`,
    [unitIds],
  );
  // A session a week for a year, Tuesdays at 09:00 Stockholm time.
  await step(
    'sessions',
    `insert into activity_sessions (id, activity_id, unit_id, starts_at, ends_at)
     select gen_random_uuid(), a.id, a.unit_id, t, t + interval '3 hours'
       from activities a
       cross join generate_series(0, 51) w
       cross join lateral (select ((date_trunc('week', current_date - 364) + make_interval(weeks => w, days => 1, hours => 9))::timestamp
                                   at time zone 'Europe/Stockholm') as t) s
      where a.unit_id = any($1::uuid[])`,
    [unitIds],
  );
  await step(
    'activity_participants',
    `insert into activity_participants (activity_id, participant_id, unit_id, joined_on)
     select (select a.id from activities a where a.unit_id = p.unit_id order by a.id
              offset abs(hashtext(p.id::text)) % 10 limit 1), p.id, p.unit_id, current_date - 400
       from participants p where p.unit_id = any($1::uuid[])`,
    [unitIds],
  );
  await step(
    'attendance',
    `insert into attendance (session_id, participant_id, unit_id, status, recorded_by)
     select s.id, ap.participant_id, ap.unit_id,
            (array['present', 'present', 'present', 'absent', 'excused'])[1 + abs(hashtext(s.id::text || ap.participant_id::text)) % 5], $2
       from activity_participants ap
       join activity_sessions s on s.activity_id = ap.activity_id
      where ap.unit_id = any($1::uuid[])
        and abs(hashtext(s.id::text || ap.participant_id::text)) % 26 <> 0`,
    [unitIds, staffUserId],
  );
  await step(
    'assessments',
    `insert into assessments (id, unit_id, participant_id, template_id, assessed_on, assessed_by, domains)
     select gen_random_uuid(), p.unit_id, p.id, '00000000-0000-7000-8000-000000000001', current_date - 300 + n * 150, $2,
            (select jsonb_object_agg(d, jsonb_build_object('rating', 1 + (abs(hashtext(p.id::text || d)) + n * 2) % 10))
               from unnest(array['health', 'swedish', 'family', 'housing', 'economy', 'everyday_life',
                                 'communication_digital', 'education', 'work_experience', 'barriers']) d)
       from participants p cross join generate_series(0, 1) n
      where p.unit_id = any($1::uuid[]) and abs(hashtext(p.id::text)) % 3 > 0`,
    [unitIds, staffUserId],
  );
  await step(
    'milestones',
    `insert into milestones (id, unit_id, participant_id, kind, happened_on, source, recorded_by, sfi_path, sfi_course, employment_type)
     select gen_random_uuid(), p.unit_id, p.id, k.kind, current_date - abs(hashtext(p.id::text || k.kind)) % 600, 'coach', $2,
            case when k.kind = 'sfi_started' then 2 end, case when k.kind = 'sfi_started' then 'B' end,
            case when k.kind = 'employed' then 'unsubsidised' end
       from participants p
       cross join (values ('sfi_started', 2), ('employed', 5), ('left_social_assistance', 7)) as k(kind, every)
      where p.unit_id = any($1::uuid[]) and abs(hashtext(p.id::text)) % k.every = 0`,
    [unitIds, staffUserId],
  );
  Object.assign(timings, await generateEsfEntries(db, { programmeId, staffUserId }));
  await step('vacuum_analyze', 'vacuum analyze');
  return { organisationId, unitIds, staffUserId, programmeId, timings };
}

/**
 * The funder report's data for the programme: one in twenty who left came back (a second enrolment, which
 * is no new start), and ESF+ entry data for nine in ten, recorded at entry with her code; the gaps a real
 * programme has are there so the validation report has work: no data at all for one in ten, her gender
 * missing for some where the register has none, no status or education for a few, an age band that no longer agrees
 * with a corrected birth date, and results after leaving recorded for most but not all.
 */
export async function generateEsfEntries(
  db: Queryable,
  input: { programmeId: string; staffUserId: string },
): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[]) => {
    const t = performance.now();
    await db.query(sql, params);
    timings[name] = Math.round(performance.now() - t);
  };
  await step(
    're_entries',
    `insert into enrolments (id, unit_id, participant_id, programme_id, started_on)
     select gen_random_uuid(), e.unit_id, e.participant_id, e.programme_id, e.exited_on + 30
       from enrolments e
      where e.programme_id = $1 and e.exited_on is not null and e.exited_on + 30 <= current_date
        and abs(hashtext(e.participant_id::text || 'again')) % 20 = 0`,
    [input.programmeId],
  );
  await step(
    'esf_entries',
    `insert into esf_entries (id, unit_id, participant_id, programme_id, code, entry_on, gender, labour_status,
                              long_term_unemployed, age_band, education, disability, third_country_national,
                              foreign_background, minority, homeless, rural, result4_job_searching,
                              result4_in_education, result4_qualification, result4_employed, result6_employed,
                              result6_improved, created_by)
     select gen_random_uuid(), e.unit_id, e.participant_id, $1::uuid, c.code, e.started_on, p.gender_esf, s.status,
            coalesce(s.status = 'unemployed' and h % 3 = 0, false), b.band,
            case when h % 40 <> 1 then (array['isced_0_2', 'isced_3_4', 'isced_5_8'])[1 + h % 3] end,
            (array['no', 'yes', 'prefers_not', null])[1 + h % 4], (array['yes', 'no', null])[1 + h % 3],
            (array['yes', 'no', 'prefers_not'])[1 + h % 3], (array['no', null])[1 + h % 2], 'no', 'no',
            r4.job, r4.job, r4.job, r4.employed, r6.employed,
            case when s.status = 'employed' and r6.employed is not null and h % 8 <> 0 then h % 2 = 0 end,
            $2
       from (select distinct on (participant_id) * from enrolments where programme_id = $1::uuid
              order by participant_id, started_on) e
       join (select id, birth_date,
                    case when gender in ('woman', 'man', 'non_binary') then gender
                         when abs(hashtext(id::text)) % 5 <> 0 then 'woman' end as gender_esf
               from participants) p on p.id = e.participant_id
       cross join lateral (select abs(hashtext(e.participant_id::text || 'esf')) as h) x
       cross join lateral (select upper(substr(encode(sha256(convert_to(e.participant_id || ':' || $1::text, 'UTF8')), 'hex'), 1, 4)
                                  || '-' || substr(encode(sha256(convert_to(e.participant_id || ':' || $1::text, 'UTF8')), 'hex'), 5, 4)
                                  || '-' || substr(encode(sha256(convert_to(e.participant_id || ':' || $1::text, 'UTF8')), 'hex'), 9, 4)) as code) c
       cross join lateral (select case when h % 50 <> 7
                                       then (array['unemployed', 'unemployed', 'inactive', 'employed'])[1 + h % 4] end as status) s
       cross join lateral (select extract(year from age(e.started_on, p.birth_date)) + case when h % 60 = 3 then 20 else 0 end as years) y
       cross join lateral (select case when y.years is null then null when y.years < 18 then 'under_18' when y.years < 30 then '18_29'
                                       when y.years < 55 then '30_54' else '55_over' end as band) b
       left join lateral (select h % 7 = 0 as job, h % 3 = 0 as employed
                            where e.exited_on is not null and e.exited_on + 28 < current_date and h % 9 <> 0) r4 on true
       left join lateral (select h % 2 = 0 as employed
                            where e.exited_on is not null and e.exited_on + interval '6 months' <= current_date
                              and h % 6 <> 0) r6 on true
      where h % 10 <> 0`,
    [input.programmeId, input.staffUserId],
  );
  return timings;
}
