-- Placements with employers (praktik and the steps before and after it): a participant at one of the unit's
-- employers for a period, with a supervisor there, goals from her individual plan, follow-up notes and a
-- mid-point and final evaluation that the supervisor fills in through a link without an account.

create table placements (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  employer_id uuid not null references employers(id),
  kind text not null check (kind in ('study_visit', 'job_shadowing', 'internship', 'work_trial',
                                     'subsidised_employment', 'employment')),
  -- Copied from the employer's contact people when one is chosen: the placement keeps whom it was agreed
  -- with even if the register changes later.
  supervisor_name text check (length(supervisor_name) between 1 and 200),
  supervisor_phone text check (length(supervisor_phone) <= 30),
  supervisor_email text check (length(supervisor_email) <= 254),
  starts_on date not null,
  ends_on date not null,
  hours_per_week numeric(4, 1) check (hours_per_week between 0 and 60),
  status text not null default 'planned' check (status in ('planned', 'ongoing', 'completed', 'ended_early')),
  ended_early_on date,
  end_reason text check (length(end_reason) <= 2000),
  created_at timestamptz not null default now(),
  created_by uuid references users(id),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0,
  check (ends_on >= starts_on),
  check ((status = 'ended_early') = (ended_early_on is not null))
);
create index placements_participant on placements (unit_id, participant_id, starts_on desc);
create index placements_employer on placements (employer_id);

-- Goals of her individual plan that the placement works towards (the service checks they are hers).
create table placement_goals (
  placement_id uuid not null references placements(id),
  goal_id uuid not null references plan_goals(id),
  unit_id uuid not null references units(id),
  primary key (placement_id, goal_id)
);

-- Follow-up notes (uppföljning): append-only, like the journal.
create table placement_notes (
  id uuid primary key,
  placement_id uuid not null references placements(id),
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  body text not null check (length(body) between 1 and 4000),
  author_user_id uuid not null references users(id),
  created_at timestamptz not null default now()
);
create index placement_notes_placement on placement_notes (placement_id, created_at);

create function placement_notes_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'placement notes are append-only: write a new note instead' using errcode = 'insufficient_privilege';
end $$;
create trigger placement_notes_append_only before update or delete on placement_notes
  for each row execute function placement_notes_append_only();

-- The supervisor's evaluation, at the mid-point and at the end. The link's random token is stored only as its
-- SHA-256 hash; a reminder replaces it (the old link stops working), since a hash cannot give the link back.
-- After submission the hash stays, so the link answers "already sent" (410) rather than "unknown".
create table placement_evaluations (
  id uuid primary key,
  placement_id uuid not null references placements(id),
  unit_id uuid not null references units(id),
  stage text not null check (stage in ('midpoint', 'final')),
  token_hash text not null unique,
  due_on date not null,
  expires_at timestamptz not null,
  requested_at timestamptz not null default now(),
  requested_by uuid references users(id),
  reminded_at timestamptz,
  reminder_count integer not null default 0,
  submitted_at timestamptz,
  -- { ratings: { attendance, cooperation, work_tasks, swedish_at_work: 1..5 }, strengths, to_develop,
  --   recommendation } (checked by the API's Zod contract)
  answers jsonb check (answers is null or jsonb_typeof(answers) = 'object'),
  submitted_by_name text check (length(submitted_by_name) <= 200),
  unique (placement_id, stage),
  check ((submitted_at is null) = (answers is null))
);
create index placement_evaluations_open on placement_evaluations (due_on) where submitted_at is null;

alter table placements enable row level security;
alter table placement_goals enable row level security;
alter table placement_notes enable row level security;
alter table placement_evaluations enable row level security;
create policy placements_in_unit on placements to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy placement_goals_in_unit on placement_goals to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy placement_notes_in_unit on placement_notes to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy placement_evaluations_in_unit on placement_evaluations to rodtrad_app
  using (unit_id = app_uuid('unit_id'));

grant select, insert, update on placements, placement_evaluations to rodtrad_app;
grant select, insert, delete on placement_goals to rodtrad_app;
grant select, insert on placement_notes to rodtrad_app;
