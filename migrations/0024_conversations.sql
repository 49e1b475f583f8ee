-- Samtal (issue 7): one conversation per participant between her (the participant app) and the team of her
-- unit (her case file), with read receipts. Not the outbox, which is the log of reminders sent to her.
--
-- A message is written once and never changed or deleted; the one change allowed is its read receipt: read_at
-- is set once, when the other side (any member of the team, or she) first opens the thread after it. A merge
-- moves the messages whole like the other plain tables (0014).

create table conversation_messages (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  -- Who wrote it: she herself, or a staff member of her unit (author_user_id).
  sender text not null check (sender in ('participant', 'staff')),
  author_user_id uuid references users(id),
  body text not null check (length(body) between 1 and 2000),
  created_at timestamptz not null default now(),
  -- When the other side first opened the thread after it (her message: any team member; staff's: she).
  read_at timestamptz,
  check ((sender = 'staff') = (author_user_id is not null)),
  check (read_at is null or read_at >= created_at)
);
create index conversation_messages_participant on conversation_messages (participant_id, created_at);
-- Lösa trådar: her messages that nobody in the team has read yet, per unit.
create index conversation_messages_unread_by_team on conversation_messages (unit_id, participant_id)
  where sender = 'participant' and read_at is null;

create function conversation_messages_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
     and (new.id, new.unit_id, new.sender, new.author_user_id, new.body, new.created_at)
         is not distinct from (old.id, old.unit_id, old.sender, old.author_user_id, old.body, old.created_at)
  then
    -- The read receipt, set once.
    if old.read_at is null and new.participant_id = old.participant_id then
      return new;
    end if;
    -- A merge (or its undo) moving the message, untouched, between two records.
    if current_setting('rodtrad.moving_records', true) = 'on' and new.read_at is not distinct from old.read_at then
      return new;
    end if;
  end if;
  raise exception 'conversation messages are append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger conversation_messages_append_only before update or delete on conversation_messages
  for each row execute function conversation_messages_append_only();

alter table conversation_messages enable row level security;

-- Staff of her unit read the thread, write as themselves, and mark her messages read.
create policy conversation_messages_in_unit on conversation_messages for select to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy conversation_messages_staff_write on conversation_messages for insert to rodtrad_app
  with check (unit_id = app_uuid('unit_id') and sender = 'staff' and author_user_id = app_uuid('user_id')
              and exists (select 1 from participants p where p.id = participant_id and p.unit_id = unit_id));
create policy conversation_messages_staff_read_receipt on conversation_messages for update to rodtrad_app
  using (unit_id = app_uuid('unit_id') and sender = 'participant');

-- She reads her own thread, writes as herself in her unit, and marks the team's messages read.
create policy conversation_messages_self on conversation_messages for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy conversation_messages_self_write on conversation_messages for insert to rodtrad_app
  with check (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
              and sender = 'participant' and author_user_id is null
              and unit_id = (select p.unit_id from participants p where p.id = app_uuid('participant_id')));
create policy conversation_messages_self_read_receipt on conversation_messages for update to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
         and sender = 'staff');

select deny_partner('conversation_messages');

grant select, insert on conversation_messages to rodtrad_app;
grant update (read_at) on conversation_messages to rodtrad_app;

-- "You have a new message from your team" goes into the outbox in the staff member's transaction (rodtrad_app
-- otherwise only reads the outbox): only that kind, only for her unit. It never holds the message's text.
create policy outbox_messages_conversation on outbox_messages for insert to rodtrad_app
  with check (unit_id = app_uuid('unit_id') and kind = 'conversation_message');

-- Her conversation is her history: a merge moves it to the record that stays, and undo moves it back.
-- Restated with 0023's list (the highest below this one) plus this table; a later migration that restates it
-- must keep 'conversation_messages'.
create or replace function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds', 'meetings', 'milestones', 'follow_ups', 'participant_language_friend_interest',
               'language_friend_matches', 'language_friend_rejections', 'language_friend_meeting_logs',
               'language_friend_check_ins', 'language_friend_feedback',
               'lesson_views', 'lesson_understood', 'lesson_feedback', 'lesson_files',
               'conversation_messages']
$$;
