import { describe, expect, it } from 'vitest';
import { CreateParticipantInput } from '#shared/participants.ts';
import { problemMessage } from './import-problems.ts';

const problem = (field: string, message: string) => ({ row: 2, field, message });

/** The message the shared schema gives for a field, as the server reports it. */
function schemaMessage(input: Record<string, unknown>, field: string): string {
  const result = CreateParticipantInput.safeParse({ firstName: 'Amina', lastName: 'Ali', ...input });
  const issue = result.error?.issues.find((i) => i.path[0] === field);
  if (!issue) throw new Error(`no issue for ${field}`);
  return issue.message;
}

describe('the import’s problems for staff', () => {
  it('names the import’s own problems, with the earlier row of a duplicate', () => {
    expect(problemMessage(problem('Favoritfärg', 'unknown column'))).toEqual({ key: 'unknownColumn' });
    expect(problemMessage(problem('identityNumber', 'already registered in this unit'))).toEqual({
      key: 'alreadyRegistered',
    });
    expect(problemMessage(problem('identityNumber', 'the same person as row 12'))).toEqual({
      key: 'sameAs',
      row: 12,
    });
  });

  it('turns the shared schema’s messages into one sentence per field', () => {
    const missing = CreateParticipantInput.safeParse({ firstName: 'Amina' }).error?.issues[0]?.message;
    expect(problemMessage(problem('lastName', missing ?? ''))).toEqual({ key: 'missing' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ identityNumber: '19121212-1213' }, 'identityNumber', 'identityNumber'],
      [{ identityNumber: '19121212-1212', birthDate: '1990-01-01' }, 'birthDate', 'birthDateMismatch'],
      [{ birthDate: '12/12/1912' }, 'birthDate', 'birthDate'],
      [{ gender: 'kvinnlig' }, 'gender', 'gender'],
      [{ languages: ['arabic'] }, 'languages', 'languageCode'],
      [{ phone: 'ring mig' }, 'phone', 'phone'],
      [{ email: 'amina' }, 'email', 'email'],
      [{ arrivalYear: 2999 }, 'arrivalYear', 'arrivalYear'],
      [{ arrivalYear: 'i fjol' }, 'arrivalYear', 'arrivalYear'],
      [{ residentialArea: 'x'.repeat(201) }, 'residentialArea', 'tooLong'],
    ];
    for (const [input, field, key] of cases)
      expect(problemMessage(problem(field, schemaMessage(input, field))), field).toEqual({ key });
  });

  it('shows any other message as the server wrote it', () => {
    expect(problemMessage(problem('', 'something new'))).toEqual({ raw: 'something new' });
    expect(problemMessage(problem('residentialArea', 'something new'))).toEqual({ raw: 'something new' });
  });
});
