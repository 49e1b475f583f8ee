-- The register's list read every row of the unit and sorted it: 0021's participants_self, a second permissive
-- policy, is OR-ed with participants_in_unit, and an OR of the two keeps PostgreSQL from walking the
-- (unit, name) index in order. One permissive policy by unit serves both contexts instead: staff by app.unit_id,
-- the participant by app.self_unit_id (her unit, set by inParticipant and read by no other policy), and a
-- restrictive policy narrows the participant to her own row and to reading it, as participants_self did.
drop policy participants_self on participants;
drop policy participants_in_unit on participants;

create policy participants_in_unit on participants to rodtrad_app
  using (unit_id = coalesce(app_uuid('unit_id'), app_uuid('self_unit_id')));

create policy participants_self_only on participants as restrictive to rodtrad_app
  using (app_setting('role') is distinct from 'participant' or id = app_uuid('participant_id'));

-- She reads her record; she never writes it (as before: participants_self was for select only).
create policy participants_self_no_insert on participants as restrictive for insert to rodtrad_app
  with check (app_setting('role') is distinct from 'participant');
create policy participants_self_no_update on participants as restrictive for update to rodtrad_app
  using (app_setting('role') is distinct from 'participant');
create policy participants_self_no_delete on participants as restrictive for delete to rodtrad_app
  using (app_setting('role') is distinct from 'participant');
