import { describe, expect, it } from 'vitest';
import { changedFields, conflictFields, sameValue } from './changed-fields.ts';

describe('changed fields', () => {
  it('compares lists in order and objects whatever their key order', () => {
    expect(sameValue(['sv', 'ar'], ['sv', 'ar'])).toBe(true);
    expect(sameValue(['sv', 'ar'], ['ar', 'sv'])).toBe(false);
    expect(sameValue({ role: 'coach', unitId: 'u' }, { unitId: 'u', role: 'coach' })).toBe(true);
    expect(sameValue([{ role: 'coach' }], [{ role: 'teacher' }])).toBe(false);
    expect(sameValue('', null)).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it('names the fields whose values differ, in the form’s order', () => {
    const before = { title: 'SFI', dueOn: '', status: 'todo', languages: ['sv'] };
    const after = { title: 'SFI kurs B', dueOn: '', status: 'doing', languages: ['sv'] };
    expect(changedFields(before, after)).toEqual(['title', 'status']);
    expect(changedFields(before, { ...before })).toEqual([]);
  });

  it('counts a field only one side has as changed', () => {
    expect(changedFields<Record<string, string>>({ a: '1' }, { a: '1', b: '2' })).toEqual(['b']);
  });

  it('tells what someone else changed and what of the user’s typing their version lacks', () => {
    const base = { title: 'SFI', owner: '', dueOn: '', status: 'todo' };
    const yours = { title: 'SFI kurs B', owner: 'participant', dueOn: '', status: 'done' };
    const theirs = { title: 'SFI kurs C', owner: '', dueOn: '2026-05-01', status: 'done' };
    // She and they both set the status to done: nothing of hers to bring back there.
    expect(conflictFields(base, yours, theirs)).toEqual({
      theirs: ['title', 'dueOn', 'status'],
      yours: ['title', 'owner'],
    });
  });
});
