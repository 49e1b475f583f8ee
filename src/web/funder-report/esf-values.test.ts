import { describe, expect, it } from 'vitest';
import type { EsfEntry } from '#shared/funder-report.ts';
import { SaveEsfEntryInput } from '#shared/funder-report.ts';
import { esfInputOf, esfValuesOf } from './esf-values.ts';

const stay: EsfEntry = {
  programmeId: '0190f3a2-0000-7000-8000-000000000001',
  programmeName: 'Vägen vidare',
  entryOn: '2026-03-02',
  exitedOn: null,
  ageBand: '30_54',
  entry: null,
  prefill: { gender: 'woman' },
  problems: ['no_entry_data'],
};

describe('the ESF+ entry form', () => {
  it('starts from her gender in the register and sends nothing else before anything is answered', () => {
    const values = esfValuesOf(stay);
    expect(values.gender).toBe('woman');
    const { input, incomplete } = esfInputOf(values, undefined);
    expect(incomplete).toEqual([]);
    expect(input).toMatchObject({ gender: 'woman', labourStatus: null, fourWeeks: null, sixMonths: null });
    expect(input).not.toHaveProperty('version');
    expect(SaveEsfEntryInput.safeParse(input).success).toBe(true);
  });

  it('makes long-term unemployment a kind of unemployment and reads it back the same', () => {
    const { input } = esfInputOf({ ...esfValuesOf(stay), status: 'long_term_unemployed' }, 2);
    expect(input.labourStatus).toEqual({ status: 'unemployed', longTermUnemployed: true });
    const back = esfValuesOf({
      ...stay,
      entry: { ...input, code: 'X', ageBand: '30_54', version: 3 } as EsfEntry['entry'],
    });
    expect(back.status).toBe('long_term_unemployed');
  });

  it('names the four-week answers still missing once one is given, and asks about improvement only of the employed', () => {
    const values = {
      ...esfValuesOf(stay),
      status: 'inactive',
      employed4: 'yes',
      employed6: 'yes',
      improved6: 'yes',
    };
    const { input, incomplete } = esfInputOf(values, 0);
    expect(incomplete).toEqual(['jobSearching', 'inEducation', 'gainedQualification']);
    expect(input.fourWeeks).toBeNull();
    expect(input.sixMonths).toEqual({ employed: true, improvedSituation: null });
    const employed = esfInputOf({ ...values, status: 'employed' }, 0).input;
    expect(employed.sixMonths).toEqual({ employed: true, improvedSituation: true });
  });
});
