-- The dashboards filter by kind of activity (all Swedish classes, all health schools) as well as by one
-- activity: the activities offered for the filter carry their type, and dashboard_activity_types gives every
-- activity's type, archived ones too, since their attendance and participants still count in the periods
-- they ran. Same tenant rule as the other dashboard views (0027).
create or replace view dashboard_activities as
  select a.id, a.unit_id, a.title, a.type
    from activities a
   where a.archived_at is null and a.unit_id in (select dashboard_unit_ids());

create view dashboard_activity_types as
  select a.id, a.unit_id, a.type
    from activities a
   where a.unit_id in (select dashboard_unit_ids());

grant select on dashboard_activity_types to rodtrad_app;
