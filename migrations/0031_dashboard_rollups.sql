-- Dashboards at programme scale (issue 5: p95 under 1 s at 100,000 participants and 5 million attendance marks).

-- A session's marks read from the index alone (session, then status, participant and unit in the leaf), so a
-- month's attendance of a whole programme (hours per participant for a funder, about 400,000 marks at 100,000
-- participants) is read without visiting the table's pages, which are ordered by participant, not session.
create index attendance_session_marks on attendance (session_id) include (status, participant_id, unit_id);

-- The attendance figure without a programme filter counts every mark of the period (5 million rows for a
-- year of a large programme). Its counts per session and unit are kept here by statement triggers on
-- attendance, so the figure reads one row a session. A mark's insert adds one, its delete takes one away, an
-- update (a status corrected, a merge moving her marks to the kept record) takes the old row away and adds the
-- new; the counts are exact at every commit, in the same transaction as the marks.
create table attendance_session_counts (
  session_id uuid not null references activity_sessions(id),
  unit_id uuid not null references units(id),
  marked integer not null default 0 check (marked >= 0),
  present integer not null default 0 check (present between 0 and marked),
  primary key (session_id, unit_id)
);
alter table attendance_session_counts enable row level security;
create policy attendance_session_counts_in_unit on attendance_session_counts to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
select deny_partner('attendance_session_counts');
grant select on attendance_session_counts to rodtrad_app;

insert into attendance_session_counts (session_id, unit_id, marked, present)
select session_id, unit_id, count(*), count(*) filter (where status = 'present')
  from attendance group by session_id, unit_id;

-- Runs as its owner (the staff who mark attendance may only read the counts). Removed marks are taken away by
-- an update (their row exists: they were counted when added), since an insert's proposed row is checked
-- before its conflict is seen; added marks are upserted in (session, unit) order.
create function attendance_session_counts_apply() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update attendance_session_counts c set marked = c.marked - o.marked, present = c.present - o.present
      from (select session_id, unit_id, count(*) as marked, count(*) filter (where status = 'present') as present
              from old_marks group by session_id, unit_id) o
     where c.session_id = o.session_id and c.unit_id = o.unit_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into attendance_session_counts as c (session_id, unit_id, marked, present)
    select n.session_id, n.unit_id, count(*), count(*) filter (where n.status = 'present')
      from new_marks n group by n.session_id, n.unit_id order by n.session_id, n.unit_id
    on conflict (session_id, unit_id)
      do update set marked = c.marked + excluded.marked, present = c.present + excluded.present;
  end if;
  return null;
end $$;
revoke all on function attendance_session_counts_apply() from public;

create trigger attendance_session_counts_insert after insert on attendance
  referencing new table as new_marks for each statement execute function attendance_session_counts_apply();
create trigger attendance_session_counts_update after update on attendance
  referencing old table as old_marks new table as new_marks
  for each statement execute function attendance_session_counts_apply();
create trigger attendance_session_counts_delete after delete on attendance
  referencing old table as old_marks for each statement execute function attendance_session_counts_apply();

-- The counts of held sessions, with the dashboards' tenant rule (as dashboard_attendance in 0027).
create view dashboard_attendance_sessions as
  select c.session_id, c.unit_id, s.activity_id, s.starts_at, c.marked, c.present
    from attendance_session_counts c
    join activity_sessions s on s.id = c.session_id and s.cancelled_at is null
   where c.unit_id in (select dashboard_unit_ids());
grant select on dashboard_attendance_sessions to rodtrad_app;
