import type { Programme } from '#shared/programmes.ts';

export type ProgrammeRow = {
  id: string;
  name: string;
  funder: string | null;
  funder_reference: string | null;
  starts_on: string;
  ends_on: string | null;
  archived_at: Date | null;
  version: number;
};

export const presentProgramme = (row: ProgrammeRow): Programme => ({
  id: row.id,
  name: row.name,
  funder: row.funder,
  funderReference: row.funder_reference,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  archivedAt: row.archived_at?.toISOString() ?? null,
  version: row.version,
});
