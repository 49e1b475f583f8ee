/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer, day + 60).
 * Pure functions, shared by the server's contract and the web form.
 *
 * Accepted forms: YYMMDD-NNNC, YYMMDD+NNNC (100 years or older), YYMMDDNNNC, YYYYMMDD-NNNC, YYYYMMDDNNNC.
 * Stored normalised as 12 digits, YYYYMMDDNNNC.
 */

export type IdentityNumberError = 'format' | 'date' | 'future' | 'checksum';

export type IdentityNumber = {
  /** Normalised: 12 digits. */
  value: string;
  /** The birth date it encodes (for a coordination number, the day minus 60), YYYY-MM-DD. */
  birthDate: string;
  kind: 'personal' | 'coordination';
};

export type ParseResult = { ok: true; number: IdentityNumber } | { ok: false; error: IdentityNumberError };

const shape = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

/** The Luhn check digit of the nine digits YYMMDDNNN. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses and validates an identity number. `today` decides the century of a 10-digit number: the latest
 * century in which the date is not in the future, or one earlier with the `+` separator.
 */
export function parseIdentityNumber(input: string, today: Date = new Date()): ParseResult {
  const m = shape.exec(input.trim().replace(/\s+/g, ''));
  if (!m) return { ok: false, error: 'format' };
  const [, century, yy, mm, dd, separator, serial, check] = m as unknown as string[];
  const month = Number(mm);
  const rawDay = Number(dd);
  const kind = rawDay > 60 ? 'coordination' : 'personal';
  const day = kind === 'coordination' ? rawDay - 60 : rawDay;
  const todayKey = `${today.getFullYear()}${pad(today.getMonth() + 1)}${pad(today.getDate())}`;

  let year: number;
  if (century !== undefined) {
    year = Number(century + yy);
  } else {
    const thisCentury = Math.floor(today.getFullYear() / 100) * 100;
    year = thisCentury + Number(yy);
    if (`${year}${mm}${pad(day)}` > todayKey) year -= 100;
    if (separator === '+') year -= 100;
  }
  if (!isRealDate(year, month, day)) return { ok: false, error: 'date' };
  if (`${year}${mm}${pad(day)}` > todayKey) return { ok: false, error: 'future' };
  if (luhnCheckDigit(`${yy}${mm}${dd}${serial}`) !== Number(check)) return { ok: false, error: 'checksum' };
  return {
    ok: true,
    number: {
      value: `${pad(year, 4)}${mm}${dd}${serial}${check}`,
      birthDate: `${pad(year, 4)}-${mm}-${pad(day)}`,
      kind,
    },
  };
}

/** A normalised number for lists: the date part shown, the last four digits hidden (19121212-****). */
export const maskIdentityNumber = (value: string): string => `${value.slice(0, 8)}-****`;

/** A normalised number as people write it: YYYYMMDD-NNNC. */
export const formatIdentityNumber = (value: string): string => `${value.slice(0, 8)}-${value.slice(8)}`;
