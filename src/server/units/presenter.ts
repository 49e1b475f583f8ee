import type { Unit } from '#shared/units.ts';

export type UnitRow = {
  id: string;
  name: string;
  municipality_code: string | null;
  archived_at: Date | null;
  version: number;
};

export const presentUnit = (row: UnitRow): Unit => ({
  id: row.id,
  name: row.name,
  municipalityCode: row.municipality_code,
  archivedAt: row.archived_at?.toISOString() ?? null,
  version: row.version,
});
