import { z } from 'zod';

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
