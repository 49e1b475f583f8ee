-- Steps towards work (milestones) and the follow-ups after an exit (issue 5), and what the adult-education
-- school (role partner) may see: only participants with a standing consent to share with it, and of them only
-- a minimal profile and their study milestones.

-- Per organisation: when follow-ups fall due after an exit, and the labels offered for "other" milestones
-- (none means free text). An organisation without a row has the defaults.
create table organisation_outcome_settings (
  organisation_id uuid primary key references organisations(id),
  follow_up_months smallint[] not null default '{3,6,12}'
    check (cardinality(follow_up_months) between 1 and 6 and 1 <= all (follow_up_months)
           and 36 >= all (follow_up_months)),
  other_milestone_labels text[] not null default '{}' check (cardinality(other_milestone_labels) <= 50),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0
);

-- A milestone is append-only: a correction is a new row pointing at the one it replaces (`corrects`), and a
-- milestone recorded in error is corrected by a row marked `retracted`. What stands is every row that no other
-- row corrects and that is not a retraction.
create table milestones (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  kind text not null check (kind in ('sfi_started', 'sfi_passed', 'studies_started', 'internship_started',
                                     'internship_completed', 'employed', 'left_social_assistance', 'other')),
  happened_on date not null,
  source text not null check (source in ('coach', 'adult_education', 'employment_service', 'other')),
  sfi_path smallint check (sfi_path between 1 and 3),
  sfi_course text check (sfi_course in ('A', 'B', 'C', 'D')),
  sfi_grade text check (sfi_grade in ('passed', 'not_passed')),
  national_test text check (national_test in ('passed', 'not_passed', 'not_taken')),
  study_form text check (study_form in ('municipal_adult_education', 'folk_high_school', 'vocational',
                                        'university', 'other')),
  employment_type text check (employment_type in ('unsubsidised', 'subsidised', 'self_employed')),
  hours_per_week numeric(4, 1) check (hours_per_week between 0 and 60),
  other_label text check (length(other_label) between 1 and 200),
  note text check (length(note) between 1 and 2000),
  corrects uuid references milestones(id),
  retracted boolean not null default false,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null default now(),
  -- The details of each kind, and none of another kind's.
  check (kind in ('sfi_started', 'sfi_passed') or (sfi_path is null and sfi_course is null)),
  check (kind = 'sfi_passed' or (sfi_grade is null and national_test is null)),
  check (kind <> 'sfi_passed' or (sfi_path is not null and sfi_course is not null and sfi_grade is not null)),
  check ((kind = 'studies_started') = (study_form is not null)),
  check ((kind = 'employed') = (employment_type is not null)),
  check (kind = 'employed' or hours_per_week is null),
  check ((kind = 'other') = (other_label is not null)),
  check (not retracted or corrects is not null)
);
-- A row is corrected at most once: a correction of a correction continues the chain.
create unique index milestones_corrected_once on milestones (corrects) where corrects is not null;
create index milestones_participant on milestones (participant_id, happened_on desc);

create function milestones_append_only() returns trigger language plpgsql as $$
begin
  -- A merge (or its undo) may move a milestone, untouched, between the two records.
  if tg_op = 'UPDATE' and current_setting('rodtrad.moving_records', true) = 'on'
     and (new.id, new.unit_id, new.kind, new.happened_on, new.source, new.corrects, new.retracted,
          new.recorded_by, new.recorded_at, new.note)
         is not distinct from (old.id, old.unit_id, old.kind, old.happened_on, old.source, old.corrects,
          old.retracted, old.recorded_by, old.recorded_at, old.note)
  then
    return new;
  end if;
  raise exception 'milestones are append-only: record a correction instead' using errcode = 'insufficient_privilege';
end $$;
create trigger milestones_append_only before update or delete on milestones
  for each row execute function milestones_append_only();

-- Follow-ups (uppföljning) after an exit, one per configured offset, written in the exit's transaction.
-- Done: her situation then. Cancelled (never deleted): she was enrolled again before it was done.
create table follow_ups (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  enrolment_id uuid not null references enrolments(id),
  months smallint not null check (months between 1 and 36),
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  situation text check (situation in ('employed', 'in_studies', 'job_seeking', 'social_assistance', 'other')),
  hours_per_week numeric(4, 1) check (hours_per_week between 0 and 60),
  note text check (length(note) between 1 and 2000),
  done_on date,
  done_by uuid references users(id),
  done_at timestamptz,
  cancel_reason text check (cancel_reason in ('re_enrolled')),
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  version integer not null default 0,
  unique (enrolment_id, months),
  check ((status = 'done') = (situation is not null and done_on is not null and done_by is not null)),
  check ((status = 'cancelled') = (cancelled_at is not null and cancel_reason is not null))
);
create index follow_ups_participant on follow_ups (participant_id, due_on);
-- Lösa trådar: a unit's open follow-ups by due date, read from the index alone.
create index follow_ups_open_due on follow_ups (unit_id, due_on, participant_id, id) where status = 'open';

-- Whether the partner (the adult-education school) may see a participant of her unit: while a consent to
-- share with the adult-education school stands. Security definer, so the partner need not read consents.
create function partner_may_see(p uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from consents c
                  where c.participant_id = p and c.unit_id = app_uuid('unit_id')
                    and c.purpose = 'adult_education' and c.withdrawn_on is null
                    and c.given_on <= (now() at time zone 'Europe/Stockholm')::date)
$$;
revoke all on function partner_may_see(uuid) from public;
grant execute on function partner_may_see(uuid) to rodtrad_app;

create function is_study_milestone(kind text) returns boolean language sql immutable as $$
  select kind in ('sfi_started', 'sfi_passed', 'studies_started')
$$;

alter table organisation_outcome_settings enable row level security;
alter table milestones enable row level security;
alter table follow_ups enable row level security;
create policy outcome_settings_in_organisation on organisation_outcome_settings to rodtrad_app
  using (organisation_id = app_uuid('organisation_id'));
create policy milestones_in_unit on milestones to rodtrad_app
  using (unit_id = app_uuid('unit_id') and (app_setting('role') is distinct from 'partner'
         or (is_study_milestone(kind) and partner_may_see(participant_id))));
create policy follow_ups_in_unit on follow_ups to rodtrad_app using (unit_id = app_uuid('unit_id'));

-- A partner sees a participant only while the consent stands (restrictive: on top of the unit policy).
create policy participants_partner_consent on participants as restrictive to rodtrad_app
  using (app_setting('role') is distinct from 'partner' or partner_may_see(id));

-- And nothing else of the case file: every tenant table that holds a participant's or a unit's case data
-- refuses the partner role, except the participants (above), her study milestones (above), the audit log she
-- writes to, her own notifications and the tables of accounts and units. A table added later calls
-- deny_partner('its_name') in its migration; a test in src/server/milestones/partner.test.ts checks.
create function deny_partner(t regclass) returns void language plpgsql as $$
begin
  execute format('create policy %I on %s as restrictive to rodtrad_app
                    using (app_setting(''role'') is distinct from ''partner'')', t::text || '_not_partner', t);
end $$;
revoke all on function deny_partner(regclass) from public;

do $$
declare t text;
begin
  for t in
    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and not a.attisdropped
                    and a.attname in ('unit_id', 'participant_id'))
       and c.relname not in ('units', 'users', 'memberships', 'participants', 'milestones', 'audit_log',
                             'notifications')
  loop
    perform deny_partner(t::regclass);
  end loop;
end $$;

grant select, insert, update on organisation_outcome_settings, follow_ups to rodtrad_app;
grant select, insert on milestones to rodtrad_app;

-- A merge moves her milestones and follow-ups whole, and its undo moves exactly those back (0014, 0017).
create or replace function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds', 'meetings', 'milestones', 'follow_ups']
$$;
