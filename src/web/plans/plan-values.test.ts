import { describe, expect, it } from 'vitest';
import type { PlanGoal } from '#shared/plans.ts';
import { domainLabel, historyLine, isOverdue, ownerChoice, ownerFields } from './plan-values.ts';

const goal: PlanGoal = {
  id: 'g1',
  domainKey: 'language',
  title: 'Arbeta inom vården',
  status: 'open',
  version: 1,
  steps: [
    {
      id: 's1',
      goalId: 'g1',
      title: 'Anmälan till SFI',
      ownerUserId: null,
      ownerName: null,
      ownerIsParticipant: true,
      dueOn: '2026-03-12',
      status: 'todo',
      version: 1,
    },
  ],
};
const event = (kind: string, data: Record<string, unknown>) => ({
  at: '2026-03-01T10:00:00Z',
  actorName: 'Test coach',
  kind,
  goalId: 'g1',
  stepId: kind.startsWith('step') ? 's1' : null,
  data,
});

describe('overdue steps', () => {
  it('are open steps whose day has passed', () => {
    expect(isOverdue({ status: 'todo', dueOn: '2026-03-12' }, '2026-03-13')).toBe(true);
    expect(isOverdue({ status: 'doing', dueOn: '2026-03-12' }, '2026-03-13')).toBe(true);
  });
  it('are not due today, undated, done or dropped', () => {
    expect(isOverdue({ status: 'todo', dueOn: '2026-03-12' }, '2026-03-12')).toBe(false);
    expect(isOverdue({ status: 'todo', dueOn: null }, '2026-03-13')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-03-12' }, '2026-03-13')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueOn: '2026-03-12' }, '2026-03-13')).toBe(false);
  });
});

describe('step owners', () => {
  it('go both ways between the choice and the API fields', () => {
    for (const choice of ['', 'participant', '0190a0c2-0000-7000-8000-000000000001']) {
      expect(ownerChoice(ownerFields(choice))).toBe(choice);
    }
    expect(ownerFields('participant')).toEqual({ ownerUserId: null, ownerIsParticipant: true });
    expect(ownerFields('')).toEqual({ ownerUserId: null, ownerIsParticipant: false });
  });
});

describe('domain labels', () => {
  const domains = [{ key: 'language', labelSv: 'Språk', labelEn: 'Language' }];
  it('follow the language and fall back to the key', () => {
    expect(domainLabel(domains, 'language', 'sv')).toBe('Språk');
    expect(domainLabel(domains, 'language', 'en')).toBe('Language');
    expect(domainLabel(domains, 'gone', 'sv')).toBe('gone');
    expect(domainLabel(domains, null, 'sv')).toBeNull();
  });
});

describe('the plan history in words', () => {
  it('names what was added and what changed', () => {
    expect(historyLine(event('goal_created', { title: 'Arbeta' }), [goal])).toEqual({
      key: 'goalCreated',
      title: 'Arbeta',
    });
    expect(historyLine(event('goal_updated', { status: 'achieved' }), [goal])).toMatchObject({
      key: 'goalStatus',
      title: 'Arbeta inom vården',
      status: 'achieved',
    });
    expect(historyLine(event('step_updated', { status: 'done' }), [goal])).toMatchObject({
      key: 'stepStatus',
      title: 'Anmälan till SFI',
      status: 'done',
    });
    expect(historyLine(event('step_updated', { ownerUserId: null }), [goal]).key).toBe('stepOwner');
    expect(historyLine(event('step_updated', { dueOn: '2026-04-01' }), [goal]).key).toBe('stepDue');
    expect(historyLine(event('something_else', {}), [goal]).key).toBe('other');
  });
});
