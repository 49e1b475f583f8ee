import { z } from 'zod';
import type { AssessmentTemplate, Domain, PublishTemplateInput } from '#shared/assessments.ts';
import { ApiError, isApiError } from '#web/lib/api.ts';

/** One domain as the form holds it; `id` names its fields and survives reordering. */
export type DomainValues = {
  id: string;
  /** Added in this version: its key may be chosen. An existing domain keeps its key, so ratings compare. */
  isNew: boolean;
  key: string;
  labelSv: string;
  labelEn: string;
  /** Carried over unchanged. */
  questions: Domain['questions'];
};

export type TemplateValues = { key: string; titleSv: string; titleEn: string; domains: DomainValues[] };

let lastId = 0;
const nextId = () => `domain${++lastId}`;

/** The form for a new version, starting from the current one. */
export const valuesOf = (template: AssessmentTemplate): TemplateValues => ({
  key: template.key,
  titleSv: template.titleSv,
  titleEn: template.titleEn,
  domains: template.domains.map((d) => ({
    id: nextId(),
    isNew: false,
    key: d.key,
    labelSv: d.labelSv,
    labelEn: d.labelEn,
    questions: d.questions,
  })),
});

export const newDomain = (): DomainValues => ({
  id: nextId(),
  isNew: true,
  key: '',
  labelSv: '',
  labelEn: '',
  questions: [],
});

/** The form's values as the API wants them. */
export const templateInput = (v: TemplateValues): PublishTemplateInput => ({
  key: v.key,
  titleSv: v.titleSv,
  titleEn: v.titleEn,
  domains: v.domains.map((d) => ({
    key: d.key.trim(),
    labelSv: d.labelSv,
    labelEn: d.labelEn,
    questions: d.questions,
  })),
});

/** The domains with the one at `index` moved `by` places (−1 up, +1 down); unchanged at either end. */
export function moveDomain(domains: DomainValues[], index: number, by: -1 | 1): DomainValues[] {
  const to = index + by;
  if (index < 0 || index >= domains.length || to < 0 || to >= domains.length) return domains;
  const next = [...domains];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * The form's field name for a path in the input, so an issue marks the right field however the domains
 * were reordered: `['domains', 2, 'labelSv']` → `<that domain's id>-labelSv`.
 */
export function fieldName(values: TemplateValues, path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  if (first !== 'domains' || typeof index !== 'number') return String(first ?? '');
  const domain = values.domains[index];
  if (!domain) return 'domains';
  return `${domain.id}-${field === undefined ? 'labelSv' : String(field)}`;
}

/** A key used twice is an issue on every later domain that uses it (the server refuses the whole input). */
export function duplicateKeyIssues(values: TemplateValues): z.core.$ZodIssue[] {
  const seen = new Set<string>();
  const issues: z.core.$ZodIssue[] = [];
  values.domains.forEach((d, i) => {
    const key = d.key.trim();
    if (key && seen.has(key))
      issues.push({ code: 'custom', path: ['domains', i, 'key'], message: 'duplicate', input: key });
    seen.add(key);
  });
  return issues;
}

/** Issues with their paths turned into field names, for the form-errors helpers (which read `path[0]`). */
export const flatIssues = (values: TemplateValues, issues: readonly z.core.$ZodIssue[]): z.ZodError =>
  new z.ZodError(issues.map((issue) => ({ ...issue, path: [fieldName(values, issue.path)] })));

/** The same for the issues in a refusal from the server. */
export function flatProblem(values: TemplateValues, error: unknown): unknown {
  if (!isApiError(error) || !error.problem.errors) return error;
  return new ApiError(
    {
      ...error.problem,
      errors: error.problem.errors.map((e) => ({ ...e, path: [fieldName(values, e.path)] })),
    },
    error.retryAfter,
  );
}

/** A template's title in the interface language. */
export const titleOf = (template: { titleSv: string; titleEn: string }, language: string): string =>
  language === 'en' ? template.titleEn : template.titleSv;
