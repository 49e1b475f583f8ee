-- Language friends (språkvän), issue 6: matches and their follow-up. The coordinator accepts a pair the engine
-- proposed (or another eligible volunteer for that participant), books the introduction as a real meeting in
-- the calendar, starts the trial month when it was held, confirms the match afterwards and ends it with a
-- reason and who ended it. The volunteer has no account: a revocable link per match (its SHA-256 only) opens a
-- phone page with what the coordinator shares. Both sides log meetings and give feedback at the check-ins one
-- and three months after the trial started.

create table language_friend_matches (
  id uuid primary key,
  unit_id uuid not null references units(id),
  volunteer_id uuid not null references volunteers(id),
  participant_id uuid not null references participants(id),
  status text not null default 'proposed'
    check (status in ('proposed', 'introduced', 'trial', 'active', 'ended')),
  -- The engine's score and reasons when the coordinator accepted the pair (MatchReason[]).
  score integer not null check (score between 0 and 100),
  reasons jsonb not null default '[]' check (jsonb_typeof(reasons) = 'array'),
  -- What the volunteer sees of her besides her first name: the coordinator shares or withholds each.
  share_languages boolean not null default true,
  share_interests boolean not null default true,
  meeting_place text check (length(meeting_place) between 1 and 200),
  -- The introduction, a meeting led by the coordinator (meetings, 0017).
  intro_meeting_id uuid references meetings(id),
  introduced_at timestamptz,
  -- The day the introduction was held: the trial month starts then (a Stockholm date).
  trial_started_on date,
  confirmed_at timestamptz,
  confirmed_by uuid references users(id),
  ended_at timestamptz,
  ended_by uuid references users(id),
  ended_by_party text check (ended_by_party in ('participant', 'volunteer', 'coordinator')),
  end_reason text check (length(end_reason) between 1 and 1000),
  -- Their next meeting as the volunteer and the participant see it (the introduction at first).
  next_meeting_starts_at timestamptz,
  next_meeting_ends_at timestamptz,
  -- The volunteer's link: only its hash; cleared (revoked) by the coordinator or when the match ends.
  link_token_hash text unique,
  link_sent_at timestamptz,
  created_at timestamptz not null default now(),
  created_by uuid not null references users(id),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0,
  check ((status = 'ended') = (ended_at is not null and ended_by_party is not null and end_reason is not null)),
  check (status in ('proposed', 'ended') or intro_meeting_id is not null),
  check (status not in ('trial', 'active') or trial_started_on is not null),
  check (next_meeting_ends_at is null or next_meeting_ends_at > next_meeting_starts_at),
  check (status <> 'ended' or link_token_hash is null)
);
-- One open match per participant: she is proposed again only after an end.
create unique index language_friend_matches_open_participant on language_friend_matches (participant_id)
  where status <> 'ended';
create index language_friend_matches_volunteer on language_friend_matches (volunteer_id, created_at desc);
create index language_friend_matches_unit on language_friend_matches (unit_id, status);

-- A pair the coordinator rejected, with the reason: the engine does not propose it again.
create table language_friend_rejections (
  id uuid primary key,
  unit_id uuid not null references units(id),
  volunteer_id uuid not null references volunteers(id),
  participant_id uuid not null references participants(id),
  reason text not null check (length(reason) between 1 and 1000),
  created_at timestamptz not null default now(),
  created_by uuid not null references users(id),
  unique (volunteer_id, participant_id)
);

-- What they did when they met: logged by the coordinator (recorded_by_user) or by the volunteer on her page.
create table language_friend_meeting_logs (
  id uuid primary key,
  match_id uuid not null references language_friend_matches(id),
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  met_on date not null,
  activity text not null check (length(activity) between 1 and 500),
  hours numeric(4, 2) not null check (hours > 0 and hours <= 12),
  recorded_by text not null check (recorded_by in ('coordinator', 'volunteer')),
  recorded_by_user uuid references users(id),
  created_at timestamptz not null default now(),
  check ((recorded_by = 'coordinator') = (recorded_by_user is not null))
);
create index language_friend_meeting_logs_match on language_friend_meeting_logs (match_id, met_on desc);
create index language_friend_meeting_logs_unit on language_friend_meeting_logs (unit_id, met_on);

-- The check-ins one and three months after the trial started; reminded_at once both sides were reminded.
create table language_friend_check_ins (
  id uuid primary key,
  match_id uuid not null references language_friend_matches(id),
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  months integer not null check (months in (1, 3)),
  due_on date not null,
  reminded_at timestamptz,
  unique (match_id, months)
);
create index language_friend_check_ins_due on language_friend_check_ins (due_on) where reminded_at is null;

-- Short feedback per check-in and side: a rating from 1 to 5 and optional words.
create table language_friend_feedback (
  id uuid primary key,
  check_in_id uuid not null references language_friend_check_ins(id),
  match_id uuid not null references language_friend_matches(id),
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  side text not null check (side in ('participant', 'volunteer')),
  rating integer not null check (rating between 1 and 5),
  words text check (length(words) between 1 and 1000),
  created_at timestamptz not null default now(),
  unique (check_in_id, side)
);

alter table language_friend_matches enable row level security;
alter table language_friend_rejections enable row level security;
alter table language_friend_meeting_logs enable row level security;
alter table language_friend_check_ins enable row level security;
alter table language_friend_feedback enable row level security;
create policy language_friend_matches_in_unit on language_friend_matches to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy language_friend_rejections_in_unit on language_friend_rejections to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy language_friend_meeting_logs_in_unit on language_friend_meeting_logs to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy language_friend_check_ins_in_unit on language_friend_check_ins to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy language_friend_feedback_in_unit on language_friend_feedback to rodtrad_app
  using (unit_id = app_uuid('unit_id'));

-- In her own context (the participant app) she reads her matches and check-ins and gives her feedback; the
-- volunteer's first name comes from her open match (volunteers_self below), nothing else of the volunteer.
create policy language_friend_matches_self on language_friend_matches for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy language_friend_check_ins_self on language_friend_check_ins for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy language_friend_feedback_self on language_friend_feedback for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy language_friend_feedback_self_insert on language_friend_feedback for insert to rodtrad_app
  with check (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
              and side = 'participant');
create policy volunteers_self on volunteers for select to rodtrad_app
  using (app_setting('role') = 'participant' and exists (
    select 1 from language_friend_matches m
     where m.volunteer_id = volunteers.id and m.participant_id = app_uuid('participant_id')
       and m.status <> 'ended'));

-- The volunteer's link goes into the outbox in the coordinator's transaction (rodtrad_app otherwise only
-- reads the outbox): only that kind, only for her unit.
create policy outbox_messages_language_friend_link on outbox_messages for insert to rodtrad_app
  with check (unit_id = app_uuid('unit_id') and kind = 'language_friend_link');

grant select, insert, update on language_friend_matches to rodtrad_app;
grant select, insert on language_friend_rejections, language_friend_meeting_logs, language_friend_feedback
  to rodtrad_app;
grant select, insert, update on language_friend_check_ins to rodtrad_app;

-- A merge moves her matches' history with her; undoing it moves exactly those back. The rejections, logs,
-- check-ins and feedback follow their match and carry participant_id for row-level security, so they move too.
create or replace function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds', 'meetings', 'milestones', 'follow_ups', 'participant_language_friend_interest',
               'language_friend_matches', 'language_friend_rejections', 'language_friend_meeting_logs',
               'language_friend_check_ins', 'language_friend_feedback']
$$;

select deny_partner('language_friend_matches');
select deny_partner('language_friend_rejections');
select deny_partner('language_friend_meeting_logs');
select deny_partner('language_friend_check_ins');
select deny_partner('language_friend_feedback');
