-- Dashboards and the funder's report at programme scale (issue 5: p95 under 1 s at 100,000 participants).

-- Distance travelled. The figure compares
-- each person's first and latest kartläggning domain by domain; reading the ratings out of the assessments'
-- JSON (notes and answers included) took seconds for a programme, and so did a row per rating (1.3 million).
-- Each assessment's ratings are kept here as one short row, by statement triggers on assessments, exact at
-- every commit in the same transaction. Besides the ratings by slot, a row carries them packed into one
-- number (12 decimal digits a slot) with a count of one in each rated slot, so the figure sums the packed
-- numbers of everyone whose first and latest rate the same domains, without unfolding a row per rating.

-- A slot per domain key ever rated, never reused. Keys only (the templates' own words), no personal data.
create table assessment_rating_domains (
  slot smallint generated always as identity primary key,
  domain text not null unique
);
grant select on assessment_rating_domains to rodtrad_app;

create table assessment_ratings (
  assessment_id uuid primary key references assessments(id) on delete cascade,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  assessed_on date not null,
  created_at timestamptz not null,
  -- Rating by slot of assessment_rating_domains, null where not rated (the JSON's numbers only).
  ratings numeric[] not null,
  -- One in the 12-digit place of each rated slot: two assessments rate the same domains when these are equal.
  ones numeric not null,
  -- Each rating in its slot's 12-digit place; null when a rating is not a whole number from 0 to 9,999, so
  -- that sums over 100 million people cannot carry into the next slot.
  packed numeric
);
alter table assessment_ratings enable row level security;
create policy assessment_ratings_in_unit on assessment_ratings to rodtrad_app
  using (unit_id = (select app_uuid('unit_id')));
select deny_partner('assessment_ratings');
grant select on assessment_ratings to rodtrad_app;

-- A person's first and latest assessment up to a day, read in order from the index alone (both ends).
create index assessment_ratings_by_date on assessment_ratings (participant_id, assessed_on, created_at, assessment_id)
  include (unit_id, ones, packed);

-- An assessment's ratings as the dashboards count them (numbers only, as dashboard_assessment_ratings).
create function assessment_rating_vector(domains jsonb, out ratings numeric[], out ones numeric, out packed numeric)
language sql stable set search_path = public, pg_temp as $$
  with r as (
    select g as slot,
           case when jsonb_typeof(domains -> d.domain -> 'rating') = 'number'
                then (domains -> d.domain ->> 'rating')::numeric end as rating
      from generate_series(1, (select coalesce(max(slot), 0) from assessment_rating_domains)) g
      left join assessment_rating_domains d on d.slot = g)
  select coalesce(array_agg(rating order by slot), '{}'),
         coalesce(string_agg(case when rating is null then '000000000000' else '000000000001' end, ''
                             order by slot desc), '0')::numeric,
         case when coalesce(bool_and(rating is null or (rating = trunc(rating) and rating between 0 and 9999)), true)
              then coalesce(string_agg(lpad(coalesce(rating, 0)::bigint::text, 12, '0'), '' order by slot desc),
                            '0')::numeric end
    from r
$$;

insert into assessment_rating_domains (domain)
select distinct d.key from assessments a cross join lateral jsonb_each(a.domains) d
 where jsonb_typeof(d.value -> 'rating') = 'number' order by 1;
insert into assessment_ratings (assessment_id, unit_id, participant_id, assessed_on, created_at, ratings, ones, packed)
select a.id, a.unit_id, a.participant_id, a.assessed_on, a.created_at, v.ratings, v.ones, v.packed
  from assessments a cross join lateral assessment_rating_vector(a.domains) v;

-- Runs as its owner (staff who write assessments only read the ratings). New domain keys get their slots
-- first; an update (a correction, a merge moving her assessments to the record that stays) keeps the rows
-- again from the new values. A deleted assessment's row goes with it (the foreign key cascades).
create function assessment_ratings_apply() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into assessment_rating_domains (domain)
  select distinct d.key from new_rows n cross join lateral jsonb_each(n.domains) d
   where jsonb_typeof(d.value -> 'rating') = 'number' order by 1
  on conflict (domain) do nothing;
  if tg_op = 'UPDATE' then
    delete from assessment_ratings r using old_rows o where r.assessment_id = o.id;
  end if;
  insert into assessment_ratings (assessment_id, unit_id, participant_id, assessed_on, created_at, ratings, ones, packed)
  select n.id, n.unit_id, n.participant_id, n.assessed_on, n.created_at, v.ratings, v.ones, v.packed
    from new_rows n cross join lateral assessment_rating_vector(n.domains) v;
  return null;
end $$;
revoke all on function assessment_ratings_apply() from public;

create trigger assessment_ratings_insert after insert on assessments
  referencing new table as new_rows for each statement execute function assessment_ratings_apply();
create trigger assessment_ratings_update after update on assessments
  referencing old table as old_rows new table as new_rows
  for each statement execute function assessment_ratings_apply();

-- The kept ratings with the dashboards' tenant rule (as dashboard_assessments in 0027). The units are an
-- array compared per row rather than a join, so a scan keeps the index's order (no sort of every row).
create view dashboard_rating_vectors as
  select r.assessment_id, r.unit_id, r.participant_id, r.assessed_on, r.created_at, r.ratings, r.ones, r.packed
    from assessment_ratings r
   where r.unit_id = any (array(select dashboard_unit_ids()));
grant select on dashboard_rating_vectors to rodtrad_app;

-- The funder's report. Its month's lists were made from every enrolment of the programme with her entry data
-- (esf_report_source, 0025: 100,000 rows, seconds), and its validation report listed every problem at once.
-- A month now reads only the people who start or leave in it, and the problems are found in SQL and paged.

-- What is missing or contradictory in her data on a day: rules.ts problemsOf, in the same order (a test holds
-- the two to the same answers), comma-separated ('' for none). Without entry data (no code) that alone.
create function esf_problems(code text, gender text, labour_status text, long_term_unemployed boolean,
                             education text, age_band text, result4_employed boolean, result6_employed boolean,
                             result6_improved boolean, birth_date date, entry_on date, exited_on date, today date)
-- Stable, as concat_ws is: so that PostgreSQL inlines it into the query that calls it.
returns text language sql stable as $$
  select case when code is null then 'no_entry_data' else concat_ws(',',
    case when gender is null then 'missing_gender' end,
    case when labour_status is null then 'missing_status' end,
    case when long_term_unemployed and labour_status is distinct from 'unemployed'
         then 'long_term_without_unemployed' end,
    case when education is null then 'missing_education' end,
    case when birth_date is null then 'missing_birth_date'
         -- The Annex I age band on the entry day (rules.ts ageBandOf), in full years as age() counts them.
         when age_band is distinct from (array['under_18', '18_29', '30_54', '55_over'])[
                width_bucket(extract(year from age(entry_on, birth_date)), array[18, 30, 55]::numeric[]) + 1]
         then 'age_band_mismatch' end,
    case when exited_on is not null and today > exited_on + 28 and result4_employed is null
         then 'four_weeks_missing' end,
    case when exited_on is not null and today >= (exited_on + interval '6 months')::date and result6_employed is null
         then 'six_months_missing' end,
    case when labour_status = 'employed' and result6_employed is not null and result6_improved is null
         then 'improved_missing' end) end
$$;

-- Her pseudonymous code in a programme's lists before any entry data is recorded (rules.ts participantCode).
create function esf_participant_code(participant uuid, programme uuid) returns text language sql immutable as $$
  select upper(substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4))
    from (select encode(sha256(convert_to(participant::text || ':' || programme::text, 'UTF8')), 'hex') as h) x
$$;

-- The caller's right to a programme's report, as esf_report_source (0025) checks it.
create function esf_report_check(p_programme uuid, p_unit uuid) returns void
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  if not exists (select 1 from programmes g where g.id = p_programme and g.organisation_id = app_uuid('organisation_id')) then
    raise exception 'programme not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  if not ((app_setting('role') = 'administrator' and p_unit is null)
          or (app_setting('role') = 'unit_manager' and p_unit is not null and p_unit = app_uuid('unit_id'))) then
    raise exception 'not allowed' using errcode = 'insufficient_privilege';
  end if;
end $$;
revoke all on function esf_report_check(uuid, uuid) from public;

-- esf_report_source for the people whose enrolments start or end, or whose entry data says she entered,
-- between two days: all of their enrolments, so that the service decides as before who starts in the month.
create function esf_report_people(p_programme uuid, p_unit uuid, p_from date, p_to date)
returns table (enrolment_id uuid, unit_id uuid, participant_id uuid, started_on date, exited_on date,
               birth_date date, register_gender text, entry jsonb)
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  perform esf_report_check(p_programme, p_unit);
  return query
    with candidates as (
      select e.participant_id from enrolments e
       where e.programme_id = p_programme and e.started_on between p_from and p_to
      union
      select e.participant_id from enrolments e
       where e.programme_id = p_programme and e.exited_on between p_from and p_to
      union
      select x.participant_id from esf_entries x
       where x.programme_id = p_programme and x.entry_on between p_from and p_to)
    -- A month's few thousand people looked up one by one (offset 0 keeps each lookup a nested loop).
    select e.id, e.unit_id, e.participant_id, e.started_on, e.exited_on, p.birth_date, p.gender,
           to_jsonb(x) - 'created_by' - 'updated_by'
      from candidates c
      join lateral (select p.birth_date, p.gender from participants p
                     where p.id = c.participant_id and p.merged_into is null offset 0) p on true
      join lateral (select e.* from enrolments e
                     where e.programme_id = p_programme and e.participant_id = c.participant_id
                       and (p_unit is null or e.unit_id = p_unit) offset 0) e on true
      join units u on u.id = e.unit_id and u.organisation_id = app_uuid('organisation_id')
      left join lateral (select * from esf_entries x
                          where x.participant_id = e.participant_id and x.programme_id = e.programme_id
                          order by x.entry_on, x.created_at limit 1) x on true;
end $$;
revoke all on function esf_report_people(uuid, uuid, date, date) from public;
grant execute on function esf_report_people(uuid, uuid, date, date) to rodtrad_app;

-- Everyone in the programme (in the caller's scope) with a problem on a day, and the one named by p_also
-- (where a page of the report left off) even without: her first unit, her code and the problems. No names.
-- A month's starts, exits and entries of a programme.
create index enrolments_programme_started on enrolments (programme_id, started_on);
create index enrolments_programme_exited on enrolments (programme_id, exited_on) where exited_on is not null;
create index esf_entries_programme_entry on esf_entries (programme_id, entry_on);

-- A programme's enrolments person by person, in order, from the index alone.
create index enrolments_programme_people on enrolments (programme_id, participant_id, started_on, created_at)
  include (unit_id, exited_on);

-- Its sorts of a programme's enrolments and entries fit in memory at 100,000 participants.
create function esf_report_problems(p_programme uuid, p_unit uuid, p_today date, p_also uuid)
returns table (participant_id uuid, unit_id uuid, code text, problems text)
language plpgsql stable security definer set search_path = public, pg_temp set work_mem = '32MB' as $$
begin
  perform esf_report_check(p_programme, p_unit);
  return query
    with firsts as (
      -- Her first enrolment gives her unit and entry day, her latest whether she has left.
      select distinct on (e.participant_id) e.participant_id, e.unit_id, e.started_on
        from enrolments e
       where e.programme_id = p_programme and (p_unit is null or e.unit_id = p_unit)
         and e.unit_id = any (array(select u.id from units u where u.organisation_id = app_uuid('organisation_id')))
       order by e.participant_id, e.started_on, e.created_at),
    latests as (
      select distinct on (e.participant_id) e.participant_id, e.exited_on
        from enrolments e
       where e.programme_id = p_programme and (p_unit is null or e.unit_id = p_unit)
         and e.unit_id = any (array(select u.id from units u where u.organisation_id = app_uuid('organisation_id')))
       order by e.participant_id desc, e.started_on desc, e.created_at desc),
    entries as (
      select distinct on (x.participant_id) x.*
        from esf_entries x
       where x.programme_id = p_programme
       order by x.participant_id, x.entry_on, x.created_at),
    lines as materialized (
      select f.participant_id, f.unit_id, x.code,
             esf_problems(x.code, x.gender, x.labour_status, x.long_term_unemployed, x.education, x.age_band,
                          x.result4_employed, x.result6_employed, x.result6_improved, p.birth_date,
                          coalesce(x.entry_on, f.started_on), l.exited_on, p_today) as problems
        from firsts f
        join participants p on p.id = f.participant_id and p.merged_into is null
        join latests l on l.participant_id = f.participant_id
        left join entries x on x.participant_id = f.participant_id)
    select l.participant_id, l.unit_id,
           coalesce(l.code, esf_participant_code(l.participant_id, p_programme)), l.problems
      from lines l
     where l.problems <> '' or l.participant_id = p_also;
end $$;
revoke all on function esf_report_problems(uuid, uuid, date, uuid) from public;
grant execute on function esf_report_problems(uuid, uuid, date, uuid) to rodtrad_app;
