-- Lösa trådar read a unit's participants in use and their open enrolments in full; these let both be read
-- from the index alone.
create index participants_unit_in_use on participants (unit_id, id) where merged_into is null;
create index enrolments_open_by_participant on enrolments (unit_id, participant_id, started_on, programme_id)
  where exited_on is null;
