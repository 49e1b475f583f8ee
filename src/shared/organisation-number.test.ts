import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './identity-number.ts';
import { formatOrganisationNumber, parseOrganisationNumber } from './organisation-number.ts';

const today = new Date(2025, 5, 15); // 15 June 2025
const parse = (input: string) => parseOrganisationNumber(input, today);

// Fictional numbers in the real format: an aktiebolag (group 5), an ideell förening (8), a handelsbolag (9).
const company = '556677-8899';
const association = '802400-0005';
const partnership = '969600-0000';

describe('organisation numbers', () => {
  it('the fictional examples carry correct check digits', () => {
    expect(luhnCheckDigit('556677889')).toBe(9);
    expect(luhnCheckDigit('802400000')).toBe(5);
    expect(luhnCheckDigit('969600000')).toBe(0);
  });

  it('accepts a legal entity with or without the hyphen, and with the 16 prefix', () => {
    for (const input of [company, '5566778899', ' 556677 - 8899 ', '165566778899', '16556677-8899']) {
      expect(parse(input), input).toEqual({
        ok: true,
        number: { value: '5566778899', kind: 'legal_entity' },
      });
    }
    expect(parse(association)).toMatchObject({ ok: true, number: { value: '8024000005' } });
    expect(parse(partnership)).toMatchObject({ ok: true, number: { value: '9696000000' } });
  });

  it('refuses a wrong check digit', () => {
    expect(parse('556677-8898')).toEqual({ ok: false, error: 'checksum' });
    expect(parse('8024000004')).toEqual({ ok: false, error: 'checksum' });
  });

  it('refuses the wrong length or stray characters', () => {
    for (const input of ['', '556677-889', '556677-88999', '55667788991', 'AB6677-8899', '556677--8899']) {
      expect(parse(input), input).toEqual({ ok: false, error: 'format' });
    }
  });

  it('refuses a prefix that does not fit the number', () => {
    // 16 is for legal entities only; 19 and 20 are a personnummer's century, not a company's.
    expect(parse('161212121212')).toEqual({ ok: false, error: 'format' });
    expect(parse('195566778899')).toEqual({ ok: false, error: 'format' });
    expect(parse('175566778899')).toEqual({ ok: false, error: 'format' });
  });

  it('accepts a sole trader’s personnummer, normalised to ten digits', () => {
    for (const input of ['121212-1212', '1212121212', '19121212-1212', '191212121212']) {
      expect(parse(input), input).toEqual({ ok: true, number: { value: '1212121212', kind: 'sole_trader' } });
    }
    // A samordningsnummer (day + 60) works too.
    const coordination = `121272123${luhnCheckDigit('121272123')}`;
    expect(parse(coordination)).toMatchObject({ ok: true, number: { kind: 'sole_trader' } });
  });

  it('refuses a personnummer-shaped number with an impossible date or a wrong check digit', () => {
    expect(parse('121232-1212')).toEqual({ ok: false, error: 'date' });
    expect(parse('121212-1213')).toEqual({ ok: false, error: 'checksum' });
    expect(parse('20301212-1212')).toEqual({ ok: false, error: 'date' }); // in the future
  });

  it('formats a normalised number with the hyphen', () => {
    expect(formatOrganisationNumber('5566778899')).toBe('556677-8899');
  });
});
