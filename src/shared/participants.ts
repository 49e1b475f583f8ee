import { z } from 'zod';
import { Email, Id, Name, Phone, Text, Timestamp, Version } from './common.ts';
import { parseIdentityNumber } from './identity-number.ts';

export const genders = ['woman', 'man', 'non_binary', 'not_stated'] as const;
export const contactChannels = ['phone', 'sms', 'email', 'letter'] as const;
export const educationLevels = ['none', '0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
export const literacyLevels = ['yes', 'limited', 'no'] as const;
export const labourMarketStatuses = [
  'unemployed',
  'long_term_unemployed',
  'inactive',
  'employed',
  'self_employed',
  'studying',
] as const;
export const incomeSources = [
  'social_assistance',
  'establishment_benefit',
  'activity_support',
  'wages',
  'none',
  'other',
] as const;

/**
 * Languages common among newcomers to Sweden, offered first in forms (ISO 639-1, or 639-3 where there is no
 * 639-1 code: prs Dari, ckb Sorani, kmr Kurmanji). Any ISO 639 code is accepted.
 */
export const commonLanguages = [
  'ar', 'so', 'ti', 'fa', 'prs', 'ps', 'ku', 'ckb', 'kmr', 'uk', 'ru', 'en', 'fr', 'es', 'tr', 'am', 'sw',
  'ur', 'bs', 'sq', 'pl', 'ro', 'th', 'vi', 'zh', 'my', 'ne', 'hi', 'bn', 'ta', 'om', 'sv',
] as const; // prettier-ignore

export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code');

/** A personnummer or samordningsnummer in any usual form, normalised to 12 digits. */
export const IdentityNumberInput = z
  .string()
  .trim()
  .max(20)
  .transform((v, ctx) => {
    if (v === '') return null;
    const parsed = parseIdentityNumber(v);
    if (parsed.ok) return parsed.number.value;
    ctx.addIssue({ code: 'custom', message: `invalid identity number (${parsed.error})`, params: parsed });
    return z.NEVER;
  });

const year = () => new Date().getFullYear();

/** Every field of the register except the name; all may be left out. */
const registerFields = {
  identityNumber: IdentityNumberInput.nullable().optional(),
  birthDate: z.iso.date().nullable().optional(),
  gender: z.enum(genders).nullable().optional(),
  languages: z
    .array(LanguageCode)
    .max(20)
    .transform((v) => [...new Set(v)])
    .optional(),
  interpreterNeeded: z.boolean().optional(),
  interpreterLanguage: LanguageCode.nullable().optional(),
  phone: Phone.nullable().optional(),
  email: z
    .union([z.literal('').transform(() => null), Email])
    .nullable()
    .optional(),
  preferredChannel: z.enum(contactChannels).nullable().optional(),
  residentialArea: Text(200),
  householdAdults: z.number().int().min(0).max(20).nullable().optional(),
  childrenAges: z.array(z.number().int().min(0).max(30)).max(20).optional(),
  arrivalYear: z
    .number()
    .int()
    .min(1900)
    .refine((v) => v <= year(), 'not in the future')
    .nullable()
    .optional(),
  educationLevel: z.enum(educationLevels).nullable().optional(),
  schoolingYears: z.number().int().min(0).max(25).nullable().optional(),
  firstLanguageLiteracy: z.enum(literacyLevels).nullable().optional(),
  workExperience: Text(4000),
  labourMarketStatus: z.enum(labourMarketStatuses).nullable().optional(),
  incomeSource: z.enum(incomeSources).nullable().optional(),
};

type RegisterFields = { [K in keyof typeof registerFields]?: z.output<(typeof registerFields)[K]> };

/**
 * Rules across fields. On create a left-out field is empty; a PATCH may carry some fields only, so there a
 * rule applies when the fields it compares are both present.
 */
const crossCheck = (partial: boolean) => (v: RegisterFields, ctx: z.RefinementCtx) => {
  const missing = (value: unknown) => (partial ? value === null : !value);
  if (v.identityNumber && v.birthDate) {
    const fromNumber = parseIdentityNumber(v.identityNumber).ok
      ? `${v.identityNumber.slice(0, 4)}-${v.identityNumber.slice(4, 6)}-`
      : '';
    if (fromNumber && !v.birthDate.startsWith(fromNumber))
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'does not match the identity number' });
  }
  if (v.interpreterNeeded === true && missing(v.interpreterLanguage))
    ctx.addIssue({ code: 'custom', path: ['interpreterLanguage'], message: 'which language?' });
  if ((v.preferredChannel === 'phone' || v.preferredChannel === 'sms') && missing(v.phone))
    ctx.addIssue({ code: 'custom', path: ['phone'], message: 'needed for the preferred channel' });
  if (v.preferredChannel === 'email' && missing(v.email))
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'needed for the preferred channel' });
};

export const CreateParticipantInput = z
  .strictObject({
    firstName: Name,
    lastName: Name,
    ...registerFields,
    /** Staff are sure this is another person than the possible duplicates the server named. */
    confirmNotDuplicate: z.boolean().optional(),
  })
  .superRefine(crossCheck(false));
export type CreateParticipantInput = z.input<typeof CreateParticipantInput>;

export const UpdateParticipantInput = z
  .strictObject({
    firstName: Name.optional(),
    lastName: Name.optional(),
    ...registerFields,
    version: Version,
  })
  .superRefine(crossCheck(true));
export type UpdateParticipantInput = z.input<typeof UpdateParticipantInput>;

/** The full record, for the participant page. */
export const Participant = z.object({
  id: Id,
  unitId: Id,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.iso.date().nullable(),
  identityNumber: z.string().nullable(),
  identityNumberMasked: z.string().nullable(),
  gender: z.enum(genders).nullable(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredChannel: z.enum(contactChannels).nullable(),
  residentialArea: z.string().nullable(),
  householdAdults: z.number().int().nullable(),
  childrenAges: z.array(z.number().int()),
  arrivalYear: z.number().int().nullable(),
  educationLevel: z.enum(educationLevels).nullable(),
  schoolingYears: z.number().int().nullable(),
  firstLanguageLiteracy: z.enum(literacyLevels).nullable(),
  workExperience: z.string().nullable(),
  labourMarketStatus: z.enum(labourMarketStatuses).nullable(),
  incomeSource: z.enum(incomeSources).nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable(),
  /** Set when this record was merged into another: it is then read-only. */
  mergedInto: Id.nullable(),
  version: Version,
});
export type Participant = z.infer<typeof Participant>;

/** A row of the list: the identity number masked (the full number only on the record). */
export const ParticipantSummary = z.object({
  id: Id,
  unitId: Id,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.iso.date().nullable(),
  identityNumberMasked: z.string().nullable(),
  createdAt: Timestamp,
  version: Version,
});
export type ParticipantSummary = z.infer<typeof ParticipantSummary>;

/** What the duplicate guard shows of an existing participant (409 possible_duplicate). */
export const DuplicateCandidate = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.iso.date().nullable(),
  identityNumberMasked: z.string().nullable(),
  /** Why it matched: the same identity number, or the same name and birth date. */
  match: z.enum(['identity_number', 'name_and_birth_date']),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

/**
 * A page of the register in name order. Pages are found by a neighbour's id (keyset pagination): `after` the
 * last one shown or `before` the first, so a deep page costs what the first does and the address holds no name.
 */
export const ParticipantListQuery = z
  .strictObject({
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    after: Id.optional(),
    before: Id.optional(),
  })
  .refine((query) => !(query.after && query.before), {
    message: 'Give after or before, not both.',
    path: ['before'],
  });

export const ParticipantPage = z.object({
  items: z.array(ParticipantSummary),
  total: z.number().int(),
  /** How many matching participants come before this page: the first item is number position + 1. */
  position: z.number().int(),
  /** The ids to ask `before` and `after` for the neighbouring pages, or null at either end. */
  previous: Id.nullable(),
  next: Id.nullable(),
});
export type ParticipantPage = z.infer<typeof ParticipantPage>;

/** What an import found: every problem with its row (the header is row 1); written is 0 unless accepted. */
export const ImportReport = z.object({
  rows: z.number().int(),
  accepted: z.boolean(),
  written: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;
