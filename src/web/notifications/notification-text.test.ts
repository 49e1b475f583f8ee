import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '#web/i18n/en.ts';
import { sv } from '#web/i18n/sv.ts';
import { notificationText } from './notification-text.ts';

const instance = i18next.createInstance();
await instance.init({
  lng: 'sv',
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
});
const t = instance.t;

describe('notification sentences', () => {
  it('names who added me, and counts a moved caseload', () => {
    expect(notificationText(t, { kind: 'team.responsible', payload: { by: 'Cecilia' } })).toBe(
      'Cecilia har gjort dig till ansvarig coach för en deltagare.',
    );
    expect(notificationText(t, { kind: 'caseload.reassigned', payload: { count: 3, by: 'Erik' } })).toBe(
      'Erik har flyttat 3 deltagare till dig.',
    );
    expect(
      notificationText(t, {
        kind: 'plan.step_assigned',
        payload: { by: 'Cecilia', title: 'Anmälan till SFI' },
      }),
    ).toBe(
      'Cecilia har gjort dig ansvarig för steget ’Anmälan till SFI’ i handlingsplanen för en deltagare.',
    );
  });

  it('names the participant when the notice is of the unit I work in now', () => {
    expect(
      notificationText(t, { kind: 'team.added', payload: { by: 'Cecilia' }, participantName: 'Amina Ali' }),
    ).toBe('Cecilia har lagt till dig i arbetslaget kring Amina Ali.');
    expect(
      notificationText(t, {
        kind: 'plan.step_assigned',
        payload: { by: 'Cecilia', title: 'Anmälan till SFI' },
        participantName: 'Amina Ali',
      }),
    ).toBe('Cecilia har gjort dig ansvarig för steget ’Anmälan till SFI’ i handlingsplanen för Amina Ali.');
  });

  it('falls back for kinds it does not know and payloads without a name', () => {
    expect(notificationText(t, { kind: 'plan.due', payload: {} })).toBe(
      'Något har hänt i ett av dina ärenden.',
    );
    expect(notificationText(t, { kind: 'team.added', payload: {} })).toBe(
      'Någon har lagt till dig i arbetslaget kring en deltagare.',
    );
  });
});
