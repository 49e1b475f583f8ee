import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CreatePlacementInput, SubmitEvaluationInput, UpdatePlacementInput } from '#shared/placements.ts';
import { en } from '#web/i18n/en.ts';
import { sv } from '#web/i18n/sv.ts';
import { emptyEvaluation, evaluationFieldKey, evaluationInput } from './evaluation-values.ts';
import { formErrors } from './placement-errors.ts';
import {
  createInput,
  emptyPlacement,
  hoursOf,
  placementFieldKey,
  placementValues,
  requestDefaults,
  updateInput,
} from './placement-values.ts';
import { reasonText } from './reason-text.ts';

const instance = i18next.createInstance();
await instance.init({
  lng: 'sv',
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
});
const t = instance.t;

const employerId = '0190a1b2-0000-7000-8000-000000000001';
const goalId = '0190a1b2-0000-7000-8000-000000000002';

describe('the placement form', () => {
  const filled = {
    ...emptyPlacement(employerId, 'internship'),
    startsOn: '2027-02-01',
    endsOn: '2027-04-30',
    hoursPerWeek: '7,5',
    goalIds: [goalId],
  };

  it('books with the employer’s contact person by name, hours with a decimal comma', () => {
    const input = createInput({ ...filled, supervisorMode: 'contact', supervisorContactName: 'Karin Berg' });
    expect(input).toEqual({
      employerId,
      kind: 'internship',
      supervisorContactName: 'Karin Berg',
      startsOn: '2027-02-01',
      endsOn: '2027-04-30',
      hoursPerWeek: 7.5,
      goalIds: [goalId],
    });
    expect(CreatePlacementInput.safeParse(input).success).toBe(true);
  });

  it('sends a typed supervisor with blanks as null, and no supervisor as null', () => {
    const typed = createInput({
      ...filled,
      supervisorMode: 'typed',
      supervisorName: ' Ali ',
      supervisorEmail: '',
    });
    expect(typed.supervisor).toEqual({ name: 'Ali', phone: null, email: null });
    expect(createInput(filled).supervisor).toBeNull();
    expect(CreatePlacementInput.safeParse(typed).success).toBe(true);
  });

  it('reads hours as a number, blank as none, and leaves the unreadable for the schema to refuse', () => {
    expect(hoursOf('20')).toBe(20);
    expect(hoursOf(' ')).toBeNull();
    expect(hoursOf('tjugo')).toBe('tjugo');
    const parsed = CreatePlacementInput.safeParse(createInput({ ...filled, hoursPerWeek: 'tjugo' }));
    expect(parsed.success).toBe(false);
    expect(formErrors(t, parsed.error, placementFieldKey, { hoursPerWeek: 'timmar' }).fields).toEqual({
      hoursPerWeek: 'timmar',
    });
  });

  it('round-trips a placement into the form and back as an update at the version read', () => {
    const placement = {
      id: goalId,
      participantId: goalId,
      employerId,
      employerName: 'Solgården',
      kind: 'internship' as const,
      supervisor: { name: 'Karin Berg', phone: '08-123 456', email: null },
      startsOn: '2027-02-01',
      endsOn: '2027-04-30',
      hoursPerWeek: 7.5,
      status: 'ongoing' as const,
      endedEarlyOn: null,
      endReason: null,
      goalIds: [goalId],
      notes: [],
      evaluations: [],
      createdAt: '2027-01-01T10:00:00Z',
      updatedAt: null,
      version: 3,
    };
    const values = placementValues(placement);
    expect(values).toMatchObject({ supervisorMode: 'typed', hoursPerWeek: '7,5', status: 'ongoing' });
    const input = updateInput(values, 3);
    expect(input).toMatchObject({
      supervisor: { name: 'Karin Berg', phone: '08-123 456', email: null },
      hoursPerWeek: 7.5,
      status: 'ongoing',
      version: 3,
    });
    expect(UpdatePlacementInput.safeParse(input).success).toBe(true);
  });

  it('keys nested issues to the field that shows them', () => {
    expect(placementFieldKey(['supervisor', 'email'])).toBe('supervisorEmail');
    expect(placementFieldKey(['supervisor'])).toBe('supervisorName');
    expect(placementFieldKey(['goalIds', 1])).toBe('goalIds');
    const parsed = CreatePlacementInput.safeParse(
      createInput({
        ...filled,
        supervisorMode: 'typed',
        supervisorName: 'Ali',
        supervisorEmail: 'inte e-post',
      }),
    );
    expect(Object.keys(formErrors(t, parsed.error, placementFieldKey).fields)).toEqual(['supervisorEmail']);
  });

  it('asks for the mid-point half-way through, and for the final on the last day once that is answered', () => {
    const p = { startsOn: '2027-02-01', endsOn: '2027-03-03', evaluations: [] };
    expect(requestDefaults(p)).toEqual({ stage: 'midpoint', dueOn: '2027-02-16' });
    const answered = [{ stage: 'midpoint', submittedAt: '2027-02-16T10:00:00Z' }] as never;
    expect(requestDefaults({ ...p, evaluations: answered })).toEqual({ stage: 'final', dueOn: '2027-03-03' });
  });
});

describe('the supervisor’s evaluation form', () => {
  it('sends ratings as numbers and leaves out blank texts', () => {
    const values = {
      ...emptyEvaluation(),
      attendance: '5',
      cooperation: '4',
      work_tasks: '4',
      swedish_at_work: '3',
      strengths: ' Noggrann ',
      submittedByName: ' Karin Berg ',
    };
    const input = evaluationInput(values);
    expect(input).toEqual({
      answers: {
        ratings: { attendance: 5, cooperation: 4, work_tasks: 4, swedish_at_work: 3 },
        strengths: 'Noggrann',
      },
      submittedByName: 'Karin Berg',
    });
    expect(SubmitEvaluationInput.safeParse(input).success).toBe(true);
  });

  it('names each missing rating and the signature at its own field', () => {
    const parsed = SubmitEvaluationInput.safeParse(
      evaluationInput({ ...emptyEvaluation(), attendance: '3' }),
    );
    const errors = formErrors(t, parsed.error, evaluationFieldKey, { cooperation: 'välj' });
    expect(Object.keys(errors.fields).sort()).toEqual(
      ['cooperation', 'submittedByName', 'swedish_at_work', 'work_tasks'].sort(),
    );
    expect(errors.fields.cooperation).toBe('välj');
    expect(evaluationFieldKey(['answers', 'strengths'])).toBe('strengths');
  });
});

describe('why an employer is suggested', () => {
  const goalTitle = (id: string) => (id === goalId ? 'Arbeta inom vården' : undefined);

  it('says which of her words matched where, in Swedish and English', () => {
    const reason = { kind: 'interest_match', word: 'vård', field: 'interests', matched: 'industry' } as const;
    expect(reasonText(t, reason, goalTitle)).toBe(
      '”vård” i intressen i kartläggningen finns i arbetsgivarens bransch.',
    );
    expect(reasonText(instance.getFixedT('en'), reason, goalTitle)).toBe(
      '“vård” in interests in the kartläggning is in the employer’s industry.',
    );
  });

  it('names the plan goal, and the offer that fits her stage in lower case', () => {
    expect(reasonText(t, { kind: 'goal_match', word: 'vården', goalId }, goalTitle)).toBe(
      '”vården” i målet ”Arbeta inom vården” finns hos arbetsgivaren.',
    );
    expect(reasonText(t, { kind: 'goal_match', word: 'vården', goalId: employerId }, goalTitle)).toBe(
      '”vården” i ett mål i handlingsplanen finns hos arbetsgivaren.',
    );
    expect(reasonText(t, { kind: 'offer_fits_stage', offer: 'internship' }, goalTitle)).toBe(
      'Kan ta emot för praktik, som passar steget hon är i.',
    );
  });
});
