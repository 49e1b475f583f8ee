import type { AgeBand, AvailabilitySlot, Gender, Interest, LifeSituation } from '#shared/language-friends.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { pairKey } from './matching/propose.ts';
import type { Area, ParticipantProfile, SpokenLanguage, VolunteerProfile } from './matching/profile.ts';

/**
 * The register as the matching engine reads it: approved volunteers and the participants whose newest wish is
 * a language friend, mapped field for field onto VolunteerProfile and ParticipantProfile. Plain data only (no
 * names), so a proposal can be computed and explained without personal details.
 */

type AreaRow = { id: string; lat: number; lon: number };

const areaOf = (areas: ReadonlyMap<string, Area>, id: string | null) => (id ? (areas.get(id) ?? null) : null);

export type VolunteerMatchRow = {
  id: string;
  gender: Gender | null;
  age_band: AgeBand | null;
  interests: Interest[];
  languages: SpokenLanguage[];
  availability: AvailabilitySlot[];
  area_id: string | null;
  life_situation: LifeSituation[];
  only_women: boolean;
  wants_family: boolean;
  max_friends: number;
};

export const volunteerProfileOf = (
  r: VolunteerMatchRow,
  areas: ReadonlyMap<string, Area>,
): VolunteerProfile => ({
  id: r.id,
  gender: r.gender,
  ageBand: r.age_band,
  interests: r.interests,
  languages: r.languages,
  availability: r.availability,
  area: areaOf(areas, r.area_id),
  lifeSituation: r.life_situation,
  preferences: { onlyWomen: r.only_women, wantsFamily: r.wants_family },
  maxFriends: r.max_friends,
});

export type ParticipantMatchRow = {
  participant_id: string;
  gender: string | null;
  age: number | null;
  languages: string[];
  swedish_only: boolean;
  interests: Interest[];
  availability: AvailabilitySlot[];
  area_id: string | null;
  life_situation: LifeSituation[];
  only_woman: boolean;
  wants_family: boolean;
};

const bandOf = (age: number | null): AgeBand | null =>
  age === null || age < 18 ? null : age < 30 ? '18-29' : age < 45 ? '30-44' : age < 65 ? '45-64' : '65+';

/**
 * Her gender and languages come from the register ('not_stated' is no gender). The register keeps languages
 * without a level, so each counts as 'good': enough to fall back on, never claimed as her first language.
 */
export const participantProfileOf = (
  r: ParticipantMatchRow,
  areas: ReadonlyMap<string, Area>,
): ParticipantProfile => ({
  id: r.participant_id,
  gender: r.gender === 'woman' || r.gender === 'man' || r.gender === 'non_binary' ? r.gender : null,
  ageBand: bandOf(r.age),
  interests: r.interests,
  languages: r.languages.filter((code) => code !== 'sv').map((code) => ({ code, level: 'good' as const })),
  swedishOnly: r.swedish_only,
  availability: r.availability,
  area: areaOf(areas, r.area_id),
  lifeSituation: r.life_situation,
  preferences: { onlyWoman: r.only_woman, wantsFamily: r.wants_family },
});

export type MatchingInput = {
  volunteers: VolunteerProfile[];
  participants: ParticipantProfile[];
  /** Open matches (proposed to active) per volunteer: each takes one of her places. */
  activeFriends: Map<string, number>;
  /** Pairs the coordinator rejected, by pairKey. */
  excludedPairs: Set<string>;
};

/**
 * The unit's matching input inside the caller's transaction: approved volunteers (not paused), and adults whose
 * newest wish is a language friend and who have no open match (proposed, introduced, in trial or active).
 */
export async function readMatchingInput(tx: Queryable, unitId: string): Promise<MatchingInput> {
  const areaRows = await tx.query<AreaRow>('select id, lat, lon from unit_areas where unit_id = $1', [
    unitId,
  ]);
  const areas = new Map(areaRows.rows.map((a) => [a.id, { key: a.id, lat: a.lat, lon: a.lon }]));
  const volunteers = await tx.query<VolunteerMatchRow>(
    `select id, gender, age_band, interests, languages, availability, area_id, life_situation, only_women,
            wants_family, max_friends
       from volunteers where unit_id = $1 and status = 'approved' order by id`,
    [unitId],
  );
  const participants = await tx.query<ParticipantMatchRow & { interested: boolean }>(
    `select distinct on (i.participant_id) i.participant_id, p.gender, p.languages, i.swedish_only, i.interests,
            i.availability, i.area_id, i.life_situation, i.only_woman, i.wants_family, i.interested,
            extract(year from age((now() at time zone 'Europe/Stockholm')::date, p.birth_date))::int as age
       from participant_language_friend_interest i join participants p on p.id = i.participant_id
      where i.unit_id = $1 and p.merged_into is null
        and not exists (select 1 from language_friend_matches m
                         where m.participant_id = i.participant_id and m.status <> 'ended')
      order by i.participant_id, i.created_at desc, i.version desc`,
    [unitId],
  );
  const open = await tx.query<{ volunteer_id: string; n: number }>(
    `select volunteer_id, count(*)::int as n from language_friend_matches
      where unit_id = $1 and status <> 'ended' group by volunteer_id`,
    [unitId],
  );
  const rejected = await tx.query<{ volunteer_id: string; participant_id: string }>(
    'select volunteer_id, participant_id from language_friend_rejections where unit_id = $1',
    [unitId],
  );
  const wanting = participants.rows.filter((r) => r.interested && r.age !== null && r.age >= 18);
  return {
    volunteers: volunteers.rows.map((r) => volunteerProfileOf(r, areas)),
    participants: wanting.map((r) => participantProfileOf(r, areas)),
    activeFriends: new Map(open.rows.map((r) => [r.volunteer_id, r.n])),
    excludedPairs: new Set(rejected.rows.map((r) => pairKey(r.volunteer_id, r.participant_id))),
  };
}

/** The unit's matching input; audited, since it reads participants' wishes. */
export function loadMatchingInput(ctx: Ctx): Promise<MatchingInput> {
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return inTenant(ctx, async (tx) => {
    const input = await readMatchingInput(tx, unitId);
    await audit(tx, ctx, {
      action: 'language_friend.matching_input',
      details: { volunteers: input.volunteers.length, participants: input.participants.length },
    });
    return input;
  });
}
