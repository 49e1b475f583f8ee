import type { User } from '#shared/users.ts';

export type UserStatus = 'active' | 'disabled' | 'locked' | 'pending';

/** One word for the account's state, most important first. */
export function userStatus(user: User, now = Date.now()): UserStatus {
  if (user.disabledAt) return 'disabled';
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return 'locked';
  if (!user.twoFactorEnabled && !user.lastLoginAt) return 'pending';
  return 'active';
}

export const statusTag: Record<UserStatus, string> = {
  active: 'tag tag--success',
  disabled: 'tag tag--muted',
  locked: 'tag tag--accent',
  pending: 'tag tag--muted',
};
