import type { SheetRow } from './read-sheet.ts';

/** The headers we recognise, in Swedish and English, and the register field each fills. */
const headers: Record<string, string> = {
  förnamn: 'firstName',
  'first name': 'firstName',
  efternamn: 'lastName',
  'last name': 'lastName',
  personnummer: 'identityNumber',
  samordningsnummer: 'identityNumber',
  'identity number': 'identityNumber',
  födelsedatum: 'birthDate',
  'birth date': 'birthDate',
  kön: 'gender',
  gender: 'gender',
  språk: 'languages',
  languages: 'languages',
  tolkspråk: 'interpreterLanguage',
  'interpreter language': 'interpreterLanguage',
  telefon: 'phone',
  phone: 'phone',
  'e-post': 'email',
  email: 'email',
  bostadsområde: 'residentialArea',
  'residential area': 'residentialArea',
  ankomstår: 'arrivalYear',
  'arrival year': 'arrivalYear',
};

export const knownHeaders = Object.keys(headers);

const genders: Record<string, string> = {
  kvinna: 'woman',
  man: 'man',
  'icke-binär': 'non_binary',
  woman: 'woman',
  'non-binary': 'non_binary',
};

/** One spreadsheet row as the input of a registration; unknown columns are reported, not guessed. */
export function rowToInput(row: SheetRow): { input: Record<string, unknown>; unknown: string[] } {
  const input: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [header, raw] of Object.entries(row)) {
    const field = headers[header.trim().toLowerCase()];
    const value = raw.trim();
    if (!field) {
      if (value) unknown.push(header);
      continue;
    }
    if (!value) continue;
    switch (field) {
      case 'languages':
        input.languages = value
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((l) => l.toLowerCase());
        break;
      case 'interpreterLanguage':
        input.interpreterNeeded = true;
        input.interpreterLanguage = value.toLowerCase();
        break;
      case 'arrivalYear':
        input.arrivalYear = /^\d+$/.test(value) ? Number(value) : value;
        break;
      case 'gender':
        input.gender = genders[value.toLowerCase()] ?? value;
        break;
      default:
        input[field] = value;
    }
  }
  return { input, unknown };
}
