/**
 * Swedish organisation numbers (organisationsnummer). Pure functions, shared by the server's contract and the
 * web form.
 *
 * A legal entity's number is ten digits, the last a Luhn check digit, and its third digit is 2 or more (so it
 * can never be read as a date). A sole trader (enskild firma) uses the owner's personnummer or
 * samordningsnummer as the organisation number. Accepted forms: NNNNNN-NNNN, NNNNNNNNNN, and the twelve-digit
 * forms some systems use: 16NNNNNNNNNN for a legal entity, YYYYMMDDNNNC for a sole trader.
 * Stored normalised as ten digits.
 */
import { luhnCheckDigit, parseIdentityNumber } from './identity-number.ts';

export type OrganisationNumberError = 'format' | 'date' | 'checksum';

export type OrganisationNumber = {
  /** Normalised: ten digits. */
  value: string;
  kind: 'legal_entity' | 'sole_trader';
};

export type OrganisationNumberResult =
  { ok: true; number: OrganisationNumber } | { ok: false; error: OrganisationNumberError };

const shape = /^(\d{2})?(\d{6})-?(\d{4})$/;

export function parseOrganisationNumber(input: string, today: Date = new Date()): OrganisationNumberResult {
  const m = shape.exec(input.replace(/\s+/g, ''));
  if (!m) return { ok: false, error: 'format' };
  const [, prefix, head, tail] = m as unknown as [string, string | undefined, string, string];
  const value = head + tail;
  const legalEntity = Number(value[2]) >= 2;
  // 16 marks a legal entity; 19 and 20 are a personnummer's century. Nothing else comes before the ten digits.
  if (prefix !== undefined && (legalEntity ? prefix !== '16' : prefix !== '19' && prefix !== '20'))
    return { ok: false, error: 'format' };
  if (legalEntity) {
    if (luhnCheckDigit(value.slice(0, 9)) !== Number(value[9])) return { ok: false, error: 'checksum' };
    return { ok: true, number: { value, kind: 'legal_entity' } };
  }
  // A sole trader: the owner's identity number, with its date and check digit.
  const person = parseIdentityNumber((prefix ?? '') + value, today);
  if (!person.ok) return { ok: false, error: person.error === 'checksum' ? 'checksum' : 'date' };
  return { ok: true, number: { value, kind: 'sole_trader' } };
}

/** A normalised number as people write it: NNNNNN-NNNN. */
export const formatOrganisationNumber = (value: string): string => `${value.slice(0, 6)}-${value.slice(6)}`;
