import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SetupInput } from '#shared/setup.ts';
import { sv } from '#web/i18n/sv.ts';
import { ApiError } from '#web/lib/api.ts';
import { errorsFromProblem, errorsFromZod, problemMessage } from './form-errors.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'sv', resources: { sv: { translation: sv } } });
const t = i18n.t;

const problem = (status: number, code: string, extra: object = {}) =>
  new ApiError({ type: 'about:blank', title: code, status, code, detail: 'English detail', ...extra });

describe('form errors', () => {
  it('turns the shared schema’s issues into one Swedish message per field', () => {
    const parsed = SetupInput.safeParse({
      token: 'x'.repeat(30),
      organisationName: '',
      name: 'A',
      email: 'no',
      password: 'short',
    });
    expect(parsed.success).toBe(false);
    const errors = errorsFromZod(t, parsed.error!);
    expect(errors.fields).toEqual({
      organisationName: 'Fyll i fältet.',
      email: 'Ange en e-postadress, till exempel namn@kommun.se.',
      password: 'Ange minst 12 tecken.',
    });
  });

  it('marks the fields a problem names and puts the code’s sentence in the summary', () => {
    const error = problem(400, 'validation', {
      errors: [{ path: ['memberships', 0, 'unitId'], message: 'Invalid UUID', code: 'invalid_format' }],
    });
    expect(errorsFromProblem(t, error)).toEqual({
      summary: 'Några uppgifter saknas eller är felaktiga.',
      fields: { memberships: 'Kontrollera värdet.' },
    });
  });

  it('lets a form say what a code means there, and falls back to the server’s detail for unknown codes', () => {
    expect(errorsFromProblem(t, problem(409, 'conflict'), { codes: { conflict: 'Upptagen.' } }).summary).toBe(
      'Upptagen.',
    );
    expect(problemMessage(t, problem(400, 'something_new'))).toBe('English detail');
  });

  it('says how long a lock lasts, and gives the request id when the server failed', () => {
    expect(problemMessage(t, new ApiError(problem(423, 'locked').problem, 840))).toBe(
      'För många misslyckade försök. Kontot är låst i 14 minuter.',
    );
    expect(problemMessage(t, problem(500, 'internal', { requestId: 'abc' }))).toContain('felkod abc');
    expect(problemMessage(t, new Error('boom'))).toBe('Något gick fel.');
  });
});
