-- Journal (journalanteckningar), contacts, and the participant's own view of who opened her file.

create table journal_entries (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  author_id uuid not null references users(id),
  written_at timestamptz not null default now(),
  -- team: the whole team; case_workers: social-assistance case workers only; restricted (e.g. health):
  -- the author and the participant's responsible coach.
  visibility text not null check (visibility in ('team', 'case_workers', 'restricted')),
  body text not null check (length(body) between 1 and 20000),
  -- A correction is a new entry pointing at the one it corrects; nothing is ever overwritten.
  corrects_id uuid references journal_entries(id),
  search tsvector generated always as (to_tsvector('swedish', body)) stored
);
create index journal_participant on journal_entries (unit_id, participant_id, written_at desc);
create index journal_search on journal_entries using gin (search);

create function journal_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'journal entries are append-only: write a correction instead' using errcode = 'insufficient_privilege';
end $$;
create trigger journal_append_only before update or delete on journal_entries
  for each row execute function journal_append_only();

create function journal_visible(e journal_entries) returns boolean language sql stable as $$
  select e.unit_id = app_uuid('unit_id') and case e.visibility
    when 'team' then true
    when 'case_workers' then app_setting('role') = 'case_worker'
    when 'restricted' then e.author_id = app_uuid('user_id') or exists (
      select 1 from team_members t
       where t.participant_id = e.participant_id and t.user_id = app_uuid('user_id') and t.responsible)
  end
$$;

alter table journal_entries enable row level security;
create policy journal_read on journal_entries for select to rodtrad_app using (journal_visible(journal_entries));
create policy journal_write on journal_entries for insert to rodtrad_app
  with check (unit_id = app_uuid('unit_id') and author_id = app_uuid('user_id')
    and (visibility <> 'case_workers' or app_setting('role') = 'case_worker'));
grant select, insert on journal_entries to rodtrad_app;

create table contacts (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  kind text not null check (kind in ('meeting', 'phone', 'video', 'home_visit', 'message', 'other')),
  happened_at timestamptz not null,
  recorded_by uuid not null references users(id),
  language_support text not null default 'none' check (language_support in ('none', 'interpreter', 'language_supporter')),
  language text,
  note text check (length(note) <= 4000),
  created_at timestamptz not null default now(),
  check ((language_support = 'none') or language is not null)
);
create index contacts_participant on contacts (unit_id, participant_id, happened_at desc);
alter table contacts enable row level security;
create policy contacts_in_unit on contacts to rodtrad_app using (unit_id = app_uuid('unit_id'));
grant select, insert on contacts to rodtrad_app;

-- Who has opened a participant's file, for showing to her: reads of her own audit entries, only for
-- a participant of the caller's unit. Security definer because staff do not read the audit log itself.
create function participant_access_log(p uuid)
returns table (at timestamptz, actor_name text, actor_role text, action text)
language sql stable security definer set search_path = public, pg_temp as $$
  select a.at, u.name, m.role, a.action
    from audit_log a
    left join users u on u.id = a.actor_user_id
    left join lateral (select role from memberships where user_id = a.actor_user_id
                        and (unit_id = a.unit_id or unit_id is null) order by unit_id nulls last limit 1) m on true
   where a.participant_id = p and a.outcome = 'ok'
     and exists (select 1 from participants x where x.id = p and x.unit_id = app_uuid('unit_id'))
   order by a.id desc
   limit 500
$$;
revoke all on function participant_access_log(uuid) from public;
grant execute on function participant_access_log(uuid) to rodtrad_app;
