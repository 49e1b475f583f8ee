-- Programmes (projekt, insats), enrolments (inskrivning, avslut) and consents (samtycke) per purpose.

-- A programme belongs to the organisation (the project owner); several municipalities run it.
create table programmes (
  id uuid primary key,
  organisation_id uuid not null references organisations(id),
  name text not null,
  funder text,
  funder_reference text,
  starts_on date not null,
  ends_on date,
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  version integer not null default 0,
  unique (organisation_id, name),
  check (ends_on is null or ends_on >= starts_on)
);

create table enrolments (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  programme_id uuid not null references programmes(id),
  started_on date not null,
  exited_on date,
  exit_reason text check (exit_reason in ('employment', 'studies', 'other_programme', 'moved', 'health',
    'parental_leave', 'no_contact', 'completed', 'other')),
  exit_status text check (exit_status in ('employed', 'self_employed', 'in_education', 'job_seeking', 'inactive', 'other')),
  exit_note text,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  version integer not null default 0,
  check ((exited_on is null) = (exit_reason is null) and (exited_on is null) = (exit_status is null)),
  check (exited_on is null or exited_on >= started_on)
);
-- One open enrolment per person and programme; she can be enrolled again after an exit.
create unique index enrolments_one_open on enrolments (participant_id, programme_id) where exited_on is null;
create index enrolments_participant on enrolments (unit_id, participant_id);

-- Built-in purposes have no organisation; an organisation may add its own.
create table consent_purposes (
  key text primary key,
  organisation_id uuid references organisations(id),
  label_sv text not null,
  label_en text not null,
  archived_at timestamptz
);
insert into consent_purposes (key, label_sv, label_en) values
  ('employment_service', 'Dela uppgifter med Arbetsförmedlingen', 'Sharing with the Public Employment Service'),
  ('adult_education', 'Dela uppgifter med vuxenutbildningen (Komvux, SFI)', 'Sharing with the adult-education school'),
  ('funder_reporting', 'Rapportering till finansiären (t.ex. Europeiska socialfonden)', 'Reporting to the funder (e.g. the European Social Fund)'),
  ('photo_video', 'Foto och film', 'Photo and video');

-- Each given consent is a row; withdrawal fills in the withdrawal once and never erases the giving.
create table consents (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  purpose text not null references consent_purposes(key),
  given_on date not null,
  given_method text not null check (given_method in ('written', 'oral', 'oral_with_interpreter', 'digital')),
  given_recorded_by uuid not null references users(id),
  withdrawn_on date,
  withdrawn_method text check (withdrawn_method in ('written', 'oral', 'oral_with_interpreter', 'digital')),
  withdrawn_recorded_by uuid references users(id),
  created_at timestamptz not null default now(),
  check ((withdrawn_on is null) = (withdrawn_method is null)),
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
-- At most one standing consent per person and purpose.
create unique index consents_one_standing on consents (participant_id, purpose) where withdrawn_on is null;
create index consents_participant on consents (unit_id, participant_id);

alter table programmes enable row level security;
alter table enrolments enable row level security;
alter table consent_purposes enable row level security;
alter table consents enable row level security;

create policy programmes_in_organisation on programmes using (organisation_id = app_uuid('organisation_id'));
create policy enrolments_in_unit on enrolments to rodtrad_app using (unit_id = app_uuid('unit_id'));
create policy consent_purposes_visible on consent_purposes
  using (organisation_id is null or organisation_id = app_uuid('organisation_id'));
create policy consents_in_unit on consents to rodtrad_app using (unit_id = app_uuid('unit_id'));

grant select, insert, update on programmes, enrolments, consents to rodtrad_app;
grant select, insert, update on consent_purposes to rodtrad_app;
