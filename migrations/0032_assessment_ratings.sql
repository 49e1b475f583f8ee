-- Distance travelled at programme scale (issue 5: p95 under 1 s at 100,000 participants). The figure compares
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
  using (unit_id = app_uuid('unit_id'));
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
