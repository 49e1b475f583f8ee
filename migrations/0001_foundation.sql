-- Foundation: organisations, units, staff accounts, sessions, one-time tokens, audit log, participants.
-- Tenant data is reached through the role rodtrad_app, which cannot bypass row-level security.
-- Each transaction sets app.organisation_id, app.unit_id, app.user_id and app.role (see src/server/db/tenant.ts).

do $$ begin
  if not exists (select from pg_roles where rolname = 'rodtrad_app') then
    create role rodtrad_app nologin nosuperuser nobypassrls;
  end if;
end $$;

-- The connecting (owner) role must be able to switch to rodtrad_app; a superuser already can.
do $$ begin
  if not (select rolsuper from pg_roles where rolname = current_user) then
    execute format('grant rodtrad_app to %I', current_user);
  end if;
end $$;

create extension if not exists pg_trgm;
create extension if not exists unaccent;

create function app_setting(name text) returns text language sql stable as $$
  select nullif(current_setting('app.' || name, true), '')
$$;

create function app_uuid(name text) returns uuid language sql stable as $$
  select app_setting(name)::uuid
$$;

create table organisations (
  id uuid primary key,
  name text not null,
  created_at timestamptz not null default now(),
  version integer not null default 0
);

create table units (
  id uuid primary key,
  organisation_id uuid not null references organisations(id),
  name text not null,
  municipality_code text,
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  version integer not null default 0,
  unique (organisation_id, name)
);

create table users (
  id uuid primary key,
  organisation_id uuid not null references organisations(id),
  email text not null unique,
  name text not null,
  locale text not null default 'sv',
  password_hash text,
  totp_secret text,
  totp_pending_secret text,
  totp_last_step bigint,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  oidc_subject text unique,
  disabled_at timestamptz,
  last_login_at timestamptz,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  version integer not null default 0
);

create table memberships (
  id uuid primary key,
  organisation_id uuid not null references organisations(id),
  user_id uuid not null references users(id),
  unit_id uuid references units(id),
  role text not null,
  created_at timestamptz not null default now(),
  unique nulls not distinct (user_id, unit_id, role)
);
create index memberships_unit on memberships (unit_id);

create table sessions (
  id_hash text primary key,
  user_id uuid not null references users(id),
  membership_id uuid references memberships(id) on delete set null,
  csrf_token text not null,
  second_factor_at timestamptz,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
create index sessions_user on sessions (user_id);

create table one_time_tokens (
  token_hash text primary key,
  purpose text not null check (purpose in ('setup', 'activation', 'reset')),
  user_id uuid references users(id),
  reset_two_factor boolean not null default false,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

-- OpenID Connect sign-in in flight: the browser holds the state in a cookie, the server the PKCE verifier.
create table oidc_states (
  state_hash text primary key,
  nonce text not null,
  code_verifier text not null,
  expires_at timestamptz not null
);

create table participants (
  id uuid primary key,
  unit_id uuid not null references units(id),
  first_name text not null,
  last_name text not null,
  birth_date date,
  created_at timestamptz not null default now(),
  created_by uuid references users(id),
  version integer not null default 0
);
create index participants_unit_name on participants (unit_id, last_name, first_name, id);
create index participants_name_trgm on participants using gin ((first_name || ' ' || last_name) gin_trgm_ops);

-- Audit log: append-only and hash-chained. An entry is written in the transaction it records, unsealed;
-- audit_seal() then gives entries their chain position and hash in one sealing pass at a time, so
-- requests never queue behind one global lock (see docs/decisions/0003-audit-chain-sealing.md).
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  organisation_id uuid,
  unit_id uuid,
  actor_user_id uuid,
  action text not null,
  outcome text not null default 'ok' check (outcome in ('ok', 'denied', 'failed')),
  participant_id uuid,
  subject_type text,
  subject_id text,
  request_id text,
  ip text,
  details jsonb not null default '{}',
  chain_seq bigint unique,
  prev_hash text,
  hash text
);
create index audit_log_org on audit_log (organisation_id, id desc);
create index audit_log_participant on audit_log (participant_id, id desc) where participant_id is not null;
create index audit_log_actor on audit_log (actor_user_id, id desc);
create index audit_log_unsealed on audit_log (id) where chain_seq is null;

create table audit_chain_head (
  id boolean primary key default true check (id),
  chain_seq bigint not null,
  hash text not null
);

create function audit_row_hash(r audit_log) returns text language sql stable as $$
  select encode(sha256(convert_to(jsonb_build_array(
    r.id, r.chain_seq, to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), r.organisation_id, r.unit_id,
    r.actor_user_id, r.action, r.outcome, r.participant_id, r.subject_type, r.subject_id, r.request_id, r.ip,
    r.details, r.prev_hash)::text, 'UTF8')), 'hex')
$$;

-- Seals up to max_rows unsealed entries, in the order they were written; one sealer at a time.
create function audit_seal(max_rows integer default 10000) returns integer
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  head audit_chain_head;
  r audit_log;
  n integer := 0;
begin
  perform pg_advisory_xact_lock(7262011);
  select * into head from audit_chain_head;
  for r in select * from audit_log where chain_seq is null order by id limit max_rows loop
    r.chain_seq := coalesce(head.chain_seq, 0) + 1;
    r.prev_hash := coalesce(head.hash, repeat('0', 64));
    r.hash := audit_row_hash(r);
    update audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    head.chain_seq := r.chain_seq;
    head.hash := r.hash;
    n := n + 1;
  end loop;
  if n > 0 then
    insert into audit_chain_head (id, chain_seq, hash) values (true, head.chain_seq, head.hash)
      on conflict (id) do update set chain_seq = excluded.chain_seq, hash = excluded.hash;
  end if;
  return n;
end $$;

-- Nothing may change an entry, except sealing it once.
create function audit_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
     and (to_jsonb(old) - array['chain_seq', 'prev_hash', 'hash']) = (to_jsonb(new) - array['chain_seq', 'prev_hash', 'hash']) then
    return new;
  end if;
  raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end $$;

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_append_only();

-- Row-level security binds rodtrad_app; the owner role is the operator's (migrations, backup, demo, sign-in).
alter table units enable row level security;
alter table users enable row level security;
alter table memberships enable row level security;
alter table participants enable row level security;
alter table audit_log enable row level security;

create policy units_in_organisation on units
  using (organisation_id = app_uuid('organisation_id'));
create policy users_in_organisation on users
  using (organisation_id = app_uuid('organisation_id'));
create policy memberships_in_organisation on memberships
  using (organisation_id = app_uuid('organisation_id'));

create policy participants_in_unit on participants to rodtrad_app
  using (unit_id = app_uuid('unit_id'));

create policy audit_insert on audit_log for insert to rodtrad_app
  with check (organisation_id = app_uuid('organisation_id'));
create policy audit_read on audit_log for select to rodtrad_app
  using (organisation_id = app_uuid('organisation_id') and (
    app_setting('role') = 'administrator'
    or (app_setting('role') = 'unit_manager' and unit_id = app_uuid('unit_id'))));

grant usage on schema public to rodtrad_app;
grant select on organisations to rodtrad_app;
grant select, insert, update on units, users, participants to rodtrad_app;
grant select, insert, delete on memberships to rodtrad_app;
grant select, insert on audit_log to rodtrad_app;
