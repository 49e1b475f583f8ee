import { describe, expect, it } from 'vitest';
import type { FollowUp } from '#shared/milestones.ts';
import { MilestoneInput } from '#shared/milestones.ts';
import { detailFieldsOf, emptyMilestone, milestoneInput, sortFollowUps } from './milestone-values.ts';

describe('milestone form values', () => {
  it('ask for the details of the chosen kind only', () => {
    expect(detailFieldsOf('sfi_passed')).toEqual(['sfiPath', 'sfiCourse', 'sfiGrade', 'nationalTest']);
    expect(detailFieldsOf('employed')).toEqual(['employmentType', 'hoursPerWeek']);
    expect(detailFieldsOf('internship_completed')).toEqual([]);
    expect(detailFieldsOf('')).toEqual([]);
  });

  it('leave out what was typed for another kind before switching, and read numbers with a comma', () => {
    const values = {
      ...emptyMilestone('2026-05-04'),
      kind: 'employed',
      employmentType: 'subsidised',
      hoursPerWeek: '37,5',
      sfiCourse: 'B',
      note: '  ',
    };
    const input = milestoneInput(values);
    expect(input).toEqual({
      kind: 'employed',
      happenedOn: '2026-05-04',
      source: 'coach',
      note: null,
      employmentType: 'subsidised',
      hoursPerWeek: 37.5,
    });
    expect(MilestoneInput.safeParse(input).success).toBe(true);
  });

  it('give the contract what it needs to name a missing detail', () => {
    const input = milestoneInput({ ...emptyMilestone('2026-05-04'), kind: 'sfi_passed', sfiCourse: 'C' });
    const parsed = MilestoneInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0]).sort()).toEqual(['sfiGrade', 'sfiPath']);
  });

  it('put open follow-ups first by due date, then the rest newest first', () => {
    const f = (id: string, dueOn: string, status: FollowUp['status']) => ({ id, dueOn, status }) as FollowUp;
    const sorted = sortFollowUps([
      f('a', '2026-01-01', 'done'),
      f('b', '2026-09-01', 'open'),
      f('c', '2026-06-01', 'open'),
      f('d', '2026-03-01', 'cancelled'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
