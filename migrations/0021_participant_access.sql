-- The participant app, access (issue 7): invitations from her case file, passkeys, one-time SMS codes and long
-- sessions on her own device. See docs/decisions/0010-participant-sign-in.md.
--
-- The participant context. A participant's own requests run as rodtrad_app with app.role = 'participant',
-- app.participant_id set and app.organisation_id, app.unit_id and app.user_id empty, so every staff policy
-- (they compare rows with the unit or the organisation) matches nothing. A table opens to her only through a
-- policy of its own that names app.participant_id, as the tables below and her own participants row do.
-- Sign-in itself (invitation, passkey, code) runs on the owner connection before anyone is known, filtered by
-- the token's, credential's or code's own row, as sessions and evaluation links do.

create table participant_app_invitations (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  token_hash text not null unique,
  channel text not null check (channel in ('sms', 'email', 'paper')),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- Set when a session came from it (passkey registered or code accepted): a link works once.
  used_at timestamptz,
  -- Set when a newer invitation replaced it, the coach ended all access, or too many wrong codes.
  voided_at timestamptz,
  void_reason text check (void_reason in ('replaced', 'ended', 'too_many_codes'))
);
create index participant_app_invitations_participant on participant_app_invitations (participant_id, created_at desc);

create table participant_passkeys (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  -- base64url, as the browser gives it.
  credential_id text not null unique check (length(credential_id) <= 1400),
  public_key bytea not null,
  counter bigint not null default 0,
  transports text[] not null default '{}',
  device_label text check (length(device_label) <= 200),
  invitation_id uuid references participant_app_invitations(id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid references users(id)
);
create index participant_passkeys_participant on participant_passkeys (participant_id);

create table participant_sessions (
  id uuid primary key,
  id_hash text not null unique,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  csrf_token text not null,
  method text not null check (method in ('passkey', 'sms_code')),
  passkey_id uuid references participant_passkeys(id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  -- Sliding: each use moves it ahead (180 days).
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by uuid references users(id),
  device_label text check (length(device_label) <= 200),
  user_agent text check (length(user_agent) <= 300)
);
create index participant_sessions_participant on participant_sessions (participant_id, created_at desc);

create table participant_sms_codes (
  id uuid primary key,
  unit_id uuid not null references units(id),
  participant_id uuid not null references participants(id),
  invitation_id uuid not null references participant_app_invitations(id),
  code_hash text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  attempts integer not null default 0,
  used_at timestamptz
);
create index participant_sms_codes_invitation on participant_sms_codes (invitation_id, created_at desc);

-- WebAuthn ceremonies in flight (the challenge the browser must sign); nobody's data, owner connection only.
create table participant_webauthn_challenges (
  id uuid primary key,
  purpose text not null check (purpose in ('register', 'authenticate')),
  challenge text not null,
  invitation_id uuid references participant_app_invitations(id),
  expires_at timestamptz not null,
  used_at timestamptz
);
alter table participant_webauthn_challenges enable row level security;

alter table participant_app_invitations enable row level security;
alter table participant_passkeys enable row level security;
alter table participant_sessions enable row level security;
alter table participant_sms_codes enable row level security;

-- Staff of her unit list and end her access; she herself reads only her own rows.
create policy participant_app_invitations_in_unit on participant_app_invitations to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy participant_passkeys_in_unit on participant_passkeys to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy participant_sessions_in_unit on participant_sessions to rodtrad_app
  using (unit_id = app_uuid('unit_id'));
create policy participant_sms_codes_in_unit on participant_sms_codes for select to rodtrad_app
  using (unit_id = app_uuid('unit_id'));

create policy participant_app_invitations_self on participant_app_invitations for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy participant_passkeys_self on participant_passkeys for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy participant_sessions_self on participant_sessions for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));
create policy participant_sms_codes_self on participant_sms_codes for select to rodtrad_app
  using (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id'));

-- Her own record (first name, languages), and the audit entries her own requests write.
create policy participants_self on participants for select to rodtrad_app
  using (app_setting('role') = 'participant' and id = app_uuid('participant_id'));
create policy audit_insert_participant on audit_log for insert to rodtrad_app
  with check (app_setting('role') = 'participant' and participant_id = app_uuid('participant_id')
              and actor_user_id is null
              and unit_id = (select p.unit_id from participants p where p.id = app_uuid('participant_id')));

-- The invitation by SMS or e-mail goes into the outbox in the coach's transaction (rodtrad_app otherwise only
-- reads the outbox): only that kind, only for her unit.
create policy outbox_messages_app_invitation on outbox_messages for insert to rodtrad_app
  with check (unit_id = app_uuid('unit_id') and kind = 'participant_app_invitation');
grant insert on outbox_messages to rodtrad_app;

select deny_partner('participant_app_invitations');
select deny_partner('participant_passkeys');
select deny_partner('participant_sessions');
select deny_partner('participant_sms_codes');

grant select, insert, update on participant_app_invitations, participant_passkeys, participant_sessions
  to rodtrad_app;
grant select on participant_sms_codes to rodtrad_app;

-- These are her means of signing in, not her history: a merge leaves them with the record they were made for,
-- and a merged record signs in no more (the coach invites her again on the record that stays), so
-- merge_plain_tables() is not extended.
