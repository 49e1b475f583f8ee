-- Individual meetings (enskilda möten): a participant with one or more of the unit's staff, at a place or
-- online, with or without an interpreter. A meeting is planned, then held or cancelled (with a reason); it is
-- never deleted. Only a short agenda is kept here: what was said belongs in the journal.

create table meetings (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  title text not null check (length(title) between 1 and 200),
  agenda text check (length(agenda) between 1 and 2000),
  place text check (length(place) between 1 and 200),
  online_url text check (online_url ~ '^https://' and length(online_url) <= 500),
  interpreter_needed boolean not null default false,
  -- ISO 639-1, or 639-3 where there is none, as participants' languages.
  interpreter_language text check (interpreter_language ~ '^[a-z]{2,3}$'),
  status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
  cancel_reason text check (length(cancel_reason) between 1 and 500),
  cancelled_at timestamptz,
  cancelled_by uuid references users(id),
  held_at timestamptz,
  created_at timestamptz not null default now(),
  created_by uuid not null references users(id),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0,
  -- At most a working day (as the API says): a search for meetings overlapping a period reads the index of
  -- starts from ten hours before it.
  check (ends_at > starts_at and ends_at <= starts_at + interval '10 hours'),
  check (interpreter_needed = (interpreter_language is not null)),
  check ((status = 'cancelled') = (cancelled_at is not null and cancel_reason is not null)),
  check ((status = 'held') = (held_at is not null))
);
-- A participant's meetings between two dates.
create index meetings_participant on meetings (participant_id, starts_at);
-- The reminder scan: planned meetings starting soon, across units.
create index meetings_planned_start on meetings (starts_at) where status = 'planned';

-- The staff in the meeting (one or more). starts_at is copied from the meeting (kept in step by a trigger) so
-- that a staff member's meetings between two dates are one index range.
create table meeting_staff (
  meeting_id uuid not null references meetings(id),
  user_id uuid not null references users(id),
  unit_id uuid not null references units(id),
  starts_at timestamptz not null,
  primary key (meeting_id, user_id)
);
create index meeting_staff_user on meeting_staff (user_id, starts_at);

create function meeting_staff_follow_start() returns trigger language plpgsql as $$
begin
  update meeting_staff set starts_at = new.starts_at where meeting_id = new.id;
  return new;
end $$;
create trigger meeting_staff_follow_start after update of starts_at on meetings
  for each row when (new.starts_at is distinct from old.starts_at)
  execute function meeting_staff_follow_start();

alter table meetings enable row level security;
alter table meeting_staff enable row level security;
create policy meetings_in_unit on meetings to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy meeting_staff_in_unit on meeting_staff to rodtrad_app using (unit_id = app_uuid('unit_id'));

grant select, insert, update on meetings to rodtrad_app;
grant select, insert, update, delete on meeting_staff to rodtrad_app;

-- A merge (migrations 0008 and 0014) moves her meetings too, and undoing it moves exactly those back. Meetings
-- move whole, with no rule on the record that stays, so they join the plain tables that both
-- merge_participant() and undo_participant_merge() loop over (0014); the two functions themselves are
-- unchanged. meeting_staff follows its meeting and names no participant. Merges made before this migration
-- have no 'meetings' entry, which undo reads as none.
create or replace function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds', 'meetings']
$$;
