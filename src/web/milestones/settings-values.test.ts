import { describe, expect, it } from 'vitest';
import { UpdateOutcomeSettingsInput } from '#shared/milestones.ts';
import { parseLabels, parseMonths } from './settings-values.ts';

describe('outcome settings form values', () => {
  it('read the months however they are separated, and the contract sorts and drops repeats', () => {
    expect(parseMonths('3, 6 och 12')).toEqual([3, 6, 12]);
    expect(parseMonths('')).toEqual([]);
    const parsed = UpdateOutcomeSettingsInput.parse({
      followUpMonths: parseMonths('12;6;6;3'),
      otherMilestoneLabels: parseLabels('  Körkort \n\nTruckkort\n'),
      version: 0,
    });
    expect(parsed).toEqual({
      followUpMonths: [3, 6, 12],
      otherMilestoneLabels: ['Körkort', 'Truckkort'],
      version: 0,
    });
  });

  it('refuse no months or a month beyond three years, as the server does', () => {
    expect(
      UpdateOutcomeSettingsInput.safeParse({ followUpMonths: [], otherMilestoneLabels: [], version: 0 })
        .success,
    ).toBe(false);
    expect(
      UpdateOutcomeSettingsInput.safeParse({ followUpMonths: [37], otherMilestoneLabels: [], version: 0 })
        .success,
    ).toBe(false);
  });
});
