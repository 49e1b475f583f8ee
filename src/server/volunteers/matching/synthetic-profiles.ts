import {
  availabilitySlots,
  partsOfDay,
  weekdays,
  type AgeBand,
  type AvailabilitySlot,
  type Gender,
  type Interest,
  type LifeSituation,
} from '#shared/language-friends.ts';
import type { Area, ParticipantProfile, SpokenLanguage, VolunteerProfile } from './profile.ts';
import type { Random } from './random.ts';

/**
 * Made-up but realistic profiles for tests and the benchmark: a mid-sized Swedish town's areas, the support
 * languages of recent arrivals (Arabic, Somali, Tigrinya, Dari, Ukrainian, Persian, English), one participant in
 * ten who meets only a woman, and volunteers who skew older and female as they do in such programmes.
 */

/** A town centre and areas around it, up to about 15 km out. */
export function syntheticAreas(random: Random, count = 24): Area[] {
  const centre = { lat: 59.2741, lon: 15.2066 };
  return Array.from({ length: count }, (_, i) => {
    const km = i === 0 ? 0 : 1 + random.next() * 14;
    const angle = random.next() * 2 * Math.PI;
    return {
      key: `area-${String(i + 1).padStart(2, '0')}`,
      lat: centre.lat + (km * Math.sin(angle)) / 111.2,
      lon: centre.lon + (km * Math.cos(angle)) / (111.2 * Math.cos((centre.lat * Math.PI) / 180)),
    };
  });
}

const interestWeights: Record<Interest, number> = {
  cooking: 10,
  walking: 12,
  sports: 6,
  music: 6,
  crafts: 5,
  children: 7,
  reading: 5,
  nature: 8,
  culture: 5,
  technology: 3,
  gardening: 3,
  games: 3,
  film: 4,
  art: 3,
  fika: 9,
  volunteering: 2,
};

function someInterests(random: Random): Interest[] {
  const chosen = new Set<Interest>();
  const k = random.int(2, 5);
  while (chosen.size < k) chosen.add(random.weighted(interestWeights));
  return [...chosen];
}

/** Working people are free evenings and weekends, others also in the daytime. */
function someSlots(random: Random, daytime: boolean, k: number): AvailabilitySlot[] {
  const pool = daytime
    ? availabilitySlots
    : weekdays.flatMap((d) =>
        partsOfDay
          .filter((p) => p === 'evening' || d === 'sat' || d === 'sun')
          .map((p): AvailabilitySlot => `${d}_${p}`),
      );
  return random.sample(pool, Math.min(k, pool.length));
}

function lifeFor(random: Random, age: AgeBand): LifeSituation[] {
  const out: LifeSituation[] = [];
  if (age !== '65+' && random.chance(age === '18-29' ? 0.25 : 0.6)) out.push('hasChildren');
  if (age === '65+') out.push('retired');
  else if (age === '18-29' && random.chance(0.5)) out.push('student');
  else if (random.chance(0.7)) out.push('working');
  return out;
}

const supportLanguages = { ar: 30, so: 15, ti: 10, prs: 12, uk: 15, fa: 10, en: 8 } as const;

export function syntheticParticipant(random: Random, id: string, areas: readonly Area[]): ParticipantProfile {
  const drawn = random.weighted({ woman: 60, man: 36, non_binary: 1, unknown: 3 });
  const gender: Gender | null = drawn === 'unknown' ? null : drawn;
  const ageBand = random.weighted<AgeBand>({ '18-29': 35, '30-44': 40, '45-64': 20, '65+': 5 });
  const first = random.weighted(supportLanguages);
  const languages: SpokenLanguage[] = [{ code: first, level: 'native' }];
  if (first !== 'en' && random.chance(0.3))
    languages.push({ code: 'en', level: random.pick(['basic', 'good']) });
  const lifeSituation = lifeFor(random, ageBand).filter((s) => s !== 'working' || random.chance(0.3));
  return {
    id,
    gender,
    ageBand,
    interests: someInterests(random),
    languages,
    swedishOnly: random.chance(0.15),
    availability: someSlots(random, true, random.int(3, 9)),
    area: random.pick(areas),
    lifeSituation,
    // One in ten wants to meet only a woman: one woman in six.
    preferences: {
      onlyWoman: gender === 'woman' && random.chance(1 / 6),
      wantsFamily: random.chance(0.2),
    },
  };
}

export function syntheticVolunteer(
  random: Random,
  id: string,
  areas: readonly Area[],
  twoFriendsShare = 0.15,
): VolunteerProfile {
  const drawn = random.weighted({ woman: 65, man: 30, non_binary: 3, unknown: 2 });
  const gender: Gender | null = drawn === 'unknown' ? null : drawn;
  const ageBand = random.weighted<AgeBand>({ '18-29': 20, '30-44': 20, '45-64': 25, '65+': 35 });
  const languages: SpokenLanguage[] = [];
  if (random.chance(0.7)) languages.push({ code: 'en', level: random.pick(['good', 'fluent', 'fluent']) });
  // Some volunteers came to Sweden themselves and share a language with the newcomers.
  if (random.chance(0.2)) {
    const code = random.weighted(supportLanguages);
    if (code !== 'en') languages.push({ code, level: 'native' });
  }
  if (random.chance(0.05)) languages.push({ code: random.pick(['fa', 'ar', 'uk']), level: 'basic' });
  const lifeSituation = lifeFor(random, ageBand);
  const working = lifeSituation.includes('working');
  return {
    id,
    gender,
    ageBand,
    interests: someInterests(random),
    languages,
    availability: someSlots(random, !working, random.int(2, 7)),
    area: random.pick(areas),
    lifeSituation,
    preferences: { onlyWomen: gender === 'woman' && random.chance(0.08), wantsFamily: random.chance(0.15) },
    maxFriends: random.chance(twoFriendsShare) ? 2 : 1,
  };
}

export function syntheticPeople(random: Random, volunteers: number, participants: number) {
  const areas = syntheticAreas(random);
  const pad = (n: number) => String(n).padStart(5, '0');
  return {
    areas,
    volunteers: Array.from({ length: volunteers }, (_, i) =>
      syntheticVolunteer(random, `v-${pad(i)}`, areas),
    ),
    participants: Array.from({ length: participants }, (_, i) =>
      syntheticParticipant(random, `p-${pad(i)}`, areas),
    ),
  };
}
