-- Consent purposes are configurable per organisation: an organisation adds its own beside the built-in ones,
-- renames or archives its own, and can change no other organisation's and no built-in one.
drop policy consent_purposes_visible on consent_purposes;
create policy consent_purposes_visible on consent_purposes for select
  using (organisation_id is null or organisation_id = app_uuid('organisation_id'));
create policy consent_purposes_add on consent_purposes for insert to rodtrad_app
  with check (organisation_id = app_uuid('organisation_id'));
create policy consent_purposes_change on consent_purposes for update to rodtrad_app
  using (organisation_id = app_uuid('organisation_id'))
  with check (organisation_id = app_uuid('organisation_id'));
