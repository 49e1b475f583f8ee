import type { AssessmentTemplate, Domain, RecordAssessmentInput } from '#shared/assessments.ts';

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
