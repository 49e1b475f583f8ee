-- Group activities (aktiviteter), their sessions (tillfällen), who takes part, and attendance (närvaro).

-- The kinds of activity; organisations can add their own beside the built-in ones.
create table activity_types (
  key text primary key check (key ~ '^[a-z][a-z0-9_]{0,40}$'),
  organisation_id uuid references organisations(id),
  label_sv text not null,
  label_en text not null,
  archived_at timestamptz
);
insert into activity_types (key, label_sv, label_en) values
  ('swedish', 'Svenska (t.ex. suggestopedi)', 'Swedish language training (e.g. suggestopedia)'),
  ('health_school', 'Hälsoskola', 'Health school'),
  ('civic_orientation', 'Samhällsorientering', 'Civic orientation'),
  ('parent_support', 'Föräldrastöd', 'Parent support'),
  ('labour_market', 'Arbetsmarknadskunskap', 'Labour-market knowledge'),
  ('digital_skills', 'Digital kompetens', 'Digital skills'),
  ('other', 'Annat', 'Other');

create table activities (
  id uuid primary key,
  unit_id uuid not null references units(id),
  type text not null references activity_types(key),
  title text not null check (length(title) between 1 and 200),
  description text check (length(description) <= 4000),
  place text check (length(place) <= 300),
  online_url text check (online_url ~ '^https://'),
  -- ISO 639 codes.
  languages text[] not null default '{}',
  capacity integer check (capacity between 1 and 1000),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz,
  archived_at timestamptz,
  version integer not null default 0
);
create index activities_unit on activities (unit_id, title);

-- Teachers and other staff leading the activity.
create table activity_staff (
  activity_id uuid not null references activities(id),
  unit_id uuid not null references units(id),
  user_id uuid not null references users(id),
  primary key (activity_id, user_id)
);
create index activity_staff_user on activity_staff (user_id);

-- A recurring series: the rule (RFC 5545 RRULE, without DTSTART) is expanded in Europe/Stockholm wall-clock
-- time into sessions; the series keeps the rule for calendar feeds.
create table activity_series (
  id uuid primary key,
  activity_id uuid not null references activities(id),
  unit_id uuid not null references units(id),
  first_date date not null,
  start_time time not null,
  duration_minutes integer not null check (duration_minutes between 5 and 720),
  rrule text not null check (rrule ~ '^FREQ=' and length(rrule) <= 500),
  time_zone text not null default 'Europe/Stockholm',
  created_at timestamptz not null default now()
);

-- One occurrence: a one-off, or one of a series (then possibly moved or cancelled on its own, an exception).
create table activity_sessions (
  id uuid primary key,
  activity_id uuid not null references activities(id),
  unit_id uuid not null references units(id),
  series_id uuid references activity_series(id),
  -- The occurrence's original start in its series (RECURRENCE-ID), kept when it is moved.
  original_starts_at timestamptz,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  cancelled_at timestamptz,
  cancel_reason text check (length(cancel_reason) <= 500),
  guests integer not null default 0 check (guests between 0 and 500),
  note text check (length(note) <= 2000),
  version integer not null default 0,
  check (ends_at > starts_at)
);
create index activity_sessions_activity on activity_sessions (activity_id, starts_at);
create index activity_sessions_unit_time on activity_sessions (unit_id, starts_at);
create unique index activity_sessions_occurrence on activity_sessions (series_id, original_starts_at)
  where series_id is not null;

-- Who takes part; leaving keeps the row (attendance history stays meaningful).
create table activity_participants (
  activity_id uuid not null references activities(id),
  participant_id uuid not null references participants(id),
  unit_id uuid not null references units(id),
  joined_on date not null,
  left_on date,
  added_by uuid references users(id),
  primary key (activity_id, participant_id),
  check (left_on is null or left_on >= joined_on)
);
create index activity_participants_participant on activity_participants (participant_id);

-- One mark per person and session, saved tap by tap; the latest tap wins (it is the same teacher's screen).
create table attendance (
  session_id uuid not null references activity_sessions(id),
  participant_id uuid not null references participants(id),
  unit_id uuid not null references units(id),
  status text not null check (status in ('present', 'absent', 'excused')),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null default now(),
  primary key (session_id, participant_id)
);
create index attendance_participant on attendance (participant_id, session_id);

alter table activity_types enable row level security;
alter table activities enable row level security;
alter table activity_staff enable row level security;
alter table activity_series enable row level security;
alter table activity_sessions enable row level security;
alter table activity_participants enable row level security;
alter table attendance enable row level security;
create policy activity_types_visible on activity_types
  using (organisation_id is null or organisation_id = app_uuid('organisation_id'));
create policy activity_types_add on activity_types for insert to rodtrad_app
  with check (organisation_id = app_uuid('organisation_id'));
create policy activities_in_unit on activities to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy activity_staff_in_unit on activity_staff to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy activity_series_in_unit on activity_series to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy activity_sessions_in_unit on activity_sessions to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy activity_participants_in_unit on activity_participants to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy attendance_in_unit on attendance to rodtrad_app using (unit_id = app_uuid('unit_id'));

grant select, insert on activity_types to rodtrad_app;
grant select, insert, update on activities, activity_series, activity_sessions, activity_participants to rodtrad_app;
grant select, insert, delete on activity_staff to rodtrad_app;
grant select, insert, update on attendance to rodtrad_app;
