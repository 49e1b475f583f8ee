-- The ESF+ funder report (issue 5): entry and exit data per participant and programme as Regulation (EU)
-- 2021/1057 Annex I asks for them, and the monthly start and exit lists kept as exported.

-- Entry and exit data, recorded by the coach from the case file. One row per participant and programme: a
-- re-entry into the same programme keeps the first entry data (the service adds no second row). A merge may
-- bring two rows together; the one with the earliest entry counts (esf_first_entry below), as for a re-entry.
-- Labour-market status, education and the sensitive items are as at entry; the results are after leaving.
create table esf_entries (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  programme_id uuid not null references programmes(id),
  -- The pseudonymous participant code in the funder's lists: stable across months and re-exports, and
  -- resolvable to the person only inside Rödtråd.
  code text not null unique check (code ~ '^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$'),
  -- The first day of her first enrolment in the programme.
  entry_on date not null,
  gender text check (gender in ('woman', 'man', 'non_binary')),
  labour_status text check (labour_status in ('unemployed', 'inactive', 'employed')),
  long_term_unemployed boolean not null default false,
  -- As computed from her birth date at entry when recorded; the validation report compares it with the
  -- register's birth date now.
  age_band text check (age_band in ('under_18', '18_29', '30_54', '55_over')),
  education text check (education in ('isced_0_2', 'isced_3_4', 'isced_5_8')),
  disability text check (disability in ('yes', 'no', 'prefers_not')),
  third_country_national text check (third_country_national in ('yes', 'no', 'prefers_not')),
  foreign_background text check (foreign_background in ('yes', 'no', 'prefers_not')),
  minority text check (minority in ('yes', 'no', 'prefers_not')),
  homeless text check (homeless in ('yes', 'no', 'prefers_not')),
  rural text check (rural in ('yes', 'no', 'prefers_not')),
  -- Within four weeks of leaving: all four, or none yet.
  result4_job_searching boolean,
  result4_in_education boolean,
  result4_qualification boolean,
  result4_employed boolean,
  -- Six months after leaving; the improved situation only for those employed at entry.
  result6_employed boolean,
  result6_improved boolean,
  created_at timestamptz not null default now(),
  created_by uuid not null references users(id),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0,
  check (not long_term_unemployed or labour_status = 'unemployed'),
  check (num_nulls(result4_job_searching, result4_in_education, result4_qualification, result4_employed) in (0, 4)),
  check (result6_improved is null or (labour_status = 'employed' and result6_employed is not null))
);
create index esf_entries_participant on esf_entries (participant_id, programme_id, entry_on);
create index esf_entries_programme on esf_entries (programme_id, unit_id);

-- Each exported month as it was sent: the rows (coded, pseudonymous), who exported it, when and a checksum.
-- A correction is a new version; earlier versions stay. unit_id is the unit manager's unit, or null for the
-- whole programme across its units (the administrator).
create table funder_exports (
  id uuid primary key,
  organisation_id uuid not null references organisations(id),
  unit_id uuid references units(id),
  programme_id uuid not null references programmes(id),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  version integer not null check (version >= 1),
  rows jsonb not null check (jsonb_typeof(rows) = 'array'),
  participant_ids uuid[] not null,
  -- SHA-256 (hex) of the rows as stored (jsonb text).
  checksum text not null check (checksum ~ '^[0-9a-f]{64}$'),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  unique nulls not distinct (programme_id, unit_id, month, version)
);
create index funder_exports_programme on funder_exports (programme_id, month);

create function funder_exports_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'a kept export never changes: export the month again' using errcode = 'insufficient_privilege';
end $$;
create trigger funder_exports_append_only before update or delete on funder_exports
  for each row execute function funder_exports_append_only();

alter table esf_entries enable row level security;
alter table funder_exports enable row level security;
create policy esf_entries_in_unit on esf_entries to rodtrad_app using (unit_id = app_uuid('unit_id'));
-- The administrator's exports span the programme's units; a unit manager's are her unit's.
create policy funder_exports_in_organisation on funder_exports to rodtrad_app
  using (organisation_id = app_uuid('organisation_id') and (
    (app_setting('role') = 'administrator' and unit_id is null)
    or (app_setting('role') = 'unit_manager' and unit_id = app_uuid('unit_id'))));
select deny_partner('esf_entries');
select deny_partner('funder_exports');

grant select, insert, update on esf_entries to rodtrad_app;
grant select, insert on funder_exports to rodtrad_app;

-- The source of the funder's lists and the validation report: every enrolment in the programme (of one unit,
-- or of all the organisation's units) with her first entry data, her birth date and gender in the register,
-- and no name. Security definer so that the administrator, who reads no case file, gets the programme's
-- pseudonymous rows across units; a unit manager gets her own unit's only, anyone else nothing.
create function esf_report_source(p_programme uuid, p_unit uuid)
returns table (enrolment_id uuid, unit_id uuid, participant_id uuid, started_on date, exited_on date,
               birth_date date, register_gender text, entry jsonb)
language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
  org uuid := app_uuid('organisation_id');
  caller text := app_setting('role');
begin
  if not exists (select 1 from programmes g where g.id = p_programme and g.organisation_id = org) then
    raise exception 'programme not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  if not ((caller = 'administrator' and p_unit is null)
          or (caller = 'unit_manager' and p_unit is not null and p_unit = app_uuid('unit_id'))) then
    raise exception 'not allowed' using errcode = 'insufficient_privilege';
  end if;
  return query
    select e.id, e.unit_id, e.participant_id, e.started_on, e.exited_on, p.birth_date, p.gender,
           to_jsonb(x) - 'created_by' - 'updated_by'
      from enrolments e
      join units u on u.id = e.unit_id and u.organisation_id = org
      join participants p on p.id = e.participant_id and p.merged_into is null
      left join lateral (select * from esf_entries x
                          where x.participant_id = e.participant_id and x.programme_id = e.programme_id
                          order by x.entry_on, x.created_at limit 1) x on true
     where e.programme_id = p_programme and (p_unit is null or e.unit_id = p_unit);
end $$;
revoke all on function esf_report_source(uuid, uuid) from public;
grant execute on function esf_report_source(uuid, uuid) to rodtrad_app;

-- Her entry data is her history: a merge moves it to the record that stays and undo moves exactly those rows
-- back (0014's loop over the plain tables). The list is every plain table so far (0019, 0022 to 0024) plus
-- esf_entries; this is the last migration to restate it.
create or replace function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds', 'meetings', 'milestones', 'follow_ups', 'participant_language_friend_interest',
               'language_friend_matches', 'language_friend_rejections', 'language_friend_meeting_logs',
               'language_friend_check_ins', 'language_friend_feedback', 'lesson_views', 'lesson_understood',
               'lesson_feedback', 'lesson_files', 'conversation_messages', 'esf_entries']
$$;
