import type { Assessment, AssessmentTemplate, Domain, RecordAssessmentInput } from '#shared/assessments.ts';

/** One domain as the form holds it: every control's value as text, empty when not answered. */
export type DomainValues = {
  rating: string;
  selfRating: string;
  notes: string;
  answers: Record<string, string>;
};

export type AssessmentValues = { assessedOn: string; domains: Record<string, DomainValues> };

export const emptyDomain = (): DomainValues => ({ rating: '', selfRating: '', notes: '', answers: {} });

export const emptyAssessment = (template: AssessmentTemplate, assessedOn: string): AssessmentValues => ({
  assessedOn,
  domains: Object.fromEntries(template.domains.map((d) => [d.key, emptyDomain()])),
});

const text = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

/** A saved assessment as the form holds it, every domain of its template present. */
export const valuesOfAssessment = (template: AssessmentTemplate, a: Assessment): AssessmentValues => ({
  assessedOn: a.assessedOn,
  domains: Object.fromEntries(
    template.domains.map((d) => {
      const saved = a.domains[d.key];
      const answers = Object.fromEntries(Object.entries(saved?.answers ?? {}).map(([k, v]) => [k, text(v)]));
      return [
        d.key,
        {
          rating: text(saved?.rating),
          selfRating: text(saved?.selfRating),
          notes: text(saved?.notes),
          answers,
        },
      ];
    }),
  ),
});

/**
 * The domains as one flat list of fields, so two versions can be compared field by field:
 * `language.rating`, `language.selfRating`, `language.notes`, `language.answers.level`. Unanswered
 * questions are left out, so a question answered on one side only shows as changed.
 */
export function flatValues(values: AssessmentValues): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, d] of Object.entries(values.domains)) {
    flat[`${key}.rating`] = d.rating;
    flat[`${key}.selfRating`] = d.selfRating;
    flat[`${key}.notes`] = d.notes;
    for (const [q, v] of Object.entries(d.answers)) if (v.trim()) flat[`${key}.answers.${q}`] = v;
  }
  return flat;
}

/** The values with one flat field (as `flatValues` names it) set again. */
export function withField(values: AssessmentValues, field: string, value: string): AssessmentValues {
  const [key = '', part, question] = field.split('.');
  const domain = values.domains[key] ?? emptyDomain();
  const next =
    part === 'answers' && question
      ? { ...domain, answers: { ...domain.answers, [question]: value } }
      : part === 'rating' || part === 'selfRating' || part === 'notes'
        ? { ...domain, [part]: value }
        : domain;
  return { ...values, domains: { ...values.domains, [key]: next } };
}

type DomainInput = RecordAssessmentInput['domains'][string];

function domainInput(domain: Domain, v: DomainValues): DomainInput | null {
  const out: DomainInput = {};
  if (v.rating) out.rating = Number(v.rating);
  if (v.selfRating) out.selfRating = Number(v.selfRating);
  if (v.notes.trim()) out.notes = v.notes.trim();
  const answers: Record<string, string | number> = {};
  for (const q of domain.questions) {
    const value = (v.answers[q.key] ?? '').trim();
    if (value) answers[q.key] = q.type === 'scale' ? Number(value) : value;
  }
  if (Object.keys(answers).length) out.answers = answers;
  return Object.keys(out).length ? out : null;
}

/** The form's state as the API wants it: numbers for ratings and scales, unanswered domains left out. */
export function assessmentInput(
  template: AssessmentTemplate,
  values: AssessmentValues,
): RecordAssessmentInput {
  const domains: RecordAssessmentInput['domains'] = {};
  for (const domain of template.domains) {
    const input = domainInput(domain, values.domains[domain.key] ?? emptyDomain());
    if (input) domains[domain.key] = input;
  }
  return { templateId: template.id, assessedOn: values.assessedOn, domains };
}

/** A domain's or question's label in the interface language. */
export const labelOf = (item: { labelSv: string; labelEn: string }, language: string): string =>
  language === 'en' ? item.labelEn : item.labelSv;
