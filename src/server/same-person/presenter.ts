import type { OtherRecord } from '#shared/same-person.ts';
import { masked } from '../participants/presenter.ts';

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
  identityNumberMasked: masked(row),
  mergedInto: row.merged_into,
});
