import { describe, expect, it } from 'vitest';
import {
  formatIdentityNumber,
  luhnCheckDigit,
  maskIdentityNumber,
  parseIdentityNumber,
} from './identity-number.ts';

const today = new Date(2025, 5, 15); // 15 June 2025
const parse = (input: string) => parseIdentityNumber(input, today);

/** A fictional number with a correct check digit, from YYMMDD and a three-digit serial. */
const valid = (yymmdd: string, serial = '123') => `${yymmdd}${serial}${luhnCheckDigit(yymmdd + serial)}`;

describe('identity numbers', () => {
  it('accepts Skatteverket’s test number in every written form and normalises it to 12 digits', () => {
    for (const input of ['19121212-1212', '191212121212', '121212+1212', ' 121212 + 1212 ']) {
      expect(parse(input), input).toEqual({
        ok: true,
        number: { value: '191212121212', birthDate: '1912-12-12', kind: 'personal' },
      });
    }
    // Without `+`, ten digits mean the latest century: a child born in 2012.
    for (const input of ['121212-1212', '1212121212']) {
      expect(parse(input), input).toMatchObject({ ok: true, number: { value: '201212121212' } });
    }
  });

  it('computes the Luhn check digit over YYMMDDNNN', () => {
    expect(luhnCheckDigit('121212121')).toBe(2);
    expect(luhnCheckDigit('811218987')).toBe(6); // 811218-9876, a common example
    expect(parse('811218-9876')).toMatchObject({ ok: true, number: { value: '198112189876' } });
  });

  it('refuses a wrong check digit', () => {
    expect(parse('19121212-1213')).toEqual({ ok: false, error: 'checksum' });
    expect(parse('121212-1211')).toEqual({ ok: false, error: 'checksum' });
  });

  it('refuses impossible dates, whatever the check digit', () => {
    expect(parse(`19${valid('900230')}`)).toEqual({ ok: false, error: 'date' });
    expect(parse(valid('901301'))).toEqual({ ok: false, error: 'date' });
    expect(parse(valid('900000'))).toEqual({ ok: false, error: 'date' });
    expect(parse(valid('900132'))).toEqual({ ok: false, error: 'date' });
    expect(parse(`19${valid('010229')}`)).toEqual({ ok: false, error: 'date' }); // 1901 was no leap year
    expect(parse(`20${valid('000229')}`)).toMatchObject({ ok: true }); // 2000 was
  });

  it('refuses a 12-digit date in the future', () => {
    expect(parse(`20${valid('300101')}`)).toEqual({ ok: false, error: 'future' });
  });

  it('reads coordination numbers (day + 60) and gives the real birth date', () => {
    const number = valid('900372'); // 12 March 1990
    expect(parse(number)).toEqual({
      ok: true,
      number: { value: `19${number}`, birthDate: '1990-03-12', kind: 'coordination' },
    });
    expect(parse(valid('900291'))).toEqual({ ok: false, error: 'date' }); // 31 February
    expect(parse(valid('900392'))).toEqual({ ok: false, error: 'date' }); // day 32
  });

  it('picks the century of a 10-digit number: the latest not in the future', () => {
    expect(parse(valid('250614'))).toMatchObject({ ok: true, number: { birthDate: '2025-06-14' } });
    expect(parse(valid('250616'))).toMatchObject({ ok: true, number: { birthDate: '1925-06-16' } });
    expect(parse(valid('050101'))).toMatchObject({ ok: true, number: { birthDate: '2005-01-01' } });
  });

  it('reads the + separator as 100 years or older', () => {
    const n = valid('121212', '121');
    expect(parse(`${n.slice(0, 6)}+${n.slice(6)}`)).toMatchObject({
      ok: true,
      number: { value: `19${n}`, birthDate: '1912-12-12' },
    });
    const young = valid('050101');
    expect(parse(`${young.slice(0, 6)}+${young.slice(6)}`)).toMatchObject({
      ok: true,
      number: { birthDate: '1905-01-01' },
    });
    expect(parse(`${young.slice(0, 6)}-${young.slice(6)}`)).toMatchObject({
      ok: true,
      number: { birthDate: '2005-01-01' },
    });
  });

  it('accepts 10 or 12 digits only, with one optional separator', () => {
    for (const input of [
      '',
      '121212',
      '12121212121',
      '1912121212121',
      '121212--1212',
      'abcdef-1212',
      '121212/1212',
    ]) {
      expect(parse(input), input).toEqual({ ok: false, error: 'format' });
    }
  });

  it('masks and formats a normalised number', () => {
    expect(maskIdentityNumber('191212121212')).toBe('19121212-****');
    expect(formatIdentityNumber('191212121212')).toBe('19121212-1212');
  });
});
