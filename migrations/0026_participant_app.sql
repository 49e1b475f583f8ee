-- The participant app (issue 7): what she reads in her own context, app.role = 'participant' with
-- app.participant_id set (see 0021). Each policy opens one table to her own rows only; every staff policy
-- still matches nothing for her. No new tables.

-- Min plan: her goals and steps, and who in her team helps (first name and role; the service selects no more).
create policy plan_goals_self on plan_goals for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy plan_steps_self on plan_steps for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy team_members_self on team_members for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy users_self_team on users for select to rodtrad_app
  using (app_setting('role') = 'participant'
         and exists (select 1 from team_members tm
                      where tm.user_id = users.id and tm.participant_id = app_uuid('participant_id')));

-- Mitt schema: the shared schedule query (schedule/events.ts) read as herself. Sessions and activities of the
-- groups she takes part in, her placements with their employer, her meetings.
create policy activity_participants_self on activity_participants for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy activities_self on activities for select to rodtrad_app
  using (app_setting('role') = 'participant'
         and exists (select 1 from activity_participants ap
                      where ap.activity_id = activities.id and ap.participant_id = app_uuid('participant_id')));
create policy activity_sessions_self on activity_sessions for select to rodtrad_app
  using (app_setting('role') = 'participant'
         and exists (select 1 from activity_participants ap
                      where ap.activity_id = activity_sessions.activity_id
                        and ap.participant_id = app_uuid('participant_id')));
create policy placements_self on placements for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy employers_self on employers for select to rodtrad_app
  using (app_setting('role') = 'participant'
         and exists (select 1 from placements p
                      where p.employer_id = employers.id and p.participant_id = app_uuid('participant_id')));
create policy meetings_self on meetings for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));

-- "Add to my calendar": she creates and revokes her own feed. A feed she made herself has no staff creator.
alter table calendar_feeds alter column created_by drop not null;
alter table calendar_feeds add constraint calendar_feeds_creator
  check (created_by is not null or participant_id is not null);
create policy calendar_feeds_self on calendar_feeds for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy calendar_feeds_self_insert on calendar_feeds for insert to rodtrad_app
  with check (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
              and user_id is null and created_by is null
              and unit_id = (select p.unit_id from participants p where p.id = app_uuid('participant_id')));
create policy calendar_feeds_self_revoke on calendar_feeds for update to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'))
  with check (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));

-- Mina uppgifter: her enrolments (with the programme's name) and her consents, each of which she may withdraw
-- herself (recorded as digital, by nobody on the staff).
create policy enrolments_self on enrolments for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy programmes_self on programmes for select to rodtrad_app
  using (app_setting('role') = 'participant'
         and exists (select 1 from enrolments e
                      where e.programme_id = programmes.id and e.participant_id = app_uuid('participant_id')));
create policy consents_self on consents for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy consents_self_withdraw on consents for update to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'))
  with check (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
              and withdrawn_method = 'digital' and withdrawn_recorded_by is null);
create policy consent_purposes_self on consent_purposes for select to rodtrad_app
  using (app_setting('role') = 'participant'
         and exists (select 1 from consents c
                      where c.purpose = consent_purposes.key and c.participant_id = app_uuid('participant_id')));
