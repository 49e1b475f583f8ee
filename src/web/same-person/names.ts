import type { TFunction } from 'i18next';

/** A record's name as staff read it: first name, then last name. */
export const fullName = (r: { firstName: string; lastName: string }): string =>
  `${r.firstName} ${r.lastName}`;

/**
 * A record's name in a sentence about two records, "this record (Rania Haddad)" for the open one: the two
 * records of one person often have the same name, and the direction of a merge must never be in doubt.
 */
export const recordName = (
  t: TFunction,
  r: { id: string; firstName: string; lastName: string },
  selfId: string,
) => (r.id === selfId ? t('samePerson.thisRecord', { name: fullName(r) }) : fullName(r));
