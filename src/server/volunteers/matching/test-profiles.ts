import type { ParticipantProfile, VolunteerProfile } from './profile.ts';

/** Plain profiles for tests: a woman of 30–44 on one side and the other, free on Tuesday evenings, in one area. */
export const centre = { key: 'centrum', lat: 59.2741, lon: 15.2066 };

export function volunteer(overrides: Partial<VolunteerProfile> = {}): VolunteerProfile {
  return {
    id: 'v-1',
    gender: 'woman',
    ageBand: '30-44',
    interests: [],
    languages: [],
    availability: ['tue_evening'],
    area: null,
    lifeSituation: [],
    preferences: {},
    maxFriends: 1,
    ...overrides,
  };
}

export function participant(overrides: Partial<ParticipantProfile> = {}): ParticipantProfile {
  return {
    id: 'p-1',
    gender: 'woman',
    ageBand: null,
    interests: [],
    languages: [],
    swedishOnly: false,
    availability: ['tue_evening'],
    area: null,
    lifeSituation: [],
    preferences: {},
    ...overrides,
  };
}
