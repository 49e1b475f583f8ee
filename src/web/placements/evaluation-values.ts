import { ratingKeys, textKeys } from '#shared/placements.ts';

type RatingKey = (typeof ratingKeys)[number];
type TextKey = (typeof textKeys)[number];

/** The supervisor's form as the inputs hold it: each rating '1'–'5' or '' when not chosen yet. */
export type EvaluationValues = Record<RatingKey | TextKey, string> & { submittedByName: string };

export const emptyEvaluation = (): EvaluationValues => ({
  attendance: '',
  cooperation: '',
  work_tasks: '',
  swedish_at_work: '',
  strengths: '',
  to_develop: '',
  recommendation: '',
  submittedByName: '',
});

/**
 * The form as SubmitEvaluationInput: ratings as numbers (a missing one stays out, so the schema names
 * it), empty texts left out.
 */
export function evaluationInput(v: EvaluationValues) {
  const ratings: Partial<Record<RatingKey, number>> = {};
  for (const key of ratingKeys) if (v[key]) ratings[key] = Number(v[key]);
  const texts: Partial<Record<TextKey, string>> = {};
  for (const key of textKeys) if (v[key].trim()) texts[key] = v[key].trim();
  return { answers: { ratings, ...texts }, submittedByName: v.submittedByName.trim() };
}

/** The form field an issue's path points at: answers.ratings.attendance → attendance. */
export function evaluationFieldKey(path: readonly PropertyKey[]): string {
  if (path[0] === 'answers') {
    const key = path[1] === 'ratings' ? path[2] : path[1];
    return String(key ?? 'answers');
  }
  return String(path[0] ?? '');
}
