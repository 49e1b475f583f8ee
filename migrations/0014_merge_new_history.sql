-- A merge (migration 0008) moves all of a duplicate's history, including the tables added since: activities
-- and attendance, placements and their notes, messages and reminder pauses, calendar feeds. The two functions
-- are replaced; plain tables are moved in one loop, tables with a rule of their own one by one.

-- Placement notes stay append-only; a merge (or its undo) may move one, untouched, between the two records.
create or replace function placement_notes_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and current_setting('rodtrad.moving_records', true) = 'on'
     and (new.id, new.placement_id, new.unit_id, new.body, new.author_user_id, new.created_at)
         is not distinct from (old.id, old.placement_id, old.unit_id, old.body, old.author_user_id, old.created_at)
  then
    return new;
  end if;
  raise exception 'placement notes are append-only: write a new note instead' using errcode = 'insufficient_privilege';
end $$;

-- Tables whose rows move whole, with no rule on the record that stays; keyed by `id`.
create function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds']
$$;

create or replace function merge_participant(merge_id uuid, source uuid, target uuid) returns jsonb
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  moved jsonb := '{}';
  ids jsonb;
  t text;
begin
  if source = target then raise exception 'a record cannot be merged into itself' using errcode = 'check_violation'; end if;
  perform assert_may_merge(source, target);
  perform 1 from participants where id in (source, target) for update;
  if (select count(*) from participants where id in (source, target) and merged_into is null) <> 2 then
    raise exception 'one of the records is already merged' using errcode = 'P0001', hint = 'already_merged';
  end if;
  perform set_config('rodtrad.moving_records', 'on', true);

  foreach t in array merge_plain_tables() loop
    execute format('with m as (update %I set participant_id = $2 where participant_id = $1 returning id)
                    select coalesce(jsonb_agg(id), ''[]'') from m', t)
      into ids using source, target;
    moved := moved || jsonb_build_object(t, ids);
  end loop;

  -- A second standing consent for one purpose stays behind.
  with m as (update consents c set participant_id = target where c.participant_id = source
               and not (c.withdrawn_on is null and exists (select 1 from consents o where o.participant_id = target
                        and o.purpose = c.purpose and o.withdrawn_on is null))
             returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('consents', ids);

  -- A colleague already in the team, or a second responsible coach, stays behind.
  with m as (update team_members t set participant_id = target where t.participant_id = source
               and not exists (select 1 from team_members o where o.participant_id = target and o.user_id = t.user_id)
               and not (t.responsible and exists (select 1 from team_members o where o.participant_id = target and o.responsible))
             returning id)
  select coalesce(jsonb_agg(id), '[]') into ids from m;
  moved := moved || jsonb_build_object('team_members', ids);

  -- Taking part in an activity the record that stays is in already stays behind (keyed by activity).
  with m as (update activity_participants a set participant_id = target where a.participant_id = source
               and not exists (select 1 from activity_participants o where o.participant_id = target and o.activity_id = a.activity_id)
             returning activity_id)
  select coalesce(jsonb_agg(activity_id), '[]') into ids from m;
  moved := moved || jsonb_build_object('activity_participants', ids);

  -- A mark for a session the record that stays has a mark for already stays behind (keyed by session).
  with m as (update attendance a set participant_id = target where a.participant_id = source
               and not exists (select 1 from attendance o where o.participant_id = target and o.session_id = a.session_id)
             returning session_id)
  select coalesce(jsonb_agg(session_id), '[]') into ids from m;
  moved := moved || jsonb_build_object('attendance', ids);

  perform set_config('rodtrad.moving_records', 'off', true);
  update participants set merged_into = target, version = version + 1,
         updated_at = now(), updated_by = app_uuid('user_id')
   where id = source;
  insert into participant_merges (id, unit_id, source_id, target_id, moved, merged_by)
  values (merge_id, app_uuid('unit_id'), source, target, moved, app_uuid('user_id'));
  return moved;
end $$;

create or replace function undo_participant_merge(merge_id uuid) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  m participant_merges;
  t text;
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
  -- Merges made before this migration have no entry for the newer tables: coalesce to none.
  foreach t in array merge_plain_tables() || array['consents', 'team_members'] loop
    execute format('update %I set participant_id = $1
                     where participant_id = $2
                       and id::text in (select jsonb_array_elements_text(coalesce($3 -> %L, ''[]'')))', t, t)
      using m.source_id, m.target_id, m.moved;
  end loop;
  update activity_participants set participant_id = m.source_id
   where participant_id = m.target_id
     and activity_id::text in (select jsonb_array_elements_text(coalesce(m.moved -> 'activity_participants', '[]')));
  update attendance set participant_id = m.source_id
   where participant_id = m.target_id
     and session_id::text in (select jsonb_array_elements_text(coalesce(m.moved -> 'attendance', '[]')));
  perform set_config('rodtrad.moving_records', 'off', true);
  update participants set merged_into = null, version = version + 1,
         updated_at = now(), updated_by = app_uuid('user_id')
   where id = m.source_id;
  update participant_merges set undone_at = now(), undone_by = app_uuid('user_id') where id = merge_id;
end $$;
