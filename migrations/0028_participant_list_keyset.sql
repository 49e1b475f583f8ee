-- The register's list pages by name within a unit, past merged records, from a neighbour's place (keyset
-- pagination). Everything a page shows is in this index, so the page and its counts are read from the index
-- alone (index-only scans) rather than from the table; it replaces the plain (unit, name) index of 0001.
create index participants_unit_name_in_use on participants (unit_id, last_name, first_name, id)
  include (birth_date, identity_number, created_at, version) where merged_into is null;
drop index participants_unit_name;
