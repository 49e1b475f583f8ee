import { z } from 'zod';

/** Roles held in one organisation-wide membership (no unit). */
export const organisationRoles = ['administrator', 'analyst'] as const;

/** Roles held in a unit (a municipality or one of its offices). */
export const unitRoles = [
  'unit_manager',
  'coach',
  'case_worker',
  'teacher',
  'language_supporter',
  'family_supporter',
  'volunteer_coordinator',
  'partner',
] as const;

export const roles = [...organisationRoles, ...unitRoles] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export function isOrganisationRole(role: Role): boolean {
  return (organisationRoles as readonly string[]).includes(role);
}
