import {
  ageBands,
  availabilitySlots,
  interests,
  languageLevels,
  lifeSituations,
  type AvailabilitySlot,
  type Interest,
  type LifeSituation,
} from '#shared/language-friends.ts';
import { haversineKm } from './geo.ts';
import type { Area, ParticipantProfile, SpokenLanguage, VolunteerProfile } from './profile.ts';

/**
 * Profiles turned into small numbers once (bit sets, indexes), so that scoring four million pairs is a few integer
 * operations each. The readable profile stays the input; this is only how the engine holds it.
 */
export type CompiledProfile = {
  interests: number;
  slots: number;
  /** Support-language indexes into the context's language list, with the level index (0 basic … 3 native). */
  languageCodes: readonly number[];
  languageLevels: readonly number[];
  /** Index into ageBands, -1 when unknown. */
  ageBand: number;
  /** Index into the context's areas, -1 when unknown. */
  area: number;
  lifeSituation: number;
  isWoman: boolean;
  /** The participant's onlyWoman or the volunteer's onlyWomen. */
  onlyWoman: boolean;
  wantsFamily: boolean;
  hasChildren: boolean;
  /** Participants only; always false for a volunteer. */
  swedishOnly: boolean;
};

const interestBit = new Map<Interest, number>(interests.map((k, i) => [k, 1 << i]));
const slotBit = new Map<AvailabilitySlot, number>(availabilitySlots.map((k, i) => [k, 1 << i]));
const lifeBit = new Map<LifeSituation, number>(lifeSituations.map((k, i) => [k, 1 << i]));
const ageIndex = new Map<string, number>(ageBands.map((k, i) => [k, i]));
const levelIndex = new Map<string, number>(languageLevels.map((k, i) => [k, i]));
export const HAS_CHILDREN_BIT = lifeBit.get('hasChildren')!;

function bits<K>(keys: readonly K[], table: Map<K, number>, what: string): number {
  let mask = 0;
  for (const key of keys) {
    const bit = table.get(key);
    if (bit === undefined) throw new Error(`Unknown ${what}: ${String(key)}`);
    mask |= bit;
  }
  return mask;
}

function index(key: string, table: Map<string, number>, what: string): number {
  const i = table.get(key);
  if (i === undefined) throw new Error(`Unknown ${what}: ${key}`);
  return i;
}

/** Bits of a set, in order: the keys a mask stands for. */
export function keysOf<K>(mask: number, keys: readonly K[]): K[] {
  const out: K[] = [];
  for (let i = 0; i < keys.length; i++) if (mask & (1 << i)) out.push(keys[i]!);
  return out;
}

export function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class MatchingContext {
  readonly languages: string[] = [];
  readonly areas: Area[] = [];
  private readonly languageIndex = new Map<string, number>();
  private readonly areaIndex = new Map<string, number>();
  private distances = new Float64Array(0);
  private distanceStride = 0;

  private language(code: string): number {
    const key = code.toLowerCase();
    let i = this.languageIndex.get(key);
    if (i === undefined) this.languageIndex.set(key, (i = this.languages.push(key) - 1));
    return i;
  }

  private area(area: Area | null): number {
    if (!area) return -1;
    let i = this.areaIndex.get(area.key);
    if (i === undefined) this.areaIndex.set(area.key, (i = this.areas.push(area) - 1));
    return i;
  }

  /** Kilometres between two area indexes, each pair computed once. */
  distanceKm(a: number, b: number): number {
    if (this.distanceStride < this.areas.length) {
      const stride = this.areas.length;
      this.distances = new Float64Array(stride * stride).fill(-1);
      this.distanceStride = stride;
    }
    const at = a * this.distanceStride + b;
    let km = this.distances[at]!;
    if (km < 0) {
      km = a === b ? 0 : haversineKm(this.areas[a]!, this.areas[b]!);
      this.distances[at] = km;
      this.distances[b * this.distanceStride + a] = km;
    }
    return km;
  }

  private compile(
    p: VolunteerProfile | ParticipantProfile,
    onlyWoman: boolean,
    swedishOnly: boolean,
  ): CompiledProfile {
    // Swedish is what they meet to speak, not a support language; the best level is kept when a code repeats.
    const levels = new Map<number, number>();
    for (const l of p.languages as readonly SpokenLanguage[]) {
      if (l.code.toLowerCase() === 'sv') continue;
      const level = index(l.level, levelIndex, 'language level');
      const code = this.language(l.code);
      levels.set(code, Math.max(level, levels.get(code) ?? -1));
    }
    const lifeSituation = bits(p.lifeSituation, lifeBit, 'life situation');
    return {
      interests: bits(p.interests, interestBit, 'interest'),
      slots: bits(p.availability, slotBit, 'availability slot'),
      languageCodes: [...levels.keys()],
      languageLevels: [...levels.values()],
      ageBand: p.ageBand === null ? -1 : index(p.ageBand, ageIndex, 'age band'),
      area: this.area(p.area),
      lifeSituation,
      isWoman: p.gender === 'woman',
      onlyWoman,
      wantsFamily: p.preferences.wantsFamily === true,
      hasChildren: (lifeSituation & HAS_CHILDREN_BIT) !== 0,
      swedishOnly,
    };
  }

  volunteer(v: VolunteerProfile): CompiledProfile {
    return this.compile(v, v.preferences.onlyWomen === true, false);
  }

  participant(p: ParticipantProfile): CompiledProfile {
    return this.compile(p, p.preferences.onlyWoman === true, p.swedishOnly);
  }
}
