import type { AgeBand, AvailabilitySlot, Gender, Interest, LifeSituation } from '#shared/language-friends.ts';
import type { Area, Volunteer, VolunteerStatus, VolunteerSummary } from '#shared/volunteers.ts';
import type { Queryable } from '../db/types.ts';
import type { SpokenLanguage } from './matching/profile.ts';

export type VolunteerRow = {
  id: string;
  unit_id: string;
  status: VolunteerStatus;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  language: 'sv' | 'en';
  age_band: AgeBand | null;
  gender: Gender | null;
  languages: SpokenLanguage[];
  interests: Interest[];
  occupation: string | null;
  life_situation: LifeSituation[];
  family_situation: string | null;
  area_id: string | null;
  availability: AvailabilitySlot[];
  only_women: boolean;
  wants_family: boolean;
  preferences_note: string | null;
  heard_from: string | null;
  consent_at: Date | null;
  interview_at: Date | null;
  interview_held_at: Date | null;
  interview_notes: string | null;
  record_extract_seen_on: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  erased_at: Date | null;
  created_at: Date;
  version: number;
  max_friends: number;
};

/** Dates as text, so that both drivers hand over 'YYYY-MM-DD'. */
export const volunteerColumns = `v.*, v.record_extract_seen_on::text as record_extract_seen_on`;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The volunteer with her area's name, references and status history, for the coordinator. */
export async function presentVolunteer(tx: Queryable, row: VolunteerRow): Promise<Volunteer> {
  const [area, references, history] = await Promise.all([
    row.area_id
      ? tx.query<{ name: string }>('select name from unit_areas where id = $1', [row.area_id])
      : Promise.resolve({ rows: [] as { name: string }[] }),
    tx.query<{
      id: string;
      name: string;
      relation: string;
      contact: string | null;
      contacted_on: string | null;
      outcome: Volunteer['references'][number]['outcome'];
      note: string | null;
      created_at: Date;
    }>(
      `select id, name, relation, contact, contacted_on::text as contacted_on, outcome, note, created_at
         from volunteer_references where volunteer_id = $1 order by created_at, id`,
      [row.id],
    ),
    tx.query<{
      from_status: VolunteerStatus | null;
      to_status: VolunteerStatus;
      reason: string | null;
      changed_at: Date;
      changed_by: string | null;
    }>(
      `select h.from_status, h.to_status, h.reason, h.changed_at, u.name as changed_by
         from volunteer_status_history h left join users u on u.id = h.changed_by
        where h.volunteer_id = $1 order by h.changed_at, h.id`,
      [row.id],
    ),
  ]);
  return {
    id: row.id,
    status: row.status,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    ageBand: row.age_band,
    gender: row.gender,
    languages: row.languages,
    interests: row.interests,
    occupation: row.occupation,
    lifeSituation: row.life_situation,
    familySituation: row.family_situation,
    areaId: row.area_id,
    areaName: area.rows[0]?.name ?? null,
    availability: row.availability,
    onlyWomen: row.only_women,
    wantsFamily: row.wants_family,
    preferencesNote: row.preferences_note,
    heardFrom: row.heard_from,
    consentAt: iso(row.consent_at),
    interviewAt: iso(row.interview_at),
    interviewHeldAt: iso(row.interview_held_at),
    interviewNotes: row.interview_notes,
    recordExtractSeenOn: row.record_extract_seen_on,
    decisionReason: row.decision_reason,
    decidedAt: iso(row.decided_at),
    erasedAt: iso(row.erased_at),
    createdAt: row.created_at.toISOString(),
    version: row.version,
    references: references.rows.map((r) => ({
      id: r.id,
      name: r.name,
      relation: r.relation,
      contact: r.contact,
      contactedOn: r.contacted_on,
      outcome: r.outcome,
      note: r.note,
      createdAt: r.created_at.toISOString(),
    })),
    history: history.rows.map((h) => ({
      fromStatus: h.from_status,
      toStatus: h.to_status,
      reason: h.reason,
      changedAt: h.changed_at.toISOString(),
      changedBy: h.changed_by,
    })),
  };
}

export type SummaryRow = {
  id: string;
  status: VolunteerStatus;
  first_name: string | null;
  last_name: string | null;
  area_name: string | null;
  age_band: AgeBand | null;
  created_at: Date;
  interview_at: Date | null;
};

export const presentSummary = (r: SummaryRow): VolunteerSummary => ({
  id: r.id,
  status: r.status,
  name: r.first_name ? `${r.first_name} ${r.last_name ?? ''}`.trim() : null,
  areaName: r.area_name,
  ageBand: r.age_band,
  createdAt: r.created_at.toISOString(),
  interviewAt: iso(r.interview_at),
});

export type AreaRow = {
  id: string;
  name: string;
  lat: number;
  lon: number;
  active: boolean;
  version: number;
};
export const presentArea = (r: AreaRow): Area => ({
  id: r.id,
  name: r.name,
  lat: r.lat,
  lon: r.lon,
  active: r.active,
  version: r.version,
});
