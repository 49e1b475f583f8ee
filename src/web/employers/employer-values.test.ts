import { describe, expect, it } from 'vitest';
import { CreateEmployerInput } from '#shared/employers.ts';
import { fieldKey } from './employer-errors.ts';
import { emptyContact, emptyValues, employerInput } from './employer-values.ts';

describe('employer form values', () => {
  it('sends only the addresses with something filled in, by kind', () => {
    const input = employerInput({ ...emptyValues, name: 'X', postalStreet: 'Box 1', postalCity: 'Ort' });
    expect(input.addresses).toEqual([{ kind: 'postal', street: 'Box 1', postalCode: '', city: 'Ort' }]);
  });

  it('points each issue at the field that shows it', () => {
    const values = {
      ...emptyValues,
      name: 'X',
      postalStreet: 'Box 1',
      postalPostalCode: '1517',
      postalCity: 'Ort',
      contacts: [emptyContact, { ...emptyContact, name: 'Ola', email: 'nej' }],
    };
    const input = employerInput(values);
    const parsed = CreateEmployerInput.safeParse(input);
    expect(parsed.success).toBe(false);
    const keys = parsed.error!.issues.map((i) => fieldKey(i.path, input));
    expect(keys).toEqual(expect.arrayContaining(['postalPostalCode', 'contacts-0-name', 'contacts-1-email']));
  });
});
