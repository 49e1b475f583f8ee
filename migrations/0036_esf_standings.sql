-- The funder's validation report at programme scale (issue 5). 0032 found everyone's problems by reading the
-- whole programme (every enrolment, entry and person: 0.5–1 s at 100,000 participants) on each page. What
-- a person's problems are depends on the day only through two due dates (the results four weeks and six
-- months after she left), so everything else is kept here, a row per person and report, by triggers on what
-- it is made of, exact at every commit in the same transaction; a page reads only the rows with a problem.

-- Her problems split at the day (rules.ts problemsOf, in its order): those that hold whatever the day
-- (comma-separated, '' for none; without entry data that alone), the days from which the missing four-week and
-- six-month results count, and whether "improved" is missing (which comes last).
create function esf_standing(code text, gender text, labour_status text, long_term_unemployed boolean,
                             education text, age_band text, result4_employed boolean, result6_employed boolean,
                             result6_improved boolean, birth_date date, entry_on date, exited_on date,
                             out problems text, out four_weeks_due date, out six_months_due date,
                             out improved_missing boolean)
language sql stable as $$
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
                then 'age_band_mismatch' end) end,
         -- Due the day after the 28th after she left, and on the day six months after.
         case when code is not null and exited_on is not null and result4_employed is null
              then exited_on + 29 end,
         case when code is not null and exited_on is not null and result6_employed is null
              then (exited_on + interval '6 months')::date end,
         code is not null and labour_status is not distinct from 'employed' and result6_employed is not null
           and result6_improved is null
$$;

-- Her problems on a day from her standing: a single expression, so PostgreSQL inlines it.
create function esf_problems_on(problems text, four_weeks_due date, six_months_due date, improved_missing boolean,
                                today date)
returns text language sql stable as $$
  select concat_ws(',', nullif(problems, ''),
                   case when four_weeks_due <= today then 'four_weeks_missing' end,
                   case when six_months_due <= today then 'six_months_missing' end,
                   case when improved_missing then 'improved_missing' end)
$$;

-- A row per person in each report she is in: the programme's (scope_unit_id null, the administrator's) and
-- each unit's she was enrolled in for it (the unit manager's), with her first enrolment's unit in that scope,
-- her code and her standing. Read only through esf_report_problems (no grant, no policy for the app).
create table esf_standings (
  programme_id uuid not null references programmes(id) on delete cascade,
  scope_unit_id uuid references units(id) on delete cascade,
  participant_id uuid not null references participants(id) on delete cascade,
  unit_id uuid not null references units(id) on delete cascade,
  code text not null,
  problems text not null,
  four_weeks_due date,
  six_months_due date,
  improved_missing boolean not null,
  unique nulls not distinct (programme_id, scope_unit_id, participant_id)
);
alter table esf_standings enable row level security;
select deny_partner('esf_standings');
create index esf_standings_participant on esf_standings (participant_id);

-- Her standings made again from her enrolments, first entry data and birth date, as 0032's report read them:
-- her first enrolment in the scope gives her unit and entry day, her latest whether she has left; a merged
-- record has none. Runs as its owner (the staff whose writes start it cannot read the table).
create function esf_standings_refresh(ids uuid[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  -- Two transactions changing the same person take turns here, and the second reads (its next statement has
  -- a new snapshot) what the first committed: neither can keep a standing made without the other's change.
  perform 1 from participants where id = any (ids) order by id for no key update;
  delete from esf_standings s where s.participant_id = any (ids);
  insert into esf_standings (programme_id, scope_unit_id, participant_id, unit_id, code, problems,
                             four_weeks_due, six_months_due, improved_missing)
  select s.programme_id, s.scope_unit_id, s.participant_id, f.unit_id,
         coalesce(x.code, esf_participant_code(s.participant_id, s.programme_id)),
         v.problems, v.four_weeks_due, v.six_months_due, v.improved_missing
    from (select distinct e.programme_id, e.participant_id, scope.unit_id as scope_unit_id
            from enrolments e cross join lateral (values (null::uuid), (e.unit_id)) scope (unit_id)
           where e.participant_id = any (ids)) s
    join participants p on p.id = s.participant_id and p.merged_into is null
    cross join lateral (select e.unit_id, e.started_on from enrolments e
                         where e.programme_id = s.programme_id and e.participant_id = s.participant_id
                           and (s.scope_unit_id is null or e.unit_id = s.scope_unit_id)
                         order by e.started_on, e.created_at limit 1) f
    cross join lateral (select e.exited_on from enrolments e
                         where e.programme_id = s.programme_id and e.participant_id = s.participant_id
                           and (s.scope_unit_id is null or e.unit_id = s.scope_unit_id)
                         order by e.started_on desc, e.created_at desc limit 1) l
    left join lateral (select * from esf_entries x
                        where x.participant_id = s.participant_id and x.programme_id = s.programme_id
                        order by x.entry_on, x.created_at limit 1) x on true
    cross join lateral esf_standing(x.code, x.gender, x.labour_status, x.long_term_unemployed, x.education,
                                    x.age_band, x.result4_employed, x.result6_employed, x.result6_improved,
                                    p.birth_date, coalesce(x.entry_on, f.started_on), l.exited_on) v;
end $$;
revoke all on function esf_standings_refresh(uuid[]) from public;

-- The people a statement on enrolments or esf_entries touched, before and after (a merge moves rows).
create function esf_standings_follow() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' then
    perform esf_standings_refresh(array(select distinct n.participant_id from new_rows n));
  elsif tg_op = 'UPDATE' then
    perform esf_standings_refresh(array(select o.participant_id from old_rows o
                                        union select n.participant_id from new_rows n));
  else
    perform esf_standings_refresh(array(select distinct o.participant_id from old_rows o));
  end if;
  return null;
end $$;
revoke all on function esf_standings_follow() from public;

create trigger esf_standings_enrolments_insert after insert on enrolments
  referencing new table as new_rows for each statement execute function esf_standings_follow();
create trigger esf_standings_enrolments_update after update on enrolments
  referencing old table as old_rows new table as new_rows for each statement execute function esf_standings_follow();
create trigger esf_standings_enrolments_delete after delete on enrolments
  referencing old table as old_rows for each statement execute function esf_standings_follow();
create trigger esf_standings_entries_insert after insert on esf_entries
  referencing new table as new_rows for each statement execute function esf_standings_follow();
create trigger esf_standings_entries_update after update on esf_entries
  referencing old table as old_rows new table as new_rows for each statement execute function esf_standings_follow();
create trigger esf_standings_entries_delete after delete on esf_entries
  referencing old table as old_rows for each statement execute function esf_standings_follow();

-- A person's birth date (her age band) and a merge of her record (merged_into) change her standings.
create function esf_standings_follow_participant() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  perform esf_standings_refresh(array[new.id]);
  return null;
end $$;
revoke all on function esf_standings_follow_participant() from public;
create trigger esf_standings_participant after update of birth_date, merged_into on participants for each row
  when (old.birth_date is distinct from new.birth_date or old.merged_into is distinct from new.merged_into)
  execute function esf_standings_follow_participant();

select esf_standings_refresh(array(select distinct participant_id from enrolments));

-- Everyone in the programme (in the caller's scope) with a problem on a day, and the one named by p_also
-- (where a page of the report left off) even without: her first unit, her code and the problems. No names.
create or replace function esf_report_problems(p_programme uuid, p_unit uuid, p_today date, p_also uuid)
returns table (participant_id uuid, unit_id uuid, code text, problems text)
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  perform esf_report_check(p_programme, p_unit);
  return query
    select s.participant_id, s.unit_id, s.code,
           esf_problems_on(s.problems, s.four_weeks_due, s.six_months_due, s.improved_missing, p_today)
      from esf_standings s
     where s.programme_id = p_programme
       and (s.scope_unit_id = p_unit or (p_unit is null and s.scope_unit_id is null))
       and s.unit_id = any (array(select u.id from units u where u.organisation_id = app_uuid('organisation_id')))
       and (s.problems <> '' or s.improved_missing or s.four_weeks_due <= p_today or s.six_months_due <= p_today
            or s.participant_id = p_also);
end $$;

-- One way to say a person's problems in SQL: esf_problems_on(esf_standing(...)) (rules-sql.test.ts holds it to
-- rules.ts). 0025's whole-programme source is no longer read (0032 replaced it with esf_report_people).
drop function esf_problems(text, text, text, boolean, text, text, boolean, boolean, boolean, date, date, date, date);
drop function esf_report_source(uuid, uuid);
