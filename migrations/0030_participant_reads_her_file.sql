-- "Mina uppgifter" gives her a copy of what is held about her: besides what the app shows (0026), her
-- journal, contacts, kartläggningar, attendance, steps towards work, follow-ups and ESF entry data, read in her
-- own context. Journal entries written for the case workers only or restricted (health, say) are left out of
-- her copy, as they are out of most of the team's view; her coach can go through them with her.
create policy journal_entries_self on journal_entries for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
         and visibility = 'team');
create policy contacts_self on contacts for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy assessments_self on assessments for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy attendance_self on attendance for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy milestones_self on milestones for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy follow_ups_self on follow_ups for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy esf_entries_self on esf_entries for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
