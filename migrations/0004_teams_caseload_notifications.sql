-- The team around each participant (arbetslag): one responsible coach and any number of members.

create table team_members (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  user_id uuid not null references users(id),
  -- The member's part in this team, e.g. coach, case_worker, teacher, language_supporter, family_supporter.
  team_role text not null,
  responsible boolean not null default false,
  added_by uuid references users(id),
  added_at timestamptz not null default now(),
  unique (participant_id, user_id)
);
-- At most one responsible coach per participant.
create unique index team_members_one_responsible on team_members (participant_id) where responsible;
create index team_members_caseload on team_members (unit_id, user_id);

-- In-app notices to staff ("you have been given Amina's case"); read once, kept for the record.
create table notifications (
  id uuid primary key,
  unit_id uuid references units(id),
  organisation_id uuid not null references organisations(id),
  user_id uuid not null references users(id),
  kind text not null,
  participant_id uuid references participants(id),
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_user on notifications (user_id, created_at desc);

alter table team_members enable row level security;
alter table notifications enable row level security;
create policy team_members_in_unit on team_members to rodtrad_app using (unit_id = app_uuid('unit_id'));
-- A notice is written by a colleague in the same organisation and read only by the one it is for.
create policy notifications_write on notifications for insert to rodtrad_app
  with check (organisation_id = app_uuid('organisation_id'));
create policy notifications_own on notifications for select to rodtrad_app using (user_id = app_uuid('user_id'));
create policy notifications_mark_read on notifications for update to rodtrad_app using (user_id = app_uuid('user_id'));

grant select, insert, update, delete on team_members to rodtrad_app;
grant select, insert, update on notifications to rodtrad_app;
