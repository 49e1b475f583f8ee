import type { User } from '#shared/users.ts';
import type { Role } from '#shared/roles.ts';

export type UserRow = {
  id: string;
  name: string;
  email: string;
  locale: 'sv' | 'en';
  totp_secret: string | null;
  locked_until: Date | null;
  disabled_at: Date | null;
  last_login_at: Date | null;
  version: number;
  memberships: { id: string; role: Role; unitId: string | null; unitName: string | null }[];
};

/** Selects users with their memberships in the shape presentUser takes. */
export const userSelect = `
  select u.*, coalesce((
    select json_agg(json_build_object('id', m.id, 'role', m.role, 'unitId', m.unit_id, 'unitName', n.name)
                    order by n.name nulls first, m.role)
      from memberships m left join units n on n.id = m.unit_id where m.user_id = u.id), '[]') as memberships
  from users u`;

export const presentUser = (row: UserRow): User => ({
  id: row.id,
  name: row.name,
  email: row.email,
  locale: row.locale,
  memberships: row.memberships,
  twoFactorEnabled: row.totp_secret !== null,
  lockedUntil: row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null,
  disabledAt: row.disabled_at?.toISOString() ?? null,
  lastLoginAt: row.last_login_at?.toISOString() ?? null,
  version: row.version,
});
