import { maskIdentityNumber } from '#shared/identity-number.ts';
import type { DuplicateCandidate, Participant, ParticipantSummary } from '#shared/participants.ts';

export type ParticipantRow = {
  id: string;
  unit_id: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  identity_number: string | null;
  gender: Participant['gender'];
  languages: string[];
  interpreter_needed: boolean;
  interpreter_language: string | null;
  phone: string | null;
  email: string | null;
  preferred_channel: Participant['preferredChannel'];
  residential_area: string | null;
  household_adults: number | null;
  children_ages: number[];
  arrival_year: number | null;
  education_level: Participant['educationLevel'];
  schooling_years: number | null;
  first_language_literacy: Participant['firstLanguageLiteracy'];
  work_experience: string | null;
  labour_market_status: Participant['labourMarketStatus'];
  income_source: Participant['incomeSource'];
  created_at: Date;
  updated_at: Date | null;
  merged_into: string | null;
  version: number;
};

/** Contract field → column, for every field a create or an update may set. */
export const columns = {
  firstName: 'first_name',
  lastName: 'last_name',
  birthDate: 'birth_date',
  identityNumber: 'identity_number',
  gender: 'gender',
  languages: 'languages',
  interpreterNeeded: 'interpreter_needed',
  interpreterLanguage: 'interpreter_language',
  phone: 'phone',
  email: 'email',
  preferredChannel: 'preferred_channel',
  residentialArea: 'residential_area',
  householdAdults: 'household_adults',
  childrenAges: 'children_ages',
  arrivalYear: 'arrival_year',
  educationLevel: 'education_level',
  schoolingYears: 'schooling_years',
  firstLanguageLiteracy: 'first_language_literacy',
  workExperience: 'work_experience',
  labourMarketStatus: 'labour_market_status',
  incomeSource: 'income_source',
} as const satisfies Partial<Record<keyof Participant, keyof ParticipantRow>>;

export type Field = keyof typeof columns;

/** The identity number as lists show it, or null. */
export const masked = (row: Pick<ParticipantRow, 'identity_number'>) =>
  row.identity_number ? maskIdentityNumber(row.identity_number) : null;

export const presentParticipant = (row: ParticipantRow): Participant => ({
  id: row.id,
  unitId: row.unit_id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthDate: row.birth_date,
  identityNumber: row.identity_number,
  identityNumberMasked: masked(row),
  gender: row.gender,
  languages: row.languages,
  interpreterNeeded: row.interpreter_needed,
  interpreterLanguage: row.interpreter_language,
  phone: row.phone,
  email: row.email,
  preferredChannel: row.preferred_channel,
  residentialArea: row.residential_area,
  householdAdults: row.household_adults,
  childrenAges: row.children_ages,
  arrivalYear: row.arrival_year,
  educationLevel: row.education_level,
  schoolingYears: row.schooling_years,
  firstLanguageLiteracy: row.first_language_literacy,
  workExperience: row.work_experience,
  labourMarketStatus: row.labour_market_status,
  incomeSource: row.income_source,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at?.toISOString() ?? null,
  mergedInto: row.merged_into,
  version: row.version,
});

export const presentParticipantSummary = (row: ParticipantRow): ParticipantSummary => ({
  id: row.id,
  unitId: row.unit_id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthDate: row.birth_date,
  identityNumberMasked: masked(row),
  createdAt: row.created_at.toISOString(),
  version: row.version,
});

export const presentDuplicate = (
  row: ParticipantRow,
  match: DuplicateCandidate['match'],
): DuplicateCandidate => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthDate: row.birth_date,
  identityNumberMasked: masked(row),
  match,
});
