import { z } from 'zod';
import { Email, Id, Name, Phone, Text, Timestamp, Version } from './common.ts';
import {
  ageBands,
  availabilitySlots,
  genders,
  interests,
  LanguageCode,
  languageLevels,
  lifeSituations,
  type AvailabilitySlot,
} from './language-friends.ts';

/**
 * The volunteer register (språkvänner): public registration, the coordinator's screening and the participant's
 * wish for a language friend. The vocabularies are those of `language-friends.ts`, so a profile maps one to one
 * onto the matching engine's VolunteerProfile and ParticipantProfile.
 */

export const volunteerStatuses = [
  'new',
  'interview_booked',
  'approved',
  'declined',
  'paused',
  'erased',
] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

export const referenceOutcomes = ['pending', 'positive', 'negative', 'no_answer'] as const;
export type ReferenceOutcome = (typeof referenceOutcomes)[number];

export const publicLanguages = ['sv', 'en'] as const;

const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((v) => [...new Set(v)] as z.output<T>[]);

export const InterestList = unique(z.enum(interests), interests.length);
export const AvailabilityList = unique(
  z.enum(availabilitySlots as readonly [AvailabilitySlot, ...AvailabilitySlot[]]),
  availabilitySlots.length,
);
export const LifeSituationList = unique(z.enum(lifeSituations), lifeSituations.length);
export const SpokenLanguage = z.strictObject({ code: LanguageCode, level: z.enum(languageLevels) });
export const SpokenLanguages = z
  .array(SpokenLanguage)
  .max(10)
  .refine((v) => new Set(v.map((l) => l.code)).size === v.length, 'each language once');

const ShortName = Name.pipe(z.string().max(100));

/** The profile a volunteer gives and the coordinator may correct. */
const profileFields = {
  firstName: ShortName,
  lastName: ShortName,
  email: z
    .union([z.literal('').transform(() => null), Email])
    .nullable()
    .optional(),
  phone: Phone.nullable().optional(),
  ageBand: z.enum(ageBands),
  gender: z.enum(genders).nullable().optional(),
  languages: SpokenLanguages,
  interests: InterestList,
  occupation: Text(200),
  lifeSituation: LifeSituationList,
  familySituation: Text(500),
  areaId: Id.nullable().optional(),
  availability: AvailabilityList,
  onlyWomen: z.boolean(),
  wantsFamily: z.boolean(),
  preferencesNote: Text(500),
};

const contactNeeded = (v: { email?: string | null; phone?: string | null }, ctx: z.RefinementCtx) => {
  if (v.email === undefined && v.phone === undefined) return;
  if (!v.email && !v.phone)
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'an e-mail address or a phone number' });
};

/**
 * What anyone may send from the public page. `website` is a honeypot: a field hidden from people (and from
 * screen readers) that only a form-filling robot fills in. Such a submission is answered like any other and
 * dropped, so the robot learns nothing.
 */
export const RegisterVolunteerInput = z
  .strictObject({
    ...profileFields,
    language: z.enum(publicLanguages),
    heardFrom: Text(200),
    consent: z.literal(true, { error: 'consent is needed to store your registration' }),
    website: z.string().max(200).optional(),
  })
  .superRefine(contactNeeded);

export const RegistrationReceipt = z.object({
  /** A short reference she can quote; it opens nothing. */
  receipt: z.string(),
  language: z.enum(publicLanguages),
});

export const PublicArea = z.object({ id: Id, name: z.string() });
export const PublicRegistrationForm = z.object({ unitName: z.string(), areas: z.array(PublicArea) });
export const PublicUnitParams = z.strictObject({ unitId: Id });

export const Area = z.object({
  id: Id,
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  active: z.boolean(),
  version: Version,
});
export type Area = z.infer<typeof Area>;
export const CreateAreaInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export const UpdateAreaInput = CreateAreaInput.partial().extend({
  active: z.boolean().optional(),
  version: Version,
});

export const VolunteerReference = z.object({
  id: Id,
  name: z.string(),
  relation: z.string(),
  contact: z.string().nullable(),
  contactedOn: z.iso.date().nullable(),
  outcome: z.enum(referenceOutcomes),
  note: z.string().nullable(),
  createdAt: Timestamp,
});
export const VolunteerStatusChange = z.object({
  fromStatus: z.enum(volunteerStatuses).nullable(),
  toStatus: z.enum(volunteerStatuses),
  reason: z.string().nullable(),
  changedAt: Timestamp,
  changedBy: z.string().nullable(),
});

export const VolunteerSummary = z.object({
  id: Id,
  status: z.enum(volunteerStatuses),
  /** Null once erased. */
  name: z.string().nullable(),
  areaName: z.string().nullable(),
  ageBand: z.enum(ageBands).nullable(),
  createdAt: Timestamp,
  interviewAt: Timestamp.nullable(),
});
export type VolunteerSummary = z.infer<typeof VolunteerSummary>;

export const Volunteer = z.object({
  id: Id,
  status: z.enum(volunteerStatuses),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.enum(publicLanguages),
  ageBand: z.enum(ageBands).nullable(),
  gender: z.enum(genders).nullable(),
  languages: z.array(SpokenLanguage),
  interests: z.array(z.enum(interests)),
  occupation: z.string().nullable(),
  lifeSituation: z.array(z.enum(lifeSituations)),
  familySituation: z.string().nullable(),
  areaId: Id.nullable(),
  areaName: z.string().nullable(),
  availability: z.array(z.enum(availabilitySlots as readonly [AvailabilitySlot, ...AvailabilitySlot[]])),
  onlyWomen: z.boolean(),
  wantsFamily: z.boolean(),
  preferencesNote: z.string().nullable(),
  heardFrom: z.string().nullable(),
  consentAt: Timestamp.nullable(),
  interviewAt: Timestamp.nullable(),
  interviewHeldAt: Timestamp.nullable(),
  interviewNotes: z.string().nullable(),
  recordExtractSeenOn: z.iso.date().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  erasedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  version: Version,
  references: z.array(VolunteerReference),
  history: z.array(VolunteerStatusChange),
});
export type Volunteer = z.infer<typeof Volunteer>;

export const VolunteersQuery = z.strictObject({ status: z.enum(volunteerStatuses).optional() });

export const UpdateVolunteerInput = z
  .strictObject(profileFields)
  .partial()
  .extend({ version: Version })
  .superRefine(contactNeeded);

export const BookInterviewInput = z.strictObject({ version: Version, interviewAt: Timestamp });
export const RecordInterviewInput = z.strictObject({
  version: Version,
  heldAt: Timestamp,
  notes: z.string().trim().min(1).max(4000),
});
export const RecordExtractInput = z.strictObject({ version: Version, seenOn: z.iso.date() });
export const AddReferenceInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  relation: z.string().trim().min(1).max(200),
  contact: Text(200),
  contactedOn: z.iso.date().nullable().optional(),
  outcome: z.enum(referenceOutcomes),
  note: Text(1000),
});
export const DecideVolunteerInput = z
  .strictObject({
    version: Version,
    decision: z.enum(['approve', 'decline']),
    reason: Text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'decline' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason for declining' });
  });
export const PauseVolunteerInput = z.strictObject({ version: Version, reason: Text(1000) });
export const VersionInput = z.strictObject({ version: Version });

/** The participant's wish for a language friend. */
export const LanguageFriendInterest = z.object({
  interested: z.boolean(),
  swedishOnly: z.boolean(),
  interests: z.array(z.enum(interests)),
  availability: z.array(z.enum(availabilitySlots as readonly [AvailabilitySlot, ...AvailabilitySlot[]])),
  lifeSituation: z.array(z.enum(lifeSituations)),
  areaId: Id.nullable(),
  onlyWoman: z.boolean(),
  wantsFamily: z.boolean(),
  note: z.string().nullable(),
  savedAt: Timestamp,
  savedBy: z.string().nullable(),
});
export const LanguageFriendInterestState = z.object({
  /** Null until first saved. */
  current: LanguageFriendInterest.nullable(),
  /** The number of saves; send it back with the next. */
  version: Version,
  /** From her birth date in the register: a language friend is for adults. */
  eligible: z.boolean(),
  ineligibleReason: z.enum(['under_18', 'birth_date_unknown']).nullable(),
  ageBand: z.enum(ageBands).nullable(),
});
export type LanguageFriendInterestState = z.infer<typeof LanguageFriendInterestState>;
export const SaveLanguageFriendInterestInput = z.strictObject({
  version: Version,
  interested: z.boolean(),
  swedishOnly: z.boolean(),
  interests: InterestList,
  availability: AvailabilityList,
  lifeSituation: LifeSituationList,
  areaId: Id.nullable().optional(),
  onlyWoman: z.boolean(),
  wantsFamily: z.boolean(),
  note: Text(1000),
});
