import { maskIdentityNumber } from '#shared/identity-number.ts';
import type { OtherRecord } from '#shared/same-person.ts';

export type OtherRow = {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  identity_number: string | null;
  merged_into: string | null;
};

export const presentOther = (row: OtherRow): OtherRecord => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthDate: row.birth_date,
  identityNumberMasked: row.identity_number ? maskIdentityNumber(row.identity_number) : null,
  mergedInto: row.merged_into,
});
