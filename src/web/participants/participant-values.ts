import type { TFunction } from 'i18next';
import type { Participant } from '#shared/participants.ts';

/** The form's state: what the inputs hold, as text. */
export type ParticipantValues = {
  firstName: string;
  lastName: string;
  identityNumber: string;
  birthDate: string;
  gender: string;
  languages: string[];
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  phone: string;
  email: string;
  preferredChannel: string;
  residentialArea: string;
  householdAdults: string;
  childrenAges: string;
  arrivalYear: string;
  educationLevel: string;
  schoolingYears: string;
  firstLanguageLiteracy: string;
  workExperience: string;
  labourMarketStatus: string;
  incomeSource: string;
};

export const emptyValues: ParticipantValues = {
  firstName: '',
  lastName: '',
  identityNumber: '',
  birthDate: '',
  gender: '',
  languages: [],
  interpreterNeeded: false,
  interpreterLanguage: '',
  phone: '',
  email: '',
  preferredChannel: '',
  residentialArea: '',
  householdAdults: '',
  childrenAges: '',
  arrivalYear: '',
  educationLevel: '',
  schoolingYears: '',
  firstLanguageLiteracy: '',
  workExperience: '',
  labourMarketStatus: '',
  incomeSource: '',
};

const text = (v: string | number | null) => (v === null ? '' : String(v));

export const valuesOf = (p: Participant): ParticipantValues => ({
  firstName: p.firstName,
  lastName: p.lastName,
  identityNumber: p.identityNumber ? `${p.identityNumber.slice(0, 8)}-${p.identityNumber.slice(8)}` : '',
  // With a number the birth date comes from it; the field is for people without one.
  birthDate: p.identityNumber ? '' : text(p.birthDate),
  gender: text(p.gender),
  languages: p.languages,
  interpreterNeeded: p.interpreterNeeded,
  interpreterLanguage: text(p.interpreterLanguage),
  phone: text(p.phone),
  email: text(p.email),
  preferredChannel: text(p.preferredChannel),
  residentialArea: text(p.residentialArea),
  householdAdults: text(p.householdAdults),
  childrenAges: p.childrenAges.join(', '),
  arrivalYear: text(p.arrivalYear),
  educationLevel: text(p.educationLevel),
  schoolingYears: text(p.schoolingYears),
  firstLanguageLiteracy: text(p.firstLanguageLiteracy),
  workExperience: text(p.workExperience),
  labourMarketStatus: text(p.labourMarketStatus),
  incomeSource: text(p.incomeSource),
});

/** A whole number from a text field; anything else is passed on as text, for the schema to refuse. */
const number = (v: string): number | string | null => {
  const trimmed = v.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};

const orNull = (v: string) => v.trim() || null;

/** The form's values as the API wants them (before the shared schema checks them). */
export const participantInput = (v: ParticipantValues) => ({
  firstName: v.firstName,
  lastName: v.lastName,
  identityNumber: orNull(v.identityNumber),
  birthDate: orNull(v.identityNumber) ? null : orNull(v.birthDate),
  gender: orNull(v.gender),
  languages: v.languages,
  interpreterNeeded: v.interpreterNeeded,
  interpreterLanguage: v.interpreterNeeded ? orNull(v.interpreterLanguage) : null,
  phone: orNull(v.phone),
  email: orNull(v.email),
  preferredChannel: orNull(v.preferredChannel),
  residentialArea: orNull(v.residentialArea),
  householdAdults: number(v.householdAdults),
  childrenAges: v.childrenAges
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => (/^\d+$/.test(a) ? Number(a) : a)),
  arrivalYear: number(v.arrivalYear),
  educationLevel: orNull(v.educationLevel),
  schoolingYears: number(v.schoolingYears),
  firstLanguageLiteracy: orNull(v.firstLanguageLiteracy),
  workExperience: orNull(v.workExperience),
  labourMarketStatus: orNull(v.labourMarketStatus),
  incomeSource: orNull(v.incomeSource),
});

/** Field labels, for the error summary and the conflict notice. */
export const fieldLabels = (t: TFunction): Record<keyof ParticipantValues, string> => ({
  firstName: t('participants.firstName'),
  lastName: t('participants.lastName'),
  identityNumber: t('participants.identityNumber'),
  birthDate: t('participants.birthDate'),
  gender: t('participants.gender'),
  languages: t('participants.languages'),
  interpreterNeeded: t('participants.interpreterNeeded'),
  interpreterLanguage: t('participants.interpreterLanguage'),
  phone: t('participants.phone'),
  email: t('participants.email'),
  preferredChannel: t('participants.preferredChannel'),
  residentialArea: t('participants.residentialArea'),
  householdAdults: t('participants.householdAdults'),
  childrenAges: t('participants.childrenAges'),
  arrivalYear: t('participants.arrivalYear'),
  educationLevel: t('participants.educationLevel'),
  schoolingYears: t('participants.schoolingYears'),
  firstLanguageLiteracy: t('participants.firstLanguageLiteracy'),
  workExperience: t('participants.workExperience'),
  labourMarketStatus: t('participants.labourMarketStatus'),
  incomeSource: t('participants.incomeSource'),
});

/** Messages that say more than the generic ones, per field. */
export const fieldMessages = (t: TFunction) => ({
  identityNumber: t('participants.identityNumberInvalid'),
  interpreterLanguage: t('participants.interpreterLanguageRequired'),
  phone: t('participants.phoneRequired'),
  childrenAges: t('participants.childrenAgesInvalid'),
  householdAdults: t('participants.wholeNumber'),
  schoolingYears: t('participants.wholeNumber'),
  arrivalYear: t('participants.wholeNumber'),
});
