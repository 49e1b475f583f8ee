-- The same person registered twice: records can be linked ("probably the same person") or merged, and a
-- merge can be undone. A merge moves the duplicate's history rows to the record that stays and remembers
-- exactly which rows it moved, so undoing it moves exactly those back. See docs/decisions/0007-merging-records.md.

-- A merged record stays (read-only, pointing at the one it was merged into) so it can come back.
alter table participants add column merged_into uuid references participants(id);

-- The identity number need only be unique among records in use: the number of a merged duplicate can be
-- given to the record that stays (undoing that merge then reports the clash instead of breaking the rule).
drop index participants_unit_identity;
create unique index participants_unit_identity on participants (unit_id, identity_number)
  where identity_number is not null and merged_into is null;

create table participant_links (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  linked_id uuid not null references participants(id),
  note text check (length(note) <= 1000),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  check (participant_id <> linked_id)
);
-- One link per pair, whichever way round it was made.
create unique index participant_links_pair on participant_links
  (least(participant_id, linked_id), greatest(participant_id, linked_id));
create index participant_links_linked on participant_links (linked_id);
create index participant_links_participant on participant_links (participant_id);

create table participant_merges (
  id uuid primary key,
  unit_id uuid not null references units(id),
  source_id uuid not null references participants(id),
  target_id uuid not null references participants(id),
  -- {"contacts": ["<id>", …], …}: the rows this merge moved, per table.
  moved jsonb not null,
  merged_by uuid not null references users(id),
  merged_at timestamptz not null default now(),
  undone_by uuid references users(id),
  undone_at timestamptz,
  check ((undone_at is null) = (undone_by is null))
);
create unique index participant_merges_one_standing on participant_merges (source_id) where undone_at is null;
create index participant_merges_target on participant_merges (target_id) where undone_at is null;

alter table participant_links enable row level security;
alter table participant_merges enable row level security;
create policy participant_links_in_unit on participant_links to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy participant_merges_in_unit on participant_merges to rodtrad_app using (unit_id = app_uuid('unit_id'));
grant select, insert, delete on participant_links to rodtrad_app;
grant select on participant_merges to rodtrad_app;

-- The journal stays append-only; the one update allowed is a merge (or its undo) moving an entry, untouched,
-- between the two records. Only the functions below, running as the owner, can update the table at all.
create or replace function journal_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and current_setting('rodtrad.moving_records', true) = 'on'
     and (new.id, new.unit_id, new.author_id, new.written_at, new.visibility, new.body, new.corrects_id)
         is not distinct from (old.id, old.unit_id, old.author_id, old.written_at, old.visibility, old.body, old.corrects_id)
  then
    return new;
  end if;
  raise exception 'journal entries are append-only: write a correction instead' using errcode = 'insufficient_privilege';
end $$;

-- Checks the caller may merge in this unit; both functions run as the owner because the app role may not
-- rewrite history rows (contacts, journal, plan history are append-only to it).
create function assert_may_merge(a uuid, b uuid) returns void language plpgsql stable
set search_path = public, pg_temp as $$
begin
  if app_setting('role') is distinct from 'unit_manager' and app_setting('role') is distinct from 'coach' then
    raise exception 'merging records is for unit managers and coaches' using errcode = 'insufficient_privilege';
  end if;
  if (select count(*) from participants where id in (a, b) and unit_id = app_uuid('unit_id')) <> 2 then
    raise exception 'both records must be of the caller''s unit' using errcode = 'insufficient_privilege';
  end if;
end $$;

-- Moves source's history to target. Rows that would break a rule of the record that stays (a second
-- standing consent for a purpose, a colleague already in the team, a second responsible coach) stay with
-- the merged record and come back with it. Open enrolments in the same programme must be settled first.
create function merge_participant(merge_id uuid, source uuid, target uuid) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  moved jsonb := '{}';
  ids jsonb;
begin
  if source = target then raise exception 'a record cannot be merged into itself' using errcode = 'check_violation'; end if;
  perform assert_may_merge(source, target);
  perform 1 from participants where id in (source, target) for update;
  if (select count(*) from participants where id in (source, target) and merged_into is null) <> 2 then
    raise exception 'one of the records is already merged' using errcode = 'P0001', hint = 'already_merged';
  end if;
  perform set_config('rodtrad.moving_records', 'on', true);

  with m as (update enrolments set participant_id = target where participant_id = source returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('enrolments', ids);

  with m as (update consents c set participant_id = target where c.participant_id = source
               and not (c.withdrawn_on is null and exists (select 1 from consents o where o.participant_id = target
                        and o.purpose = c.purpose and o.withdrawn_on is null))
             returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('consents', ids);

  with m as (update team_members t set participant_id = target where t.participant_id = source
               and not exists (select 1 from team_members o where o.participant_id = target and o.user_id = t.user_id)
               and not (t.responsible and exists (select 1 from team_members o where o.participant_id = target and o.responsible))
             returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('team_members', ids);

  with m as (update contacts set participant_id = target where participant_id = source returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('contacts', ids);

  with m as (update journal_entries set participant_id = target where participant_id = source returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('journal_entries', ids);

  with m as (update assessments set participant_id = target where participant_id = source returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('assessments', ids);

  with m as (update plan_goals set participant_id = target where participant_id = source returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('plan_goals', ids);

  with m as (update plan_steps set participant_id = target where participant_id = source returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('plan_steps', ids);

  with m as (update plan_events set participant_id = target where participant_id = source returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('plan_events', ids);

  perform set_config('rodtrad.moving_records', 'off', true);
  update participants set merged_into = target, version = version + 1,
         updated_at = now(), updated_by = app_uuid('user_id')
   where id = source;
  insert into participant_merges (id, unit_id, source_id, target_id, moved, merged_by)
  values (merge_id, app_uuid('unit_id'), source, target, moved, app_uuid('user_id'));
  return moved;
end $$;

-- Moves back exactly the rows the merge moved (rows added to the record that stays since then stay there).
create function undo_participant_merge(merge_id uuid) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  m participant_merges;
begin
  select * into m from participant_merges where id = merge_id and undone_at is null for update;
  if not found then
    raise exception 'no standing merge %', merge_id using errcode = 'P0001', hint = 'not_merged';
  end if;
  perform assert_may_merge(m.source_id, m.target_id);
  if (select merged_into from participants where id = m.target_id) is not null then
    raise exception 'undo the later merge of the record that stayed first' using errcode = 'P0001', hint = 'target_merged';
  end if;
  perform set_config('rodtrad.moving_records', 'on', true);
  update enrolments set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'enrolments'))::uuid);
  update consents set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'consents'))::uuid);
  update team_members set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'team_members'))::uuid);
  update contacts set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'contacts'))::uuid);
  update journal_entries set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'journal_entries'))::uuid);
  update assessments set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'assessments'))::uuid);
  update plan_goals set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'plan_goals'))::uuid);
  update plan_steps set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'plan_steps'))::uuid);
  update plan_events set participant_id = m.source_id
   where participant_id = m.target_id and id in (select (jsonb_array_elements_text(m.moved->'plan_events'))::bigint);
  perform set_config('rodtrad.moving_records', 'off', true);
  update participants set merged_into = null, version = version + 1,
         updated_at = now(), updated_by = app_uuid('user_id')
   where id = m.source_id;
  update participant_merges set undone_at = now(), undone_by = app_uuid('user_id') where id = merge_id;
end $$;

revoke all on function merge_participant(uuid, uuid, uuid) from public;
revoke all on function undo_participant_merge(uuid) from public;
grant execute on function merge_participant(uuid, uuid, uuid) to rodtrad_app;
grant execute on function undo_participant_merge(uuid) to rodtrad_app;

-- Her access log also shows who opened a record that has since been merged into hers.
create or replace function participant_access_log(p uuid)
returns table (at timestamptz, actor_name text, actor_role text, action text)
language sql stable security definer set search_path = public, pg_temp as $$
  select a.at, u.name, m.role, a.action
    from audit_log a
    left join users u on u.id = a.actor_user_id
    left join lateral (select role from memberships where user_id = a.actor_user_id
                        and (unit_id = a.unit_id or unit_id is null) order by unit_id nulls last limit 1) m on true
   where (a.participant_id = p or a.participant_id in
           (select source_id from participant_merges where target_id = p and undone_at is null))
     and a.outcome = 'ok'
     and exists (select 1 from participants x where x.id = p and x.unit_id = app_uuid('unit_id'))
   order by a.id desc
   limit 500
$$;
