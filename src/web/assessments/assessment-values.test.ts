import { describe, expect, it } from 'vitest';
import type { AssessmentTemplate } from '#shared/assessments.ts';
import {
  assessmentInput,
  emptyAssessment,
  flatValues,
  valuesOfAssessment,
  withField,
} from './assessment-values.ts';

const template: AssessmentTemplate = {
  id: '0190d6c4-0000-7000-8000-000000000001',
  key: 'default',
  version: 1,
  titleSv: 'Kartläggning',
  titleEn: 'Assessment',
  builtIn: true,
  createdAt: '2026-01-01T00:00:00Z',
  domains: [
    {
      key: 'language',
      labelSv: 'Svenska',
      labelEn: 'Swedish',
      questions: [
        { key: 'level', labelSv: 'Nivå', labelEn: 'Level', type: 'scale' },
        {
          key: 'course',
          labelSv: 'Kurs',
          labelEn: 'Course',
          type: 'choice',
          options: [{ key: 'sfi', labelSv: 'SFI', labelEn: 'SFI' }],
        },
        { key: 'comment', labelSv: 'Kommentar', labelEn: 'Comment', type: 'text' },
      ],
    },
    { key: 'health', labelSv: 'Hälsa', labelEn: 'Health', questions: [] },
  ],
};

describe('assessment form values', () => {
  it('starts with every domain empty', () => {
    const values = emptyAssessment(template, '2026-03-03');
    expect(Object.keys(values.domains)).toEqual(['language', 'health']);
    expect(assessmentInput(template, values)).toEqual({
      templateId: template.id,
      assessedOn: '2026-03-03',
      domains: {},
    });
  });

  it('turns ratings and scale answers into numbers and leaves unanswered parts out', () => {
    const values = emptyAssessment(template, '2026-03-03');
    values.domains.language = {
      rating: '4',
      selfRating: '6',
      notes: '  Går SFI kurs B  ',
      answers: { level: '3', course: 'sfi', comment: ' ' },
    };
    values.domains.health = { rating: '', selfRating: '7', notes: '', answers: {} };
    expect(assessmentInput(template, values).domains).toEqual({
      language: { rating: 4, selfRating: 6, notes: 'Går SFI kurs B', answers: { level: 3, course: 'sfi' } },
      health: { selfRating: 7 },
    });
  });
});

describe('a saved assessment in the form', () => {
  const saved = {
    id: '0190d6c4-0000-7000-8000-000000000002',
    participantId: '0190d6c4-0000-7000-8000-000000000003',
    templateId: template.id,
    templateKey: 'default',
    templateVersion: 1,
    assessedOn: '2026-03-03',
    assessedByName: 'Test coach',
    domains: { language: { rating: 4, notes: 'SFI B', answers: { level: 3, course: 'sfi' } } },
    version: 2,
  };

  it('fills every domain of the template, as text', () => {
    expect(valuesOfAssessment(template, saved)).toEqual({
      assessedOn: '2026-03-03',
      domains: {
        language: { rating: '4', selfRating: '', notes: 'SFI B', answers: { level: '3', course: 'sfi' } },
        health: { rating: '', selfRating: '', notes: '', answers: {} },
      },
    });
  });

  it('names each part of each domain as one field, and sets one back', () => {
    const values = valuesOfAssessment(template, saved);
    const flat = flatValues(values);
    expect(flat).toEqual({
      'language.rating': '4',
      'language.selfRating': '',
      'language.notes': 'SFI B',
      'language.answers.level': '3',
      'language.answers.course': 'sfi',
      'health.rating': '',
      'health.selfRating': '',
      'health.notes': '',
    });
    const changed = withField(withField(values, 'health.rating', '7'), 'language.answers.comment', 'Bra');
    expect(changed.domains.health!.rating).toBe('7');
    expect(changed.domains.language!.answers).toEqual({ level: '3', course: 'sfi', comment: 'Bra' });
    expect(withField(values, 'language.unknown', 'x')).toEqual(values);
  });
});
