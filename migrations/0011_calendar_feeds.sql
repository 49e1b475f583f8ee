-- iCalendar subscription feeds (RFC 5545): a staff member's or a participant's schedule behind a long
-- random token, stored only as its SHA-256 hash, revocable.
create table calendar_feeds (
  id uuid primary key,
  unit_id uuid not null references units(id),
  token_hash text not null unique,
  -- Exactly one owner: a staff member's own schedule, or a participant's.
  user_id uuid references users(id),
  participant_id uuid references participants(id),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  last_read_at timestamptz,
  revoked_at timestamptz,
  check ((user_id is null) <> (participant_id is null))
);
create index calendar_feeds_user on calendar_feeds (user_id) where revoked_at is null;
create index calendar_feeds_participant on calendar_feeds (participant_id) where revoked_at is null;

alter table calendar_feeds enable row level security;
create policy calendar_feeds_in_unit on calendar_feeds to rodtrad_app using (unit_id = app_uuid('unit_id'));
grant select, insert, update on calendar_feeds to rodtrad_app;
