import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleEvent } from '#shared/schedule.ts';
import { en } from '#web/i18n/en.ts';
import { sv } from '#web/i18n/sv.ts';
import { eventTitle } from './event-title.ts';

const event = (over: Partial<ScheduleEvent>): ScheduleEvent => ({
  id: '0190a000-0000-7000-8000-000000000001',
  kind: 'session',
  title: 'Svenska',
  startsAt: '2027-03-30T07:00:00.000Z',
  endsAt: '2027-03-30T08:30:00.000Z',
  days: null,
  place: null,
  onlineUrl: null,
  cancelled: false,
  activityId: null,
  participantId: null,
  placementKind: null,
  firstName: null,
  ...over,
});

beforeAll(async () => {
  await i18next.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv' });
});

describe('schedule event titles', () => {
  it('word a staff member’s meeting in the interface language, by her first name', async () => {
    const meeting = event({ kind: 'meeting', title: 'Möte: Amina', firstName: 'Amina' });
    expect(eventTitle(meeting, i18next.t, 'sv')).toBe('Möte: Amina');
    await i18next.changeLanguage('en');
    expect(eventTitle(meeting, i18next.t, 'en')).toBe('Meeting: Amina');
    // Her own meeting keeps its purpose.
    expect(eventTitle(event({ kind: 'meeting', title: 'Uppföljning' }), i18next.t, 'en')).toBe('Uppföljning');
  });

  it('name a placement by its kind and the employer, and a session by its activity', () => {
    const placement = event({ kind: 'placement', title: 'Solgården', placementKind: 'internship' });
    expect(eventTitle(placement, i18next.t, 'sv')).toBe('Praktik: Solgården');
    expect(eventTitle(placement, i18next.t, 'en')).toBe('Internship: Solgården');
    expect(eventTitle(event({}), i18next.t, 'sv')).toBe('Svenska');
  });
});
