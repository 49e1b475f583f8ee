import type { Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

/**
 * Language friends for a demo unit: a few districts with the coordinates of their centre (fictional units,
 * real-sounding districts), volunteers in each screening status with names marked DEMO, and a wish for a
 * language friend on two adult participants.
 */
const areas = [
  ['Centrum', 59.1955, 17.6253],
  ['Norrby', 59.2105, 17.6301],
  ['Söderby', 59.1781, 17.6152],
  ['Västergård', 59.1902, 17.5889],
  ['Östra hamnen', 59.1937, 17.6498],
] as const;

type Demo = {
  first: string;
  last: string;
  status: 'new' | 'interview_booked' | 'approved' | 'declined' | 'paused';
  ageBand: string;
  gender: string;
  interests: string[];
  availability: string[];
  languages: { code: string; level: string }[];
  lifeSituation: string[];
};

const volunteers: Demo[] = [
  {
    first: 'Karin',
    last: 'Lund (DEMO)',
    status: 'new',
    ageBand: '45-64',
    gender: 'woman',
    interests: ['cooking', 'walking', 'fika'],
    availability: ['tue_evening', 'sat_morning'],
    languages: [{ code: 'en', level: 'fluent' }],
    lifeSituation: ['hasChildren', 'working'],
  },
  {
    first: 'Per',
    last: 'Ek (DEMO)',
    status: 'interview_booked',
    ageBand: '65+',
    gender: 'man',
    interests: ['nature', 'gardening', 'reading'],
    availability: ['mon_morning', 'wed_morning', 'thu_afternoon'],
    languages: [{ code: 'de', level: 'good' }],
    lifeSituation: ['retired'],
  },
  {
    first: 'Leila',
    last: 'Haddad (DEMO)',
    status: 'approved',
    ageBand: '30-44',
    gender: 'woman',
    interests: ['children', 'crafts', 'fika'],
    availability: ['wed_afternoon', 'sun_afternoon'],
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'good' },
    ],
    lifeSituation: ['hasChildren', 'working'],
  },
  {
    first: 'Jonas',
    last: 'Berg (DEMO)',
    status: 'paused',
    ageBand: '18-29',
    gender: 'man',
    interests: ['sports', 'games', 'technology'],
    availability: ['fri_evening'],
    languages: [{ code: 'es', level: 'basic' }],
    lifeSituation: ['student'],
  },
  {
    first: 'Maja',
    last: 'Ström (DEMO)',
    status: 'declined',
    ageBand: '18-29',
    gender: 'woman',
    interests: ['music', 'film'],
    availability: ['sat_evening'],
    languages: [],
    lifeSituation: ['student'],
  },
];

export async function demoLanguageFriends(
  tx: Queryable,
  input: { unitId: string; coordinatorId: string; coachId: string },
): Promise<void> {
  const areaIds: string[] = [];
  for (const [name, lat, lon] of areas) {
    const id = newId();
    areaIds.push(id);
    await tx.query('insert into unit_areas (id, unit_id, name, lat, lon) values ($1, $2, $3, $4, $5)', [
      id,
      input.unitId,
      name,
      lat,
      lon,
    ]);
  }
  for (const [i, v] of volunteers.entries()) {
    const id = newId();
    const screened = v.status !== 'new';
    const interviewed = ['approved', 'paused', 'declined'].includes(v.status);
    await tx.query(
      `insert into volunteers (id, unit_id, status, first_name, last_name, email, language, age_band, gender,
         languages, interests, life_situation, area_id, availability, consent_at, heard_from,
         interview_at, interview_held_at, interview_notes, record_extract_seen_on, record_extract_seen_by,
         decision_reason, decided_at, decided_by, created_at)
       values ($1, $2, $3, $4, $5, $6, 'sv', $7, $8, $9, $10, $11, $12, $13, now() - interval '20 days',
               'DEMO: affisch på biblioteket',
               case when $15 then now() - interval '10 days' when $14 then now() + interval '2 days' end,
               case when $15 then now() - interval '10 days' end,
               case when $15 then 'DEMO: samtal om förväntningar och tider.' end,
               case when $15 then current_date - 9 end, case when $15 then $16::uuid end,
               case when $3 = 'declined' then 'DEMO: har inte tid i år.' end,
               case when $3 in ('approved', 'paused', 'declined') then now() - interval '8 days' end,
               case when $3 in ('approved', 'paused', 'declined') then $16::uuid end,
               now() - interval '20 days' + interval '1 hour' * $17)`,
      [
        id,
        input.unitId,
        v.status,
        v.first,
        v.last,
        `${v.first.toLowerCase()}.demo@example.invalid`,
        v.ageBand,
        v.gender,
        JSON.stringify(v.languages),
        v.interests,
        v.lifeSituation,
        areaIds[i % areaIds.length],
        v.availability,
        screened,
        interviewed,
        input.coordinatorId,
        i,
      ],
    );
    await tx.query(
      `insert into volunteer_status_history (id, volunteer_id, unit_id, from_status, to_status, changed_at)
       values ($1, $2, $3, null, 'new', now() - interval '20 days')`,
      [newId(), id, input.unitId],
    );
    if (v.status !== 'new')
      await tx.query(
        `insert into volunteer_status_history (id, volunteer_id, unit_id, from_status, to_status, changed_by)
         values ($1, $2, $3, 'new', $4, $5)`,
        [newId(), id, input.unitId, v.status, input.coordinatorId],
      );
    if (interviewed)
      await tx.query(
        `insert into volunteer_references (id, volunteer_id, unit_id, name, relation, contacted_on, outcome, created_by)
         values ($1, $2, $3, 'DEMO Referens', 'Tidigare chef', current_date - 9, 'positive', $4)`,
        [newId(), id, input.unitId, input.coordinatorId],
      );
  }
  // Two adult participants would like a language friend.
  const { rows } = await tx.query<{ id: string }>(
    `select id from participants
      where unit_id = $1 and birth_date <= current_date - interval '18 years' and merged_into is null
      order by id limit 2`,
    [input.unitId],
  );
  for (const [i, p] of rows.entries()) {
    await tx.query(
      `insert into participant_language_friend_interest (id, participant_id, unit_id, version, interested,
         swedish_only, interests, availability, area_id, only_woman, wants_family, created_by)
       values ($1, $2, $3, 1, true, $4, $5, $6, $7, $8, $9, $10)`,
      [
        newId(),
        p.id,
        input.unitId,
        i === 1,
        i === 0 ? ['fika', 'children', 'cooking'] : ['walking', 'nature'],
        i === 0 ? ['wed_afternoon', 'sun_afternoon'] : ['mon_morning'],
        areaIds[i],
        i === 0,
        i === 0,
        input.coachId,
      ],
    );
  }
}
