-- Language friends (språkvän), issue 6: recruitment and screening. Anyone registers interest as a volunteer on
-- the unit's public page (no account); the volunteer coordinator screens her (intake interview, references, the
-- date a criminal-record extract was seen, never a copy) and approves or declines. Participants who want a
-- language friend are marked from their case file. The profile fields follow the matching engine's
-- VolunteerProfile and ParticipantProfile (src/server/volunteers/matching/profile.ts) one to one.

-- The unit's areas (districts) with the coordinates of their centre: what the engine measures distance by.
create table unit_areas (
  id uuid primary key,
  unit_id uuid not null references units(id),
  name text not null check (length(name) between 1 and 100),
  lat double precision not null check (lat between -90 and 90),
  lon double precision not null check (lon between -180 and 180),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0,
  unique (unit_id, name)
);

create table volunteers (
  id uuid primary key,
  unit_id uuid not null references units(id),
  -- erased: she asked to be removed; the row stays as a tombstone (id, unit, status, dates) for statistics
  -- and the audit trail, with every personal field cleared.
  status text not null default 'new'
    check (status in ('new', 'interview_booked', 'approved', 'declined', 'paused', 'erased')),
  first_name text check (length(first_name) between 1 and 100),
  last_name text check (length(last_name) between 1 and 100),
  email text check (length(email) <= 254),
  phone text check (length(phone) <= 30),
  -- The language she registered in (messages to her are written in it).
  language text not null default 'sv' check (language in ('sv', 'en')),
  age_band text check (age_band in ('18-29', '30-44', '45-64', '65+')),
  gender text check (gender in ('woman', 'man', 'non_binary')),
  -- [{code, level}]: languages besides Swedish.
  languages jsonb not null default '[]' check (jsonb_typeof(languages) = 'array' and jsonb_array_length(languages) <= 10),
  interests text[] not null default '{}' check (cardinality(interests) <= 16),
  occupation text check (length(occupation) <= 200),
  life_situation text[] not null default '{}' check (cardinality(life_situation) <= 4),
  family_situation text check (length(family_situation) <= 500),
  area_id uuid references unit_areas(id),
  availability text[] not null default '{}' check (cardinality(availability) <= 21),
  only_women boolean not null default false,
  wants_family boolean not null default false,
  preferences_note text check (length(preferences_note) <= 500),
  max_friends integer not null default 1 check (max_friends between 1 and 5),
  heard_from text check (length(heard_from) <= 200),
  consent_at timestamptz,
  confirmation_message_id uuid,
  interview_at timestamptz,
  interview_held_at timestamptz,
  interview_notes text check (length(interview_notes) <= 4000),
  record_extract_seen_on date,
  record_extract_seen_by uuid references users(id),
  decision_reason text check (length(decision_reason) <= 1000),
  decided_at timestamptz,
  decided_by uuid references users(id),
  erasure_requested_at timestamptz,
  erased_at timestamptz,
  erased_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0,
  -- Everyone but an erased tombstone has a name, a way to reach her and her consent.
  check (status = 'erased' or (first_name is not null and last_name is not null and consent_at is not null
                              and (email is not null or phone is not null))),
  check ((status = 'erased') = (erased_at is not null)),
  check (status <> 'erased' or (first_name is null and last_name is null and email is null and phone is null
                               and occupation is null and family_situation is null and preferences_note is null
                               and heard_from is null and interview_notes is null and decision_reason is null))
);
-- The coordinator's list: newest first per status.
create index volunteers_unit_status on volunteers (unit_id, status, created_at desc);

create table volunteer_references (
  id uuid primary key,
  volunteer_id uuid not null references volunteers(id),
  unit_id uuid not null references units(id),
  name text not null check (length(name) between 1 and 200),
  relation text not null check (length(relation) between 1 and 200),
  contact text check (length(contact) <= 200),
  contacted_on date,
  outcome text not null default 'pending' check (outcome in ('pending', 'positive', 'negative', 'no_answer')),
  note text check (length(note) <= 1000),
  created_at timestamptz not null default now(),
  created_by uuid not null references users(id)
);
create index volunteer_references_volunteer on volunteer_references (volunteer_id, created_at);

-- Every change of status, with who and why; the reason is cleared when she is erased.
create table volunteer_status_history (
  id uuid primary key,
  volunteer_id uuid not null references volunteers(id),
  unit_id uuid not null references units(id),
  from_status text,
  to_status text not null,
  reason text check (length(reason) <= 1000),
  changed_at timestamptz not null default now(),
  changed_by uuid references users(id)
);
create index volunteer_status_history_volunteer on volunteer_status_history (volunteer_id, changed_at);

-- A participant's wish for a language friend, as history: each save is a new row and the newest is what holds
-- (version counts the saves). Rows move whole in a merge, so the record that stays has both histories.
create table participant_language_friend_interest (
  id uuid primary key,
  participant_id uuid not null references participants(id),
  unit_id uuid not null references units(id),
  version integer not null check (version >= 1),
  interested boolean not null,
  swedish_only boolean not null default false,
  interests text[] not null default '{}' check (cardinality(interests) <= 16),
  availability text[] not null default '{}' check (cardinality(availability) <= 21),
  life_situation text[] not null default '{}' check (cardinality(life_situation) <= 4),
  area_id uuid references unit_areas(id),
  only_woman boolean not null default false,
  wants_family boolean not null default false,
  note text check (length(note) <= 1000),
  created_at timestamptz not null default now(),
  created_by uuid not null references users(id)
);
create index participant_language_friend_interest_participant
  on participant_language_friend_interest (participant_id, created_at desc);

alter table unit_areas enable row level security;
alter table volunteers enable row level security;
alter table volunteer_references enable row level security;
alter table volunteer_status_history enable row level security;
alter table participant_language_friend_interest enable row level security;
create policy unit_areas_in_unit on unit_areas to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy volunteers_in_unit on volunteers to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy volunteer_references_in_unit on volunteer_references to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy volunteer_status_history_in_unit on volunteer_status_history to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy participant_language_friend_interest_in_unit on participant_language_friend_interest to rodtrad_app
  using (unit_id = app_uuid('unit_id'));

grant select, insert, update on unit_areas, volunteers to rodtrad_app;
-- References are deleted only when she is erased.
grant select, insert, update, delete on volunteer_references to rodtrad_app;
grant select, insert, update on volunteer_status_history to rodtrad_app;
grant select, insert on participant_language_friend_interest to rodtrad_app;

-- Erasing a volunteer also redacts the confirmation we wrote to her (it holds her name and address). Staff may
-- only read the outbox, so this one narrow change runs as the owner: the volunteer must be in the caller's unit
-- and only her own confirmation is touched; a message not yet sent is never sent.
create function redact_volunteer_messages(volunteer uuid) returns integer
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  n integer;
begin
  update outbox_messages m
     set to_address = 'erased', subject = null, body = '[erased]',
         status = case when m.status in ('pending', 'held') then 'failed' else m.status end,
         last_error = case when m.status in ('pending', 'held') then 'erased' else m.last_error end
    from volunteers v
   where v.id = volunteer and v.unit_id = app_uuid('unit_id') and m.id = v.confirmation_message_id
     and m.unit_id = v.unit_id and m.kind = 'volunteer_confirmation';
  get diagnostics n = row_count;
  return n;
end $$;
revoke all on function redact_volunteer_messages(uuid) from public;
grant execute on function redact_volunteer_messages(uuid) to rodtrad_app;

-- Her language-friend wishes are her history: a merge moves them, and undoing it moves exactly those back.
create or replace function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds', 'meetings', 'milestones', 'follow_ups', 'participant_language_friend_interest']
$$;
