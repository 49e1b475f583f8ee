import { z } from 'zod';
import type { AssessmentTemplate, Domain, PublishTemplateInput } from '#shared/assessments.ts';
import { ApiError, isApiError } from '#web/lib/api.ts';

export type QuestionType = Domain['questions'][number]['type'];

export const questionTypes: readonly QuestionType[] = ['scale', 'choice', 'text'];

/** At most this many questions in a domain and options in a choice (the shared schema's limits). */
export const maxQuestions = 30;
export const maxOptions = 20;
/**
 * A choice needs at least this many options. The shared schema allows fewer, but a choice of one is no
 * choice: the form starts a choice with this many, offers no removal below it and refuses fewer.
 */
export const minOptions = 2;

/** One option of a choice question as the form holds it. */
export type OptionValues = {
  id: string;
  /** Added in this version: its key may be chosen. Saved answers hold an existing option's key. */
  isNew: boolean;
  key: string;
  labelSv: string;
  labelEn: string;
};

/** One question as the form holds it; `id` names its fields and survives reordering. */
export type QuestionValues = {
  id: string;
  /** Added in this version: its key and answer type may be chosen. Saved answers are keyed by them. */
  isNew: boolean;
  key: string;
  labelSv: string;
  labelEn: string;
  type: QuestionType;
  /** Kept when a new question's type changes away from choice and back; sent only for a choice. */
  options: OptionValues[];
};

/** One domain as the form holds it; `id` names its fields and survives reordering. */
export type DomainValues = {
  id: string;
  /** Added in this version: its key may be chosen. An existing domain keeps its key, so ratings compare. */
  isNew: boolean;
  key: string;
  labelSv: string;
  labelEn: string;
  questions: QuestionValues[];
};

export type TemplateValues = { key: string; titleSv: string; titleEn: string; domains: DomainValues[] };

// Ids are unique across the whole form, so a field's name is its item's id and the field: `question7-key`.
let lastId = 0;
const nextId = (kind: 'domain' | 'question' | 'option') => `${kind}${++lastId}`;

const optionOf = (o: { key: string; labelSv: string; labelEn: string }): OptionValues => ({
  id: nextId('option'),
  isNew: false,
  key: o.key,
  labelSv: o.labelSv,
  labelEn: o.labelEn,
});

const questionOf = (q: Domain['questions'][number]): QuestionValues => ({
  id: nextId('question'),
  isNew: false,
  key: q.key,
  labelSv: q.labelSv,
  labelEn: q.labelEn,
  type: q.type,
  options: (q.options ?? []).map(optionOf),
});

/** The form for a new version, starting from the current one. */
export const valuesOf = (template: AssessmentTemplate): TemplateValues => ({
  key: template.key,
  titleSv: template.titleSv,
  titleEn: template.titleEn,
  domains: template.domains.map((d) => ({
    id: nextId('domain'),
    isNew: false,
    key: d.key,
    labelSv: d.labelSv,
    labelEn: d.labelEn,
    questions: d.questions.map(questionOf),
  })),
});

export const newDomain = (): DomainValues => ({
  id: nextId('domain'),
  isNew: true,
  key: '',
  labelSv: '',
  labelEn: '',
  questions: [],
});

/** A new question starts as a 1–10 scale, the commonest kind. */
export const newQuestion = (): QuestionValues => ({
  id: nextId('question'),
  isNew: true,
  key: '',
  labelSv: '',
  labelEn: '',
  type: 'scale',
  options: [],
});

export const newOption = (): OptionValues => ({
  id: nextId('option'),
  isNew: true,
  key: '',
  labelSv: '',
  labelEn: '',
});

/**
 * A new question with another answer type; an existing one keeps its type, since saved answers were given
 * in it. A choice gets empty options up to the minimum.
 */
export function withType(question: QuestionValues, type: QuestionType): QuestionValues {
  if (!question.isNew || question.type === type) return question;
  const missing = type === 'choice' ? Math.max(0, minOptions - question.options.length) : 0;
  return {
    ...question,
    type,
    options: [...question.options, ...Array.from({ length: missing }, newOption)],
  };
}

/** The form's values as the API wants them. */
export const templateInput = (v: TemplateValues): PublishTemplateInput => ({
  key: v.key,
  titleSv: v.titleSv,
  titleEn: v.titleEn,
  domains: v.domains.map((d) => ({
    key: d.key.trim(),
    labelSv: d.labelSv,
    labelEn: d.labelEn,
    questions: d.questions.map((q) => ({
      key: q.key.trim(),
      labelSv: q.labelSv,
      labelEn: q.labelEn,
      type: q.type,
      ...(q.type === 'choice'
        ? { options: q.options.map((o) => ({ key: o.key.trim(), labelSv: o.labelSv, labelEn: o.labelEn })) }
        : {}),
    })),
  })),
});

/** The list with the item at `index` moved `by` places (−1 up, +1 down); unchanged at either end. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list as T[];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * Which of the moved item's buttons keeps the focus: the one in the same direction, unless the item has
 * reached that end and the button is gone, then the other.
 */
export function buttonAfterMove(index: number, by: -1 | 1, count: number): 'up' | 'down' {
  const to = index + by;
  if (by < 0) return to === 0 ? 'down' : 'up';
  return to === count - 1 ? 'up' : 'down';
}

/** The list with the item whose id matches `next` replaced by it. */
export const replaceItem = <T extends { id: string }>(list: readonly T[], next: T): T[] =>
  list.map((item) => (item.id === next.id ? next : item));

/**
 * The form's field name for a path in the input, so an issue marks the right field however the items were
 * reordered: `['domains', 2, 'questions', 0, 'labelSv']` → `<that question's id>-labelSv`. An issue on a
 * whole item marks its Swedish label; one on a list marks the list (`<domain id>-questions`,
 * `<question id>-options`).
 */
export function fieldName(values: TemplateValues, path: readonly PropertyKey[]): string {
  const [first, di, ...rest] = path;
  if (first !== 'domains' || typeof di !== 'number') return String(first ?? '');
  const domain = values.domains[di];
  if (!domain) return 'domains';
  const [dField, qi, qField, oi, oField] = rest;
  const field = (id: string, name: PropertyKey | undefined) =>
    `${id}-${name === undefined ? 'labelSv' : String(name)}`;
  if (dField !== 'questions') return field(domain.id, dField);
  const question = typeof qi === 'number' ? domain.questions[qi] : undefined;
  if (!question) return `${domain.id}-questions`;
  if (qField !== 'options') return field(question.id, qField);
  const option = typeof oi === 'number' ? question.options[oi] : undefined;
  if (!option) return `${question.id}-options`;
  return field(option.id, oField);
}

const issue = (path: (string | number)[], message: string, input: unknown): z.core.$ZodIssue => ({
  code: 'custom',
  path,
  message,
  input,
});

/** Issues on every later item of `items` whose trimmed key an earlier one has. */
function repeatedKeys(items: readonly { key: string }[], path: (i: number) => (string | number)[]) {
  const seen = new Set<string>();
  const issues: z.core.$ZodIssue[] = [];
  items.forEach((item, i) => {
    const key = item.key.trim();
    if (key && seen.has(key)) issues.push(issue([...path(i), 'key'], 'duplicate', key));
    seen.add(key);
  });
  return issues;
}

/**
 * A key used twice is an issue on every later item that uses it: domains in the template, questions in
 * their domain, options in their question (answers are stored by these keys, so each must be unambiguous).
 * The shared schema refuses these too; found here, each gets a message that says which key. Options count
 * only for a choice.
 */
export function duplicateKeyIssues(values: TemplateValues): z.core.$ZodIssue[] {
  return [
    ...repeatedKeys(values.domains, (i) => ['domains', i]),
    ...values.domains.flatMap((d, i) => [
      ...repeatedKeys(d.questions, (j) => ['domains', i, 'questions', j]),
      ...d.questions.flatMap((q, j) =>
        q.type === 'choice'
          ? repeatedKeys(q.options, (k) => ['domains', i, 'questions', j, 'options', k])
          : [],
      ),
    ]),
  ];
}

/** A choice with fewer than `minOptions` options is an issue on its list of options. */
export const tooFewOptionsIssues = (values: TemplateValues): z.core.$ZodIssue[] =>
  values.domains.flatMap((d, i) =>
    d.questions.flatMap((q, j) =>
      q.type === 'choice' && q.options.length < minOptions
        ? [issue(['domains', i, 'questions', j, 'options'], 'too few options', q.options.length)]
        : [],
    ),
  );

export type KeyKind = 'domain' | 'question' | 'option';

/** The key fields that can be typed in (new items only), with what each is the key of. */
export const newKeyFields = (values: TemplateValues): { name: string; kind: KeyKind }[] =>
  values.domains.flatMap((d) => [
    ...(d.isNew ? [{ name: `${d.id}-key`, kind: 'domain' as const }] : []),
    ...d.questions.flatMap((q) => [
      ...(q.isNew ? [{ name: `${q.id}-key`, kind: 'question' as const }] : []),
      ...(q.type === 'choice' ? q.options : [])
        .filter((o) => o.isNew)
        .map((o) => ({ name: `${o.id}-key`, kind: 'option' as const })),
    ]),
  ]);

const fieldOrder = [
  'key',
  'titleSv',
  'titleEn',
  'labelSv',
  'labelEn',
  'type',
  'options',
  'questions',
  'domains',
];
const rank = (part: PropertyKey | undefined) =>
  part === undefined ? -1 : typeof part === 'number' ? part : fieldOrder.indexOf(String(part));

/** Issues in the order their fields come in the form, so the error summary reads from top to bottom. */
export function inFormOrder(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const compare = (a: readonly PropertyKey[], b: readonly PropertyKey[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const by = rank(a[i]) - rank(b[i]);
      if (by !== 0) return by;
    }
    return 0;
  };
  return [...issues].sort((a, b) => compare(a.path, b.path));
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
