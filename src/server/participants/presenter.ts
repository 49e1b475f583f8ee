import type { Participant } from '#shared/participants.ts';

export type ParticipantRow = {
  id: string;
  unit_id: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  created_at: Date;
  version: number;
};

export const presentParticipant = (row: ParticipantRow): Participant => ({
  id: row.id,
  unitId: row.unit_id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthDate: row.birth_date,
  createdAt: row.created_at.toISOString(),
  version: row.version,
});
