import { describe, expect, it } from 'vitest';
import { PublishTemplateInput, type AssessmentTemplate } from '#shared/assessments.ts';
import { ApiError } from '#web/lib/api.ts';
import {
  duplicateKeyIssues,
  fieldName,
  flatIssues,
  flatProblem,
  moveDomain,
  newDomain,
  templateInput,
  valuesOf,
} from './template-values.ts';

const template: AssessmentTemplate = {
  id: '00000000-0000-7000-8000-000000000001',
  key: 'default',
  version: 1,
  titleSv: 'Kartläggning',
  titleEn: 'Holistic assessment',
  builtIn: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  domains: [
    { key: 'health', labelSv: 'Hälsa', labelEn: 'Health', questions: [] },
    {
      key: 'strengths',
      labelSv: 'Styrkor',
      labelEn: 'Strengths',
      questions: [{ key: 'what', labelSv: 'Vad?', labelEn: 'What?', type: 'text' }],
    },
  ],
};

describe('a new version of a template', () => {
  it('starts from the current one, questions and all, and goes back as the same input', () => {
    const values = valuesOf(template);
    expect(values.domains.every((d) => !d.isNew)).toBe(true);
    const input = PublishTemplateInput.parse(templateInput(values));
    expect(input).toEqual({
      key: 'default',
      titleSv: 'Kartläggning',
      titleEn: 'Holistic assessment',
      domains: template.domains,
    });
  });

  it('moves a domain up or down, and not past either end', () => {
    const { domains } = valuesOf(template);
    const keys = (list: typeof domains) => list.map((d) => d.key);
    expect(keys(moveDomain(domains, 1, -1))).toEqual(['strengths', 'health']);
    expect(keys(moveDomain(domains, 0, 1))).toEqual(['strengths', 'health']);
    expect(moveDomain(domains, 0, -1)).toBe(domains);
    expect(moveDomain(domains, 1, 1)).toBe(domains);
  });

  it('names the field of each issue by the domain, wherever it has moved', () => {
    const values = valuesOf(template);
    values.domains = moveDomain(values.domains, 1, -1);
    const [strengths, health] = values.domains;
    expect(fieldName(values, ['domains', 0, 'labelEn'])).toBe(`${strengths!.id}-labelEn`);
    expect(fieldName(values, ['domains', 1])).toBe(`${health!.id}-labelSv`);
    expect(fieldName(values, ['domains'])).toBe('domains');
    expect(fieldName(values, ['titleSv'])).toBe('titleSv');

    health!.labelSv = ' ';
    const parsed = PublishTemplateInput.safeParse(templateInput(values));
    expect(flatIssues(values, parsed.error!.issues).issues.map((i) => i.path)).toEqual([
      [`${health!.id}-labelSv`],
    ]);
    const refusal = new ApiError({
      type: 'about:blank',
      title: 'Invalid input',
      status: 400,
      code: 'validation',
      errors: [{ path: ['domains', 0, 'key'], message: 'invalid', code: 'invalid_format' }],
    });
    expect((flatProblem(values, refusal) as ApiError).problem.errors?.[0]?.path).toEqual([
      `${strengths!.id}-key`,
    ]);
  });

  it('finds a key used twice, on the later domain', () => {
    const values = valuesOf(template);
    const added = { ...newDomain(), key: 'health ', labelSv: 'Hälsa igen', labelEn: 'Health again' };
    values.domains.push(added);
    expect(duplicateKeyIssues(values).map((i) => fieldName(values, i.path))).toEqual([`${added.id}-key`]);
    added.key = 'language_friend';
    expect(duplicateKeyIssues(values)).toEqual([]);
  });
});
