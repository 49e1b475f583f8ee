-- The employer register (first slice of activities and placements): employers a unit works with, what they
-- can offer participants, and whom to call there. An employer belongs to one unit (municipality), like a
-- participant, because each unit's coaches keep their own contacts.

create table employers (
  id uuid primary key,
  unit_id uuid not null references units(id),
  name text not null check (length(name) between 1 and 200),
  -- Normalised to ten digits. Optional: a sole trader abroad or a foreign company may have none.
  organisation_number text check (organisation_number ~ '^[0-9]{10}$'),
  -- SNI 2007: a five-digit detailed group, or a two-digit division when that is all that is known.
  sni_code text check (sni_code ~ '^([0-9]{2}|[0-9]{5})$'),
  -- The industry in staff's own words ("Äldreomsorg"); we do not ship the SNI catalogue.
  industry text check (length(industry) <= 200),
  -- Addresses and contact people are edited with the employer under one version and never queried on their
  -- own, so they live on the row as JSON arrays (their shape is checked by the API's Zod contract).
  addresses jsonb not null default '[]' check (jsonb_typeof(addresses) = 'array'),
  contacts jsonb not null default '[]' check (jsonb_typeof(contacts) = 'array'),
  notes text check (length(notes) <= 4000),
  offers text[] not null default '{}'
    check (offers <@ array['study_visit', 'job_shadowing', 'internship', 'job']),
  created_at timestamptz not null default now(),
  created_by uuid references users(id),
  updated_at timestamptz,
  updated_by uuid references users(id),
  version integer not null default 0
);

-- One employer once per unit; the create checks first, and this index settles a race.
create unique index employers_unit_organisation_number on employers (unit_id, organisation_number)
  where organisation_number is not null;
create index employers_unit_name on employers (unit_id, name, id);
-- Search forgives a misspelt name, as for participants.
create index employers_name_trgm on employers using gin (name gin_trgm_ops);
-- "Who offers internships?"
create index employers_offers on employers using gin (offers);

alter table employers enable row level security;
create policy employers_in_unit on employers to rodtrad_app using (unit_id = app_uuid('unit_id'));
grant select, insert, update on employers to rodtrad_app;
