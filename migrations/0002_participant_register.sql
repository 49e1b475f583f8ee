-- The participant register (issue 3, the case file): identity, languages, contact, household and background.
-- Everything stays on the participants row, so unit_id, row-level security (participants_in_unit) and version
-- apply unchanged.

alter table participants
  -- Personnummer or samordningsnummer, normalised to 12 digits (YYYYMMDDNNNC); birth_date is derived from it.
  add column identity_number text check (identity_number ~ '^[0-9]{12}$'),
  add column gender text check (gender in ('woman', 'man', 'non_binary', 'not_stated')),
  -- ISO 639 codes.
  add column languages text[] not null default '{}',
  add column interpreter_needed boolean not null default false,
  add column interpreter_language text,
  add column phone text,
  add column email text,
  add column preferred_channel text check (preferred_channel in ('phone', 'sms', 'email', 'letter')),
  add column residential_area text,
  add column household_adults integer check (household_adults between 0 and 20),
  add column children_ages integer[] not null default '{}',
  add column arrival_year integer check (arrival_year between 1900 and 2200),
  -- ISCED 2011 level 0–8, or none.
  add column education_level text check (education_level in ('none', '0', '1', '2', '3', '4', '5', '6', '7', '8')),
  add column schooling_years integer check (schooling_years between 0 and 25),
  add column first_language_literacy text check (first_language_literacy in ('yes', 'limited', 'no')),
  add column work_experience text,
  add column labour_market_status text check (labour_market_status in
    ('unemployed', 'long_term_unemployed', 'inactive', 'employed', 'self_employed', 'studying')),
  add column income_source text check (income_source in
    ('social_assistance', 'establishment_benefit', 'activity_support', 'wages', 'none', 'other')),
  add column updated_at timestamptz,
  add column updated_by uuid references users(id);

-- One person once per unit; the duplicate guard looks here first, and this index settles a race.
create unique index participants_unit_identity on participants (unit_id, identity_number)
  where identity_number is not null;
-- Search by the start of the number, with or without the century.
create index participants_unit_identity_prefix on participants (unit_id, identity_number text_pattern_ops)
  where identity_number is not null;
create index participants_unit_identity_short on participants (unit_id, substr(identity_number, 3) text_pattern_ops)
  where identity_number is not null;
-- The duplicate guard's second question: the same name and birth date.
create index participants_unit_birth_date on participants (unit_id, birth_date) where birth_date is not null;
