import { describe, expect, it } from 'vitest';
import { addToDate, ageBandOf, participantCode, problemsOf, type StoredEntry } from './rules.ts';

const complete: StoredEntry = {
  gender: 'woman',
  labour_status: 'employed',
  long_term_unemployed: false,
  education: 'isced_0_2',
  age_band: '30_54',
  result4_employed: null,
  result6_employed: null,
  result6_improved: null,
};
const problems = (entry: Partial<StoredEntry>, exitedOn: string | null, today: string) =>
  problemsOf({
    entry: { ...complete, ...entry },
    birthDate: '1980-06-15',
    entryOn: '2026-03-01',
    exitedOn,
    today,
  });

describe('ESF+ rules', () => {
  it('puts her in the age band of her entry day, birthdays included', () => {
    expect(ageBandOf('2008-03-02', '2026-03-01')).toBe('under_18');
    expect(ageBandOf('2008-03-01', '2026-03-01')).toBe('18_29');
    expect(ageBandOf('1996-03-02', '2026-03-01')).toBe('18_29');
    expect(ageBandOf('1996-03-01', '2026-03-01')).toBe('30_54');
    expect(ageBandOf('1971-03-01', '2026-03-01')).toBe('55_over');
    expect(ageBandOf(null, '2026-03-01')).toBeNull();
  });

  it('moves dates by calendar days and months, to the month’s last day where it is shorter', () => {
    expect(addToDate('2026-01-31', { days: 28 })).toBe('2026-02-28');
    expect(addToDate('2026-08-31', { months: 6 })).toBe('2027-02-28');
    expect(addToDate('2026-12-15', { months: 1 })).toBe('2027-01-15');
  });

  it('asks for the four-week results after four weeks and the six-month results after six months', () => {
    expect(problems({}, '2026-04-01', '2026-04-29')).toEqual([]);
    expect(problems({}, '2026-04-01', '2026-04-30')).toEqual(['four_weeks_missing']);
    expect(problems({ result4_employed: true }, '2026-04-01', '2026-09-30')).toEqual([]);
    expect(problems({ result4_employed: true }, '2026-04-01', '2026-10-01')).toEqual(['six_months_missing']);
    // Employed at entry: whether her situation improved is asked too.
    expect(problems({ result4_employed: true, result6_employed: true }, '2026-04-01', '2026-10-01')).toEqual([
      'improved_missing',
    ]);
    expect(
      problems(
        { labour_status: 'inactive', result4_employed: true, result6_employed: false },
        '2026-04-01',
        '2026-10-01',
      ),
    ).toEqual([]);
  });

  it('names what is missing or contradicts itself', () => {
    expect(
      problemsOf({
        entry: null,
        birthDate: null,
        entryOn: '2026-03-01',
        exitedOn: null,
        today: '2026-03-02',
      }),
    ).toEqual(['no_entry_data']);
    expect(
      problems(
        { gender: null, labour_status: null, long_term_unemployed: true, education: null },
        null,
        '2026-03-02',
      ),
    ).toEqual(['missing_gender', 'missing_status', 'long_term_without_unemployed', 'missing_education']);
    expect(problems({ age_band: '18_29' }, null, '2026-03-02')).toEqual(['age_band_mismatch']);
    expect(
      problemsOf({
        entry: complete,
        birthDate: null,
        entryOn: '2026-03-01',
        exitedOn: null,
        today: '2026-03-02',
      }),
    ).toEqual(['missing_birth_date']);
  });

  it('gives her a stable code per programme that does not show her record’s id', () => {
    const id = '0190f3a2-7b1c-7d3e-8f00-123456789abc';
    const code = participantCode(id, '0190f3a2-0000-7000-8000-000000000001');
    expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(participantCode(id, '0190f3a2-0000-7000-8000-000000000001')).toBe(code);
    expect(participantCode(id, '0190f3a2-0000-7000-8000-000000000002')).not.toBe(code);
  });
});
