import type { AgeBand, AvailabilitySlot, Gender, Interest, LifeSituation } from '#shared/language-friends.ts';
import type { LanguageRow } from './profile-fields.tsx';

/** The public form as it holds its values. */
export type RegisterValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  ageBand: AgeBand | '';
  gender: Gender | '';
  languages: LanguageRow[];
  interests: Interest[];
  occupation: string;
  lifeSituation: LifeSituation[];
  familySituation: string;
  areaId: string;
  availability: AvailabilitySlot[];
  onlyWomen: boolean;
  wantsFamily: boolean;
  preferencesNote: string;
  heardFrom: string;
  consent: boolean;
  website: string;
};

export const emptyRegistration: RegisterValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  ageBand: '',
  gender: '',
  languages: [],
  interests: [],
  occupation: '',
  lifeSituation: [],
  familySituation: '',
  areaId: '',
  availability: [],
  onlyWomen: false,
  wantsFamily: false,
  preferencesNote: '',
  heardFrom: '',
  consent: false,
  website: '',
};

/** The values as the API wants them; the shared contract then checks them, here and on the server. */
export const registerInput = (v: RegisterValues, language: 'sv' | 'en') => ({
  firstName: v.firstName,
  lastName: v.lastName,
  email: v.email,
  phone: v.phone,
  language,
  ageBand: v.ageBand || undefined,
  gender: v.gender || null,
  languages: v.languages,
  interests: v.interests,
  occupation: v.occupation,
  lifeSituation: v.lifeSituation,
  familySituation: v.familySituation,
  areaId: v.areaId || null,
  availability: v.availability,
  onlyWomen: v.onlyWomen,
  wantsFamily: v.wantsFamily,
  preferencesNote: v.preferencesNote,
  heardFrom: v.heardFrom,
  consent: v.consent ? (true as const) : undefined,
  ...(v.website ? { website: v.website } : {}),
});

/** A field's name from an issue's path (`interests.1` marks the interests). */
export const fieldKey = (path: readonly PropertyKey[]) => String(path[0] ?? '');
