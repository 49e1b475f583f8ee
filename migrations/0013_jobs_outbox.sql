-- Background jobs, the outbox of messages to participants (reminders), and pauses of those reminders.
-- See docs/decisions/0008-job-queue-in-postgres.md.

-- System work, claimed with `for update skip locked` so several server processes share it without taking the
-- same job twice. A claimed job's run_at moves a lease ahead: a process that dies mid-job frees it then.
-- Not granted to rodtrad_app: only the owner connection (the worker) reads and writes jobs.
create table jobs (
  id uuid primary key,
  kind text not null check (kind ~ '^[a-z][a-z0-9_.]{0,60}$'),
  -- Enqueueing the same key twice makes one job (e.g. session-reminder:<session>:<participant>:<start>).
  dedupe_key text unique check (length(dedupe_key) <= 300),
  payload jsonb not null default '{}',
  run_at timestamptz not null default now(),
  attempts integer not null default 0,
  max_attempts integer not null default 5 check (max_attempts between 1 and 50),
  locked_at timestamptz,
  locked_by text,
  last_error text,
  -- Finished, one way or the other; failed_at says it gave up after max_attempts.
  done_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz not null default now()
);
create index jobs_due on jobs (run_at) where done_at is null;

-- Every message to a participant, pending or sent: the delivery log staff read on her page.
create table outbox_messages (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid references participants(id),
  kind text not null check (kind ~ '^[a-z][a-z0-9_.]{0,60}$'),
  -- One message per reason (the job's dedupe key), however often its job runs.
  dedupe_key text unique check (length(dedupe_key) <= 300),
  channel text not null check (channel in ('email', 'sms')),
  to_address text not null check (length(to_address) <= 300),
  language text not null check (language ~ '^[a-z]{2,3}$'),
  subject text check (length(subject) <= 300),
  body text not null check (length(body) <= 4000),
  -- held: not sent because her reminders were paused when it was due.
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'held')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  -- The provider's id for the message; 'log' when OUTBOX=log kept it on this machine.
  provider_id text,
  created_at timestamptz not null default now()
);
create index outbox_messages_due on outbox_messages (next_attempt_at) where status = 'pending';
create index outbox_messages_participant on outbox_messages (participant_id, created_at desc);

-- Reminders paused for one participant (e.g. during sick leave), from a day, until a day or until ended.
create table reminder_pauses (
  id uuid primary key,
  participant_id uuid not null references participants(id),
  unit_id uuid not null references units(id),
  from_on date not null,
  until_on date,
  reason text not null check (length(reason) between 1 and 500),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  ended_at timestamptz,
  ended_by uuid references users(id),
  check (until_on is null or until_on >= from_on)
);
create index reminder_pauses_participant on reminder_pauses (participant_id, from_on);

alter table outbox_messages enable row level security;
alter table reminder_pauses enable row level security;
create policy outbox_messages_in_unit on outbox_messages for select to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy reminder_pauses_in_unit on reminder_pauses to rodtrad_app using (unit_id = app_uuid('unit_id'));
grant select on outbox_messages to rodtrad_app;
grant select, insert, update on reminder_pauses to rodtrad_app;
