import { describe, expect, it } from 'vitest';
import { checkAnswers, distanceBetween } from './answers.ts';

const domains = [
  {
    key: 'swedish',
    labelSv: 'Svenska',
    labelEn: 'Swedish',
    questions: [
      {
        key: 'level',
        labelSv: 'Nivå',
        labelEn: 'Level',
        type: 'choice' as const,
        options: [{ key: 'a', labelSv: 'A', labelEn: 'A' }],
      },
      { key: 'confidence', labelSv: 'Trygghet', labelEn: 'Confidence', type: 'scale' as const },
    ],
  },
  { key: 'health', labelSv: 'Hälsa', labelEn: 'Health', questions: [] },
];

describe('assessment answers', () => {
  it('accepts answers that fit the template', () => {
    expect(() =>
      checkAnswers(domains, {
        swedish: { rating: 3, answers: { level: 'a', confidence: 4 } },
        health: { rating: 7 },
      }),
    ).not.toThrow();
  });

  it('names every answer that does not fit', () => {
    expect(() =>
      checkAnswers(domains, {
        housing: { rating: 2 },
        swedish: { answers: { level: 'z', confidence: 11, other: 'x' } },
      }),
    ).toThrow(
      /unknown domain housing.*swedish.level: not one of the choices.*swedish.confidence: a whole number.*unknown question other/,
    );
  });

  it('measures the distance travelled per domain, own rating beside', () => {
    expect(
      distanceBetween(
        ['swedish', 'health'],
        { swedish: { rating: 2, selfRating: 3 }, health: { rating: 5 } },
        { swedish: { rating: 6, selfRating: 5 } },
      ),
    ).toEqual([
      { key: 'swedish', from: 2, to: 6, change: 4, selfFrom: 3, selfTo: 5 },
      { key: 'health', from: 5, to: null, change: null, selfFrom: null, selfTo: null },
    ]);
  });
});
