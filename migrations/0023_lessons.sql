-- Video lessons (lektioner, issue 7): teachers record short lessons, participants watch them again and again,
-- mark them understood and give feedback; teachers see who watched and answer. See
-- docs/decisions/0012-lesson-media.md for why the media live in the database.

create table lessons (
  id uuid primary key,
  unit_id uuid not null references units(id),
  title text not null check (length(title) between 1 and 200),
  description text check (length(description) between 1 and 4000),
  -- The languages spoken or shown in it (ISO 639-1, or 639-3 where there is none).
  languages text[] not null default '{}' check (array_position(languages, null) is null),
  -- A link to the municipality's video service, instead of (or beside) an uploaded file.
  video_url text check (video_url ~ '^https://' and length(video_url) <= 500),
  video_file_id uuid,
  status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
  published_at timestamptz,
  archived_at timestamptz,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0
);
create index lessons_unit on lessons (unit_id, created_at desc);

-- The groups (activities) a lesson is for; none means the whole unit.
create table lesson_activities (
  lesson_id uuid not null references lessons(id),
  activity_id uuid not null references activities(id),
  unit_id uuid not null references units(id),
  primary key (lesson_id, activity_id)
);
create index lesson_activities_activity on lesson_activities (activity_id);

-- Uploaded media: a lesson's video, or a participant's voice message (then participant_id is hers). The bytes
-- are in lesson_file_chunks, fixed-size pieces in order, so a range request reads only the pieces it needs.
create table lesson_files (
  id uuid primary key,
  unit_id uuid not null references units(id),
  lesson_id uuid not null references lessons(id),
  participant_id uuid references participants(id),
  kind text not null check (kind in ('video', 'voice')),
  -- From the file's first bytes, never from its name or the browser's word.
  content_type text not null
    check (content_type in ('video/mp4', 'video/webm', 'audio/webm', 'audio/ogg', 'audio/mp4')),
  size_bytes bigint not null check (size_bytes > 0),
  chunk_bytes integer not null check (chunk_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  created_by uuid references users(id),
  check ((kind = 'voice') = (participant_id is not null))
);
create index lesson_files_lesson on lesson_files (lesson_id);
create index lesson_files_participant on lesson_files (participant_id) where participant_id is not null;
alter table lessons add foreign key (video_file_id) references lesson_files(id);

create table lesson_file_chunks (
  file_id uuid not null references lesson_files(id),
  unit_id uuid not null references units(id),
  seq integer not null check (seq >= 0),
  data bytea not null,
  primary key (file_id, seq)
);

-- Subtitles (WebVTT), one track per language, checked before they are stored.
create table lesson_subtitles (
  lesson_id uuid not null references lessons(id),
  unit_id uuid not null references units(id),
  language text not null check (language ~ '^[a-z]{2,3}$'),
  vtt text not null check (vtt like 'WEBVTT%' and length(vtt) <= 524288),
  created_at timestamptz not null default now(),
  created_by uuid not null references users(id),
  primary key (lesson_id, language)
);

-- Each time she starts playing a lesson ("watched again and again" is counted).
create table lesson_views (
  id uuid primary key,
  unit_id uuid not null references units(id),
  lesson_id uuid not null references lessons(id),
  participant_id uuid not null references participants(id),
  viewed_at timestamptz not null default now()
);
create index lesson_views_lesson on lesson_views (lesson_id, participant_id);
create index lesson_views_participant on lesson_views (participant_id);

-- "I understood": one row the first time she says so (kept without a unique key, so a merge moves it as it is).
create table lesson_understood (
  id uuid primary key,
  unit_id uuid not null references units(id),
  lesson_id uuid not null references lessons(id),
  participant_id uuid not null references participants(id),
  understood_at timestamptz not null default now()
);
create index lesson_understood_lesson on lesson_understood (lesson_id, participant_id);
create index lesson_understood_participant on lesson_understood (participant_id);

-- Her feedback: one tap on a face (1 = did not understand … 4 = very good), perhaps a few words or a voice
-- message; the teacher answers it (at the version read).
create table lesson_feedback (
  id uuid primary key,
  unit_id uuid not null references units(id),
  lesson_id uuid not null references lessons(id),
  participant_id uuid not null references participants(id),
  rating smallint not null check (rating between 1 and 4),
  words text check (length(words) between 1 and 1000),
  voice_file_id uuid references lesson_files(id),
  created_at timestamptz not null default now(),
  answer text check (length(answer) between 1 and 2000),
  answered_at timestamptz,
  answered_by uuid references users(id),
  version integer not null default 0,
  check ((answer is null) = (answered_at is null))
);
create index lesson_feedback_lesson on lesson_feedback (lesson_id, created_at);
create index lesson_feedback_participant on lesson_feedback (participant_id);

-- Whether the signed-in participant may see a lesson: published, of her unit, and for the whole unit or for
-- an activity she takes part in (not left). Security definer, so she need not read activities or lessons'
-- groups, and so the policies below can ask it without reading lessons through their own policy.
create function lesson_open_to_participant(l uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select app_setting('role') = 'participant' and exists (
    select 1 from lessons le join participants p on p.id = app_uuid('participant_id')
     where le.id = l and le.status = 'published' and le.unit_id = p.unit_id and p.merged_into is null
       and (not exists (select 1 from lesson_activities la where la.lesson_id = le.id)
            or exists (select 1 from lesson_activities la
                         join activity_participants ap on ap.activity_id = la.activity_id
                        where la.lesson_id = le.id and ap.participant_id = p.id
                          and (ap.left_on is null
                               or ap.left_on >= (now() at time zone 'Europe/Stockholm')::date))))
$$;
revoke all on function lesson_open_to_participant(uuid) from public;
grant execute on function lesson_open_to_participant(uuid) to rodtrad_app;

alter table lessons enable row level security;
alter table lesson_activities enable row level security;
alter table lesson_files enable row level security;
alter table lesson_file_chunks enable row level security;
alter table lesson_subtitles enable row level security;
alter table lesson_views enable row level security;
alter table lesson_understood enable row level security;
alter table lesson_feedback enable row level security;

create policy lessons_in_unit on lessons to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy lesson_activities_in_unit on lesson_activities to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy lesson_files_in_unit on lesson_files to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy lesson_file_chunks_in_unit on lesson_file_chunks to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy lesson_subtitles_in_unit on lesson_subtitles to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy lesson_views_in_unit on lesson_views to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy lesson_understood_in_unit on lesson_understood to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy lesson_feedback_in_unit on lesson_feedback to rodtrad_app using (unit_id = app_uuid('unit_id'));

-- Her own context (app.participant_id): the lessons open to her and their video and subtitles; her own views,
-- understood marks, feedback and voice messages, which she adds only to a lesson open to her.
create policy lessons_self on lessons for select to rodtrad_app using (lesson_open_to_participant(id));
create policy lesson_subtitles_self on lesson_subtitles for select to rodtrad_app
  using (lesson_open_to_participant(lesson_id));
create policy lesson_files_self on lesson_files for select to rodtrad_app
  using (app_setting('role') = 'participant'
         and ((kind = 'video' and lesson_open_to_participant(lesson_id))
              or (kind = 'voice' and participant_id = app_uuid('participant_id'))));
create policy lesson_files_self_insert on lesson_files for insert to rodtrad_app
  with check (app_setting('role') = 'participant' and kind = 'voice'
              and participant_id = app_uuid('participant_id') and lesson_open_to_participant(lesson_id));
-- A chunk follows its file: the file's own policies decide (the subquery reads lesson_files under them).
create policy lesson_file_chunks_self on lesson_file_chunks for select to rodtrad_app
  using (app_setting('role') = 'participant' and exists (select 1 from lesson_files f where f.id = file_id));
create policy lesson_file_chunks_self_insert on lesson_file_chunks for insert to rodtrad_app
  with check (app_setting('role') = 'participant'
              and exists (select 1 from lesson_files f where f.id = file_id and f.kind = 'voice'
                            and f.participant_id = app_uuid('participant_id')));
create policy lesson_views_self on lesson_views for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy lesson_views_self_insert on lesson_views for insert to rodtrad_app
  with check (participant_id = app_uuid('participant_id') and lesson_open_to_participant(lesson_id));
create policy lesson_understood_self on lesson_understood for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy lesson_understood_self_insert on lesson_understood for insert to rodtrad_app
  with check (participant_id = app_uuid('participant_id') and lesson_open_to_participant(lesson_id));
create policy lesson_feedback_self on lesson_feedback for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy lesson_feedback_self_insert on lesson_feedback for insert to rodtrad_app
  with check (participant_id = app_uuid('participant_id') and lesson_open_to_participant(lesson_id));
-- She attaches her voice message to her own feedback, once, while it is unanswered.
create policy lesson_feedback_self_update on lesson_feedback for update to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
         and voice_file_id is null and answer is null)
  with check (participant_id = app_uuid('participant_id'));

select deny_partner('lessons');
select deny_partner('lesson_activities');
select deny_partner('lesson_files');
select deny_partner('lesson_file_chunks');
select deny_partner('lesson_subtitles');
select deny_partner('lesson_views');
select deny_partner('lesson_understood');
select deny_partner('lesson_feedback');

grant select, insert, update on lessons, lesson_files, lesson_feedback to rodtrad_app;
grant select, insert on lesson_file_chunks, lesson_views, lesson_understood to rodtrad_app;
grant select, insert, delete on lesson_activities to rodtrad_app;
grant select, insert, update, delete on lesson_subtitles to rodtrad_app;

-- Her views, understood marks, feedback and voice messages are her history: a merge moves them to the record
-- that stays and undoing it moves exactly those back (the list of 0022 plus these four). A voice message's
-- lesson_files row moves with her; a lesson's video has no participant and stays.
create or replace function merge_plain_tables() returns text[] language sql immutable as $$
  select array['enrolments', 'contacts', 'journal_entries', 'assessments', 'plan_goals', 'plan_steps',
               'plan_events', 'placements', 'placement_notes', 'outbox_messages', 'reminder_pauses',
               'calendar_feeds', 'meetings', 'milestones', 'follow_ups', 'participant_language_friend_interest',
               'language_friend_matches', 'language_friend_rejections', 'language_friend_meeting_logs',
               'language_friend_check_ins', 'language_friend_feedback',
               'lesson_views', 'lesson_understood', 'lesson_feedback', 'lesson_files']
$$;
