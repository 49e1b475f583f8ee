import type { z } from 'zod';
import type { DomainAnswer, Domain } from '#shared/assessments.ts';
import { AppError } from '../lib/errors.ts';

type Answers = Record<string, z.output<typeof DomainAnswer>>;

/** Checks answers against the template they were given in: known domains, known questions, fitting values. */
export function checkAnswers(domains: Domain[], answers: Answers): void {
  const byKey = new Map(domains.map((d) => [d.key, d]));
  const problems: string[] = [];
  for (const [key, answer] of Object.entries(answers)) {
    const domain = byKey.get(key);
    if (!domain) {
      problems.push(`unknown domain ${key}`);
      continue;
    }
    const questions = new Map(domain.questions.map((q) => [q.key, q]));
    for (const [qKey, value] of Object.entries(answer.answers ?? {})) {
      const q = questions.get(qKey);
      if (!q) problems.push(`${key}: unknown question ${qKey}`);
      else if (
        q.type === 'scale' &&
        !(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10)
      )
        problems.push(`${key}.${qKey}: a whole number from 1 to 10`);
      else if (q.type === 'choice' && !q.options?.some((o) => o.key === value))
        problems.push(`${key}.${qKey}: not one of the choices`);
      else if (q.type === 'text' && typeof value !== 'string') problems.push(`${key}.${qKey}: text`);
    }
  }
  if (problems.length)
    throw new AppError('validation', `The answers do not fit the template: ${problems.join('; ')}.`);
}

/** Change per domain between two assessments (distance travelled); positive is progress. */
export function distanceBetween(domainKeys: string[], from: Answers, to: Answers) {
  return domainKeys.map((key) => {
    const a = from[key]?.rating ?? null;
    const b = to[key]?.rating ?? null;
    return {
      key,
      from: a,
      to: b,
      change: a !== null && b !== null ? b - a : null,
      selfFrom: from[key]?.selfRating ?? null,
      selfTo: to[key]?.selfRating ?? null,
    };
  });
}
