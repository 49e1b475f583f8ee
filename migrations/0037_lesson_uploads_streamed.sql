-- A lesson video is received straight into its chunks, each stored as it arrives in a short transaction of its
-- own, instead of whole in memory first (up to 100 MB an upload, three at once). Until its last byte is in, the
-- file is "receiving" (received_at null): its size and checksum come then, and nothing refers to it before.
alter table lesson_files add column received_at timestamptz;
update lesson_files set received_at = created_at;
alter table lesson_files alter column size_bytes drop not null, alter column sha256 drop not null,
  add constraint lesson_files_received check (received_at is null or (size_bytes is not null and sha256 is not null));
create index lesson_files_receiving on lesson_files (created_at) where received_at is null;

-- A received file is history and never changes. Only one being received is completed, or removed with its
-- chunks: an upload refused on the way, lost to another edit of the lesson, or abandoned (a job, after a day).
create policy lesson_files_change_receiving on lesson_files as restrictive for update to rodtrad_app
  using (received_at is null) with check (true);
create policy lesson_files_remove_receiving on lesson_files as restrictive for delete to rodtrad_app
  using (received_at is null);
create policy lesson_file_chunks_remove_receiving on lesson_file_chunks as restrictive for delete to rodtrad_app
  using (exists (select 1 from lesson_files f where f.id = file_id and f.received_at is null));
grant delete on lesson_files, lesson_file_chunks to rodtrad_app;
