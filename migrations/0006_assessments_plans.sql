-- Kartläggning (holistic assessment) and the individual plan (handlingsplan).

-- Templates are versioned: publishing a change makes a new row; an assessment keeps the version it used.
create table assessment_templates (
  id uuid primary key,
  organisation_id uuid references organisations(id),
  key text not null,
  version integer not null,
  title_sv text not null,
  title_en text not null,
  domains jsonb not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique nulls not distinct (organisation_id, key, version)
);

-- The default template: every domain rated 1 (not ready) to 10 (self-reliant), with notes.
insert into assessment_templates (id, organisation_id, key, version, title_sv, title_en, domains) values (
  '00000000-0000-7000-8000-000000000001', null, 'default', 1, 'Kartläggning', 'Holistic assessment',
  '[{"key": "health", "labelSv": "Hälsa", "labelEn": "Health", "questions": []}, {"key": "swedish", "labelSv": "Svenska språket", "labelEn": "Swedish language", "questions": [{"key": "sfi_level", "labelSv": "Nivå i SFI", "labelEn": "Level in SFI", "type": "choice", "options": [{"key": "none", "labelSv": "Har inte börjat", "labelEn": "Not started"}, {"key": "a", "labelSv": "A", "labelEn": "A"}, {"key": "b", "labelSv": "B", "labelEn": "B"}, {"key": "c", "labelSv": "C", "labelEn": "C"}, {"key": "d", "labelSv": "D", "labelEn": "D"}]}]}, {"key": "family", "labelSv": "Familjesituation", "labelEn": "Family situation", "questions": []}, {"key": "housing", "labelSv": "Boende", "labelEn": "Housing", "questions": []}, {"key": "economy", "labelSv": "Ekonomi", "labelEn": "Economy", "questions": []}, {"key": "everyday_life", "labelSv": "Vardagsliv", "labelEn": "Everyday life", "questions": []}, {"key": "communication_digital", "labelSv": "Kommunikation och digital förmåga", "labelEn": "Communication and digital skills", "questions": [{"key": "bankid", "labelSv": "Kan använda BankID och e-tjänster", "labelEn": "Can use BankID and e-services", "type": "scale"}]}, {"key": "education", "labelSv": "Utbildning", "labelEn": "Education", "questions": []}, {"key": "work_experience", "labelSv": "Arbetslivserfarenhet", "labelEn": "Work experience", "questions": []}, {"key": "strengths", "labelSv": "Styrkor", "labelEn": "Strengths", "questions": [{"key": "what", "labelSv": "Vad är du bra på?", "labelEn": "What are you good at?", "type": "text"}]}, {"key": "interests", "labelSv": "Intressen", "labelEn": "Interests", "questions": [{"key": "work", "labelSv": "Vilka arbeten eller branscher intresserar dig?", "labelEn": "Which jobs or industries interest you?", "type": "text"}]}, {"key": "barriers", "labelSv": "Hinder", "labelEn": "Barriers", "questions": []}]'::jsonb);

create table assessments (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  template_id uuid not null references assessment_templates(id),
  assessed_on date not null,
  assessed_by uuid not null references users(id),
  -- { domainKey: { rating, selfRating, notes, answers } }
  domains jsonb not null,
  created_at timestamptz not null default now(),
  version integer not null default 0
);
create index assessments_participant on assessments (unit_id, participant_id, assessed_on desc);

create table plan_goals (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  domain_key text,
  title text not null check (length(title) between 1 and 500),
  status text not null default 'open' check (status in ('open', 'achieved', 'dropped')),
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  version integer not null default 0
);
create index plan_goals_participant on plan_goals (unit_id, participant_id);

create table plan_steps (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  goal_id uuid not null references plan_goals(id),
  title text not null check (length(title) between 1 and 500),
  -- The owner is a team member, or the participant herself, or nobody yet (a loose thread).
  owner_user_id uuid references users(id),
  owner_is_participant boolean not null default false,
  due_on date,
  status text not null default 'todo' check (status in ('todo', 'doing', 'done', 'dropped')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 0,
  check (not (owner_is_participant and owner_user_id is not null))
);
create index plan_steps_participant on plan_steps (unit_id, participant_id);
create index plan_steps_open_due on plan_steps (unit_id, due_on) where status in ('todo', 'doing');
create index plan_steps_owner on plan_steps (owner_user_id) where status in ('todo', 'doing');

-- The plan's history: every change, as it was made. Append-only.
create table plan_events (
  id bigint generated always as identity primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  at timestamptz not null default now(),
  actor_user_id uuid references users(id),
  kind text not null,
  goal_id uuid,
  step_id uuid,
  data jsonb not null default '{}'
);
create index plan_events_participant on plan_events (participant_id, id desc);

alter table assessment_templates enable row level security;
alter table assessments enable row level security;
alter table plan_goals enable row level security;
alter table plan_steps enable row level security;
alter table plan_events enable row level security;
create policy templates_visible on assessment_templates
  using (organisation_id is null or organisation_id = app_uuid('organisation_id'));
create policy templates_publish on assessment_templates for insert to rodtrad_app
  with check (organisation_id = app_uuid('organisation_id'));
create policy assessments_in_unit on assessments to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy plan_goals_in_unit on plan_goals to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy plan_steps_in_unit on plan_steps to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy plan_events_in_unit on plan_events to rodtrad_app using (unit_id = app_uuid('unit_id'));

grant select, insert on assessment_templates to rodtrad_app;
grant select, insert, update on assessments, plan_goals, plan_steps to rodtrad_app;
grant select, insert on plan_events to rodtrad_app;

-- Loose threads look for the newest contact and assessment per participant.
create index contacts_latest on contacts (participant_id, happened_at desc);
create index assessments_latest on assessments (participant_id, assessed_on desc);
create index enrolments_open on enrolments (unit_id) where exited_on is null;
