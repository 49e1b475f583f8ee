-- Dashboards (issue 5): the figures a unit and a programme are followed by, read through views that hold no
-- names, no identity numbers and no free text. A unit's staff read their own unit through them; the
-- organisation-wide roles (administrator, analyst) read every unit of their organisation, which row-level
-- security on the tables would refuse them. The server turns these rows into aggregates only, and for
-- organisation-wide callers hides small counts (docs/decisions/0013-dashboard-suppression.md).
--
-- The views run with their owner's rights (so past the tables' policies) and carry the tenant rule
-- themselves: the caller's organisation, and her own unit unless her role is organisation-wide. The partner
-- role and a participant's context see nothing. The views are not security_barrier views: only the server's
-- own SQL reads them, and a barrier kept the planner from looking up one assessment's ratings by its id
-- (the programme-wide distance figure took seconds at 100,000 participants).

create function dashboard_unit_ids() returns setof uuid language sql stable as $$
  select u.id from units u
   where u.organisation_id = app_uuid('organisation_id')
     and (app_setting('role') in ('administrator', 'analyst')
          or (u.id = app_uuid('unit_id') and app_setting('role') in
              ('unit_manager', 'coach', 'case_worker', 'teacher', 'language_supporter', 'family_supporter',
               'volunteer_coordinator')))
$$;

create view dashboard_participants as
  select p.id, p.unit_id, p.gender, p.birth_date, p.languages
    from participants p
   where p.merged_into is null and p.unit_id in (select dashboard_unit_ids());

create view dashboard_enrolments as
  select e.id, e.unit_id, e.participant_id, e.programme_id, e.started_on, e.exited_on, e.exit_status
    from enrolments e
    join participants p on p.id = e.participant_id and p.merged_into is null
   where e.unit_id in (select dashboard_unit_ids());

create view dashboard_activities as
  select a.id, a.unit_id, a.title
    from activities a
   where a.archived_at is null and a.unit_id in (select dashboard_unit_ids());

create view dashboard_activity_participants as
  select ap.activity_id, ap.participant_id, ap.unit_id
    from activity_participants ap
   where ap.unit_id in (select dashboard_unit_ids());

-- A mark at a session that was held (not cancelled), by the session's Stockholm month.
create view dashboard_attendance as
  select at.unit_id, at.participant_id, at.session_id, s.activity_id, s.starts_at,
         date_trunc('month', s.starts_at at time zone 'Europe/Stockholm')::date as month, at.status
    from attendance at
    join activity_sessions s on s.id = at.session_id and s.cancelled_at is null
   where at.unit_id in (select dashboard_unit_ids());

-- Assessments by date, and each one's domain ratings (1 to 10), without notes or answers.
create view dashboard_assessments as
  select a.id, a.unit_id, a.participant_id, a.assessed_on, a.created_at
    from assessments a
   where a.unit_id in (select dashboard_unit_ids());

create view dashboard_assessment_ratings as
  select a.id as assessment_id, a.unit_id, a.participant_id, a.assessed_on, a.created_at, d.key as domain,
         (d.value ->> 'rating')::numeric as rating
    from assessments a
    cross join lateral jsonb_each(a.domains) d
   where a.unit_id in (select dashboard_unit_ids())
     and jsonb_typeof(d.value -> 'rating') = 'number';

-- The milestones that stand: not corrected by a later row, not a retraction.
create view dashboard_milestones as
  select m.unit_id, m.participant_id, m.kind, m.happened_on
    from milestones m
   where not m.retracted
     and not exists (select 1 from milestones c where c.corrects = m.id)
     and m.unit_id in (select dashboard_unit_ids());

-- Follow-ups done: her situation that many months after the exit.
create view dashboard_follow_ups as
  select f.unit_id, f.participant_id, f.enrolment_id, f.months, f.due_on, f.situation
    from follow_ups f
   where f.status = 'done' and f.unit_id in (select dashboard_unit_ids());

grant select on dashboard_participants, dashboard_enrolments, dashboard_activities, dashboard_assessments,
  dashboard_activity_participants, dashboard_attendance, dashboard_assessment_ratings, dashboard_milestones,
  dashboard_follow_ups to rodtrad_app;
