import type {
  AgeBand,
  AvailabilitySlot,
  Gender,
  Interest,
  LanguageLevel,
  LifeSituation,
} from '#shared/language-friends.ts';

/**
 * The matching engine's input: what the volunteer register and the participant's record will hand it. Plain data,
 * no database rows, so the engine is a pure function of its input.
 */

export type SpokenLanguage = { code: string; level: LanguageLevel };

/**
 * Where someone lives, as an area (a district or a postcode area) with the coordinates of its centre. Distances are
 * straight lines between centres (haversine). We chose coordinates over a caller's `distanceKm(a, b)` so that the
 * engine stays pure and cheap: a municipality has a few dozen areas, the engine computes each pair of areas once,
 * and a caller cannot hide a slow look-up inside the four million pairs of a large run. Travel times by public
 * transport would be better than straight lines; the area table can later carry them instead.
 */
export type Area = { key: string; lat: number; lon: number };

export type VolunteerProfile = {
  id: string;
  gender: Gender | null;
  ageBand: AgeBand | null;
  interests: readonly Interest[];
  /** Languages besides Swedish, which every volunteer speaks. */
  languages: readonly SpokenLanguage[];
  availability: readonly AvailabilitySlot[];
  area: Area | null;
  lifeSituation: readonly LifeSituation[];
  preferences: {
    /** Hard: the volunteer befriends women only. */
    onlyWomen?: boolean;
    /** Soft: the volunteer would like to meet a participant's family (she has children). */
    wantsFamily?: boolean;
  };
  /** How many friends the volunteer can have at once, at least 1. */
  maxFriends: number;
};

export type ParticipantProfile = {
  id: string;
  gender: Gender | null;
  ageBand: AgeBand | null;
  interests: readonly Interest[];
  /** Her support languages: the languages she can fall back on besides the Swedish she is learning. */
  languages: readonly SpokenLanguage[];
  /** She wants to practise Swedish only, so a shared support language does not matter. */
  swedishOnly: boolean;
  availability: readonly AvailabilitySlot[];
  area: Area | null;
  lifeSituation: readonly LifeSituation[];
  preferences: {
    /** Hard: she meets only a woman. Never broken, whatever the score. */
    onlyWoman?: boolean;
    /** Soft: she would like to meet a family (a volunteer with children). */
    wantsFamily?: boolean;
  };
};
