import { z } from 'zod';
import { Id, Timestamp, Version } from './common.ts';

/**
 * Language friends (språkvän): the vocabulary of a volunteer's and a participant's profile, and the reasons the
 * matching engine gives for a proposed pair, with plain Swedish and English sentences for exports and tests (the
 * web says them through i18n).
 */

type Labels = { sv: string; en: string };
export type ReasonLanguage = 'sv' | 'en';

/** Things two people can do or talk about together. A fixed list so that matching compares like with like. */
export const interests = [
  'cooking',
  'walking',
  'sports',
  'music',
  'crafts',
  'children',
  'reading',
  'nature',
  'culture',
  'technology',
  'gardening',
  'games',
  'film',
  'art',
  'fika',
  'volunteering',
] as const;
export type Interest = (typeof interests)[number];

export const interestLabels: Record<Interest, Labels> = {
  cooking: { sv: 'matlagning', en: 'cooking' },
  walking: { sv: 'promenader', en: 'walking' },
  sports: { sv: 'idrott', en: 'sports' },
  music: { sv: 'musik', en: 'music' },
  crafts: { sv: 'hantverk och handarbete', en: 'crafts' },
  children: { sv: 'barn och familj', en: 'children and family' },
  reading: { sv: 'läsning', en: 'reading' },
  nature: { sv: 'natur och friluftsliv', en: 'nature and the outdoors' },
  culture: { sv: 'kultur och museer', en: 'culture and museums' },
  technology: { sv: 'teknik och datorer', en: 'technology and computers' },
  gardening: { sv: 'trädgård', en: 'gardening' },
  games: { sv: 'spel', en: 'games' },
  film: { sv: 'film', en: 'film' },
  art: { sv: 'konst', en: 'art' },
  fika: { sv: 'fika', en: 'coffee and a chat' },
  volunteering: { sv: 'föreningsliv', en: 'clubs and associations' },
};

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
export const partsOfDay = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof partsOfDay)[number];
/** One part of one weekday, e.g. 'tue_evening'. */
export type AvailabilitySlot = `${Weekday}_${PartOfDay}`;
export const availabilitySlots: readonly AvailabilitySlot[] = weekdays.flatMap((d) =>
  partsOfDay.map((p): AvailabilitySlot => `${d}_${p}`),
);

export const weekdayLabels: Record<Weekday, Labels> = {
  mon: { sv: 'måndag', en: 'Monday' },
  tue: { sv: 'tisdag', en: 'Tuesday' },
  wed: { sv: 'onsdag', en: 'Wednesday' },
  thu: { sv: 'torsdag', en: 'Thursday' },
  fri: { sv: 'fredag', en: 'Friday' },
  sat: { sv: 'lördag', en: 'Saturday' },
  sun: { sv: 'söndag', en: 'Sunday' },
};
export const partOfDayLabels: Record<PartOfDay, Labels> = {
  morning: { sv: 'förmiddag', en: 'morning' },
  afternoon: { sv: 'eftermiddag', en: 'afternoon' },
  evening: { sv: 'kväll', en: 'evening' },
};

export const genders = ['woman', 'man', 'non_binary'] as const;
export type Gender = (typeof genders)[number];

/** Age in bands, not birth dates: enough to match on and less to keep. In order, so neighbours are adjacent. */
export const ageBands = ['18-29', '30-44', '45-64', '65+'] as const;
export type AgeBand = (typeof ageBands)[number];

export const languageLevels = ['basic', 'good', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof languageLevels)[number];
export const languageLevelLabels: Record<LanguageLevel, Labels> = {
  basic: { sv: 'grundläggande', en: 'basic' },
  good: { sv: 'god', en: 'good' },
  fluent: { sv: 'flytande', en: 'fluent' },
  native: { sv: 'modersmål', en: 'native' },
};

export const lifeSituations = ['hasChildren', 'student', 'working', 'retired'] as const;
export type LifeSituation = (typeof lifeSituations)[number];
export const lifeSituationLabels: Record<LifeSituation, Labels> = {
  hasChildren: { sv: 'har barn', en: 'have children' },
  student: { sv: 'studerar', en: 'are studying' },
  working: { sv: 'arbetar', en: 'are working' },
  retired: { sv: 'är pensionärer', en: 'are retired' },
};

/** ISO 639-1, or ISO 639-3 where a language has no two-letter code (Dari is 'prs'). */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/);

/** Why the engine proposes a pair: structured, so that the web can say it in any language. */
export const MatchReason = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('shared_interests'),
    points: z.number(),
    interests: z.array(z.enum(interests)),
  }),
  z.object({
    kind: z.literal('shared_language'),
    points: z.number(),
    code: LanguageCode,
    /** The lower of the two levels: what they can count on in a conversation. */
    level: z.enum(languageLevels),
  }),
  /** The participant wants to practise Swedish only, so no support language is needed. */
  z.object({ kind: z.literal('swedish_only'), points: z.number() }),
  z.object({
    kind: z.literal('availability'),
    points: z.number(),
    slots: z.array(z.enum(availabilitySlots as readonly [AvailabilitySlot, ...AvailabilitySlot[]])),
  }),
  z.object({ kind: z.literal('distance'), points: z.number(), km: z.number(), sameArea: z.boolean() }),
  z.object({ kind: z.literal('age'), points: z.number(), sameBand: z.boolean() }),
  z.object({
    kind: z.literal('life_situation'),
    points: z.number(),
    shared: z.array(z.enum(lifeSituations)),
  }),
  /** A wish for a family met: the participant wants to meet a family, or the volunteer a participant's family. */
  z.object({
    kind: z.literal('family_wish'),
    points: z.number(),
    wishedBy: z.enum(['participant', 'volunteer']),
  }),
  /** The participant's wish to meet only a woman is met. Worth no points: it is a hard rule, never traded. */
  z.object({ kind: z.literal('woman_as_wished'), points: z.literal(0) }),
]);
export type MatchReason = z.infer<typeof MatchReason>;
export type MatchReasonKind = MatchReason['kind'];

const displayNames = new Map<ReasonLanguage, Intl.DisplayNames>();

/** The language's name in Swedish or English ('arabiska', 'Arabic'); the code itself when unknown. */
export function languageName(code: string, lang: ReasonLanguage): string {
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** 'a, b och c' / 'a, b and c'. */
export function listInWords(items: string[], lang: ReasonLanguage): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${items.at(-1)}`;
}

export function slotText(slot: AvailabilitySlot, lang: ReasonLanguage): string {
  const [day, part] = slot.split('_') as [Weekday, PartOfDay];
  return `${weekdayLabels[day][lang]} ${partOfDayLabels[part][lang]}`;
}

function kmText(km: number, lang: ReasonLanguage): string {
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `${rounded.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB')} km`;
}

/** One plain sentence for a reason, in Swedish or English. */
export function reasonText(reason: MatchReason, lang: ReasonLanguage): string {
  const sv = lang === 'sv';
  switch (reason.kind) {
    case 'shared_interests': {
      const list = listInWords(
        reason.interests.map((i) => interestLabels[i][lang]),
        lang,
      );
      return sv ? `Gemensamma intressen: ${list}.` : `Shared interests: ${list}.`;
    }
    case 'shared_language': {
      const name = languageName(reason.code, lang);
      if (reason.level === 'native')
        return sv ? `Båda har ${name} som modersmål.` : `Both speak ${name} as their first language.`;
      const level = languageLevelLabels[reason.level][lang];
      return sv
        ? `Båda talar ${name} på minst ${level} nivå.`
        : `Both speak ${name} at least at a ${level} level.`;
    }
    case 'swedish_only':
      return sv
        ? 'Deltagaren vill bara öva svenska, så ett gemensamt stödspråk behövs inte.'
        : 'The participant wants to practise Swedish only, so no shared support language is needed.';
    case 'availability': {
      const list = listInWords(
        reason.slots.map((s) => slotText(s, lang)),
        lang,
      );
      return sv ? `Båda kan träffas ${list}.` : `Both are free on ${list}.`;
    }
    case 'distance':
      if (reason.sameArea) return sv ? 'De bor i samma område.' : 'They live in the same area.';
      return sv
        ? `Omkring ${kmText(reason.km, lang)} mellan deras områden.`
        : `About ${kmText(reason.km, lang)} between their areas.`;
    case 'age':
      return reason.sameBand
        ? sv
          ? 'De är i samma åldersgrupp.'
          : 'They are in the same age group.'
        : sv
          ? 'De är nära varandra i ålder.'
          : 'They are close in age.';
    case 'life_situation': {
      const list = listInWords(
        reason.shared.map((s) => lifeSituationLabels[s][lang]),
        lang,
      );
      return sv ? `Båda ${list}.` : `Both ${list}.`;
    }
    case 'family_wish':
      return reason.wishedBy === 'participant'
        ? sv
          ? 'Deltagaren önskade träffa en familj, och volontären har barn.'
          : 'The participant wished to meet a family, and the volunteer has children.'
        : sv
          ? 'Volontären önskade träffa en familj, och deltagaren har barn.'
          : 'The volunteer wished to meet a family, and the participant has children.';
    case 'woman_as_wished':
      return sv
        ? 'Deltagaren önskade träffa en kvinna, och volontären är en kvinna.'
        : 'The participant wished to meet a woman, and the volunteer is a woman.';
  }
}

// Matches: the coordinator accepts a proposed pair, introduces them at a first meeting she leads, starts the
// trial month when it was held, confirms the match afterwards, and either side ends it.

export const matchStatuses = ['proposed', 'introduced', 'trial', 'active', 'ended'] as const;
export type MatchStatus = (typeof matchStatuses)[number];
/** Who ended a match. */
export const matchParties = ['participant', 'volunteer', 'coordinator'] as const;
export type MatchParty = (typeof matchParties)[number];
/** A match that still takes the participant and one of the volunteer's places. */
export const openMatchStatuses = ['proposed', 'introduced', 'trial', 'active'] as const;
/** Check-ins after the trial started, in months. */
export const checkInMonths = [1, 3] as const;

const Person = z.object({ id: Id, name: z.string() });

export const ProposedPairView = z.object({
  volunteer: Person,
  participant: Person,
  score: z.number().int(),
  reasons: z.array(MatchReason),
});
export type ProposedPairView = z.infer<typeof ProposedPairView>;

export const ProposalsView = z.object({
  pairs: z.array(ProposedPairView),
  total: z.number().int(),
  unmatchedParticipants: z.array(Person),
  /** Approved, not paused volunteers with a free place, and participants waiting, when the engine ran. */
  volunteers: z.number().int(),
  participants: z.number().int(),
});
export type ProposalsView = z.infer<typeof ProposalsView>;

export const AlternativesQuery = z.strictObject({ participantId: Id });
/** Every eligible volunteer for one participant, best first: what the coordinator changes a proposal to. */
export const AlternativesView = z.object({
  participant: Person,
  options: z.array(ProposedPairView.extend({ freePlaces: z.number().int() })),
});
export type AlternativesView = z.infer<typeof AlternativesView>;

export const PairInput = z.strictObject({ volunteerId: Id, participantId: Id });
export const RejectPairInput = PairInput.extend({ reason: z.string().trim().min(1).max(1000) });

const Meeting = z.object({
  startsAt: Timestamp,
  endsAt: Timestamp,
  place: z.string().nullable(),
});

export const MatchLogEntry = z.object({
  id: Id,
  metOn: z.iso.date(),
  activity: z.string(),
  hours: z.number(),
  recordedBy: z.enum(['coordinator', 'volunteer']),
  createdAt: Timestamp,
});
export type MatchLogEntry = z.infer<typeof MatchLogEntry>;

export const MatchFeedback = z.object({
  side: z.enum(['participant', 'volunteer']),
  rating: z.number().int().min(1).max(5),
  words: z.string().nullable(),
  createdAt: Timestamp,
});

export const MatchCheckIn = z.object({
  id: Id,
  months: z.number().int(),
  dueOn: z.iso.date(),
  /** On or past its day, and the match not ended. */
  due: z.boolean(),
  remindedAt: Timestamp.nullable(),
  feedback: z.array(MatchFeedback),
});
export type MatchCheckIn = z.infer<typeof MatchCheckIn>;

export const MatchSummary = z.object({
  id: Id,
  status: z.enum(matchStatuses),
  volunteer: Person,
  participant: Person,
  score: z.number().int(),
  createdAt: Timestamp,
  endedAt: Timestamp.nullable(),
  /** A check-in is due and someone has not answered it. */
  checkInDue: z.boolean(),
});
export type MatchSummary = z.infer<typeof MatchSummary>;

export const Match = MatchSummary.extend({
  reasons: z.array(MatchReason),
  shareLanguages: z.boolean(),
  shareInterests: z.boolean(),
  meetingPlace: z.string().nullable(),
  introMeeting: Meeting.extend({ id: Id, status: z.enum(['planned', 'held', 'cancelled']) }).nullable(),
  trialStartedOn: z.iso.date().nullable(),
  /** The day the coordinator may confirm the match (a month after the trial started). */
  trialEndsOn: z.iso.date().nullable(),
  confirmedAt: Timestamp.nullable(),
  endedByParty: z.enum(matchParties).nullable(),
  endReason: z.string().nullable(),
  nextMeeting: Meeting.nullable(),
  link: z.object({ active: z.boolean(), sentAt: Timestamp.nullable() }),
  log: z.array(MatchLogEntry),
  checkIns: z.array(MatchCheckIn),
  version: z.number().int(),
});
export type Match = z.infer<typeof Match>;

export const MatchesQuery = z.strictObject({
  status: z.enum(matchStatuses).optional(),
  volunteerId: Id.optional(),
});

const MeetingPlace = z.string().trim().min(1).max(200);

/** Books the introduction (the coordinator leads it) and sends the volunteer her link. */
export const IntroduceMatchInput = z
  .strictObject({
    startsAt: Timestamp,
    endsAt: Timestamp,
    /** Where the introduction is held. */
    place: MeetingPlace,
    /** Where they will usually meet, shown to both; the introduction's place when not given. */
    meetingPlace: MeetingPlace.optional(),
    shareLanguages: z.boolean().default(true),
    shareInterests: z.boolean().default(true),
    version: Version,
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), {
    path: ['endsAt'],
    message: 'The end must come after the start.',
  });
export type IntroduceMatchInput = z.input<typeof IntroduceMatchInput>;

export const StartTrialInput = z.strictObject({ heldOn: z.iso.date(), version: Version });
export const MatchVersionInput = z.strictObject({ version: Version });
export const EndMatchInput = z.strictObject({
  endedBy: z.enum(matchParties),
  reason: z.string().trim().min(1).max(1000),
  version: Version,
});

const NextMeeting = z
  .strictObject({ startsAt: Timestamp, endsAt: Timestamp })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), {
    path: ['endsAt'],
    message: 'The end must come after the start.',
  });

/** One meeting they had: the day, what they did and how long; optionally when they meet next. */
export const LogMeetingInput = z.strictObject({
  metOn: z.iso.date(),
  activity: z.string().trim().min(1).max(500),
  hours: z.number().positive().max(12).multipleOf(0.25),
  next: NextMeeting.optional(),
});
export type LogMeetingInput = z.input<typeof LogMeetingInput>;

/** Short feedback at a check-in: 1 (bad) to 5 (very good), with optional words. */
export const FeedbackInput = z.strictObject({
  rating: z.number().int().min(1).max(5),
  words: z
    .string()
    .trim()
    .max(1000)
    .transform((v) => v || null)
    .optional(),
});
export type FeedbackInput = z.input<typeof FeedbackInput>;

/** The volunteer ends the match from her page. */
export const VolunteerEndInput = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

export const LinkTokenParams = z.strictObject({ token: z.string().min(20).max(100) });

/**
 * What the volunteer sees through her link, and nothing more: the participant's first name, what the
 * coordinator shares (languages, interests: empty when withheld), where they meet and their next meeting.
 */
export const VolunteerMatchView = z.strictObject({
  participantFirstName: z.string(),
  status: z.enum(matchStatuses),
  languages: z.array(z.string()),
  interests: z.array(z.enum(interests)),
  meetingPlace: z.string().nullable(),
  nextMeeting: z
    .strictObject({ startsAt: Timestamp, endsAt: Timestamp, place: z.string().nullable() })
    .nullable(),
  checkInDue: z.boolean(),
});
export type VolunteerMatchView = z.infer<typeof VolunteerMatchView>;

/** The participant app's view of her language friend (GET /api/me/language-friend). */
export const myLanguageFriendSchema = z.strictObject({
  match: z
    .strictObject({
      status: z.enum(matchStatuses),
      volunteerFirstName: z.string(),
      languages: z.array(z.string()),
      interests: z.array(z.string()),
      meetingPlace: z.string().nullable(),
      nextMeeting: z
        .strictObject({ startsAt: Timestamp, endsAt: Timestamp, place: z.string().nullable() })
        .nullable(),
      checkInDue: z.boolean(),
    })
    .nullable(),
});
export type MyLanguageFriend = z.infer<typeof myLanguageFriendSchema>;

export const FiguresQuery = z.strictObject({ from: z.iso.date(), to: z.iso.date() });
export const LanguageFriendFigures = z.object({
  volunteersByStatus: z.array(z.object({ status: z.string(), count: z.number().int() })),
  activeMatches: z.number().int(),
  trialMatches: z.number().int(),
  /** Stockholm months (yyyy-mm) between from and to with logged meetings. */
  perMonth: z.array(z.object({ month: z.string(), meetings: z.number().int(), hours: z.number() })),
  /** Matches whose trial started at least six months before they ended (or before now, if still open). */
  lastedSixMonths: z.number().int(),
});
export type LanguageFriendFigures = z.infer<typeof LanguageFriendFigures>;
