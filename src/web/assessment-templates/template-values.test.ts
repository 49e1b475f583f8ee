import { describe, expect, it } from 'vitest';
import { PublishTemplateInput, type AssessmentTemplate } from '#shared/assessments.ts';
import { ApiError } from '#web/lib/api.ts';
import {
  buttonAfterMove,
  duplicateKeyIssues,
  fieldName,
  flatIssues,
  flatProblem,
  inFormOrder,
  moveItem,
  newDomain,
  newKeyFields,
  newOption,
  newQuestion,
  replaceItem,
  templateInput,
  tooFewOptionsIssues,
  valuesOf,
  withType,
  type QuestionValues,
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
      questions: [
        { key: 'what', labelSv: 'Vad?', labelEn: 'What?', type: 'text' },
        {
          key: 'level',
          labelSv: 'Nivå',
          labelEn: 'Level',
          type: 'choice',
          options: [
            { key: 'a', labelSv: 'A', labelEn: 'A' },
            { key: 'b', labelSv: 'B', labelEn: 'B' },
          ],
        },
        { key: 'bankid', labelSv: 'BankID', labelEn: 'BankID', type: 'scale' },
      ],
    },
  ],
};

/** A new question, filled in. */
const question = (key: string, type: QuestionValues['type'] = 'text'): QuestionValues =>
  withType({ ...newQuestion(), key, labelSv: `${key} sv`, labelEn: `${key} en` }, type);

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

  it('holds existing questions and options as fixed keys and types, new ones as chosen', () => {
    const [, strengths] = valuesOf(template).domains;
    expect(strengths!.questions.map((q) => [q.key, q.type, q.isNew])).toEqual([
      ['what', 'text', false],
      ['level', 'choice', false],
      ['bankid', 'scale', false],
    ]);
    expect(strengths!.questions[1]!.options.every((o) => !o.isNew)).toBe(true);
    expect(new Set(strengths!.questions.map((q) => q.id)).size).toBe(3);
    expect(newQuestion()).toMatchObject({ isNew: true, key: '', type: 'scale', options: [] });
  });

  it('moves an item up or down, and not past either end', () => {
    const { domains } = valuesOf(template);
    const keys = (list: typeof domains) => list.map((d) => d.key);
    expect(keys(moveItem(domains, 1, -1))).toEqual(['strengths', 'health']);
    expect(keys(moveItem(domains, 0, 1))).toEqual(['strengths', 'health']);
    expect(moveItem(domains, 0, -1)).toBe(domains);
    expect(moveItem(domains, 1, 1)).toBe(domains);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('keeps focus on the moved item: the same button, or the other one at an end', () => {
    expect(buttonAfterMove(2, -1, 4)).toBe('up');
    expect(buttonAfterMove(1, -1, 4)).toBe('down'); // now first: no "move up"
    expect(buttonAfterMove(1, 1, 4)).toBe('down');
    expect(buttonAfterMove(2, 1, 4)).toBe('up'); // now last: no "move down"
  });

  it('replaces an item by its id', () => {
    const { domains } = valuesOf(template);
    const renamed = { ...domains[1]!, labelSv: 'Styrkor och förmågor' };
    expect(replaceItem(domains, renamed).map((d) => d.labelSv)).toEqual(['Hälsa', 'Styrkor och förmågor']);
  });

  it('names the field of each issue by the domain, wherever it has moved', () => {
    const values = valuesOf(template);
    values.domains = moveItem(values.domains, 1, -1);
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

  it('changes the answer type of a new question only; a choice starts with two empty options', () => {
    const [, strengths] = valuesOf(template).domains;
    const existing = strengths!.questions[0]!;
    expect(withType(existing, 'choice')).toBe(existing);

    const added = newQuestion();
    const choice = withType(added, 'choice');
    expect(choice.type).toBe('choice');
    expect(choice.options).toHaveLength(2);
    expect(choice.options.every((o) => o.isNew && o.key === '')).toBe(true);
    // Away and back keeps what was typed in the options.
    choice.options[0]!.labelSv = 'Ja';
    const back = withType(withType(choice, 'text'), 'choice');
    expect(back.options.map((o) => o.labelSv)).toEqual(['Ja', '']);
    const many = { ...choice, options: [...choice.options, newOption()] };
    expect(withType(withType(many, 'scale'), 'choice').options).toHaveLength(3);
  });

  it('sends options for a choice only, and keys trimmed', () => {
    const values = valuesOf(template);
    const [health] = values.domains;
    const choice = { ...question('support', 'choice'), key: ' support ' };
    choice.options = choice.options.map((o, i) => ({
      ...o,
      key: ` o${i} `,
      labelSv: `O${i}`,
      labelEn: `O${i}`,
    }));
    const text = withType(choice, 'text');
    health!.questions.push(choice, { ...text, id: 'other', key: 'more' });
    const input = PublishTemplateInput.parse(templateInput(values));
    expect(input.domains[0]!.questions).toEqual([
      {
        key: 'support',
        labelSv: 'support sv',
        labelEn: 'support en',
        type: 'choice',
        options: [
          { key: 'o0', labelSv: 'O0', labelEn: 'O0' },
          { key: 'o1', labelSv: 'O1', labelEn: 'O1' },
        ],
      },
      { key: 'more', labelSv: 'support sv', labelEn: 'support en', type: 'text' },
    ]);
  });

  it('names the fields of questions and options by their ids, wherever they have moved', () => {
    const values = valuesOf(template);
    const strengths = values.domains[1]!;
    strengths.questions = moveItem(strengths.questions, 1, -1);
    const [level, what] = strengths.questions;
    const [a, b] = level!.options;
    level!.options = moveItem(level!.options, 1, -1);
    const at = (...rest: (string | number)[]) => fieldName(values, ['domains', 1, 'questions', ...rest]);
    expect(at(0, 'key')).toBe(`${level!.id}-key`);
    expect(at(1, 'type')).toBe(`${what!.id}-type`);
    expect(at(1)).toBe(`${what!.id}-labelSv`);
    expect(at(0, 'options')).toBe(`${level!.id}-options`);
    expect(at(0, 'options', 0, 'labelEn')).toBe(`${b!.id}-labelEn`);
    expect(at(0, 'options', 1)).toBe(`${a!.id}-labelSv`);
    expect(at(0, 'options', 9, 'key')).toBe(`${level!.id}-options`);
    expect(at(9, 'key')).toBe(`${strengths.id}-questions`);
    expect(fieldName(values, ['domains', 1, 'questions'])).toBe(`${strengths.id}-questions`);

    // The shared schema's own issues land on them too.
    a!.labelEn = '';
    what!.labelSv = ' ';
    const parsed = PublishTemplateInput.safeParse(templateInput(values));
    expect(flatIssues(values, parsed.error!.issues).issues.map((i) => i.path)).toEqual([
      [`${a!.id}-labelEn`],
      [`${what!.id}-labelSv`],
    ]);
  });

  it('finds a question key used twice in a domain and an option key used twice in a choice', () => {
    const values = valuesOf(template);
    const [health, strengths] = values.domains;
    // The same key in another domain is fine: answers are kept per domain.
    const again = question('what');
    health!.questions.push(question('what'));
    strengths!.questions.push(again);
    const level = strengths!.questions[1]!;
    const repeated = { ...newOption(), key: 'a', labelSv: 'A igen', labelEn: 'A again' };
    level.options.push(repeated);
    expect(duplicateKeyIssues(values).map((i) => fieldName(values, i.path))).toEqual([
      `${again.id}-key`,
      `${repeated.id}-key`,
    ]);
    // A text question's leftover options do not count.
    const leftover = withType({ ...question('other', 'choice'), options: [repeated, repeated] }, 'text');
    health!.questions.push(leftover);
    expect(duplicateKeyIssues(values)).toHaveLength(2);
  });

  it('refuses a choice with fewer than two options, on its list of options', () => {
    const values = valuesOf(template);
    const level = values.domains[1]!.questions[1]!;
    expect(tooFewOptionsIssues(values)).toEqual([]);
    level.options = level.options.slice(0, 1);
    const text = question('notes');
    values.domains[0]!.questions.push(text);
    expect(tooFewOptionsIssues(values).map((i) => fieldName(values, i.path))).toEqual([
      `${level.id}-options`,
    ]);
    level.options = [];
    // The shared schema refuses it too (the server's word); the form's check gives it its own message.
    expect(PublishTemplateInput.safeParse(templateInput(values)).success).toBe(false);
    expect(tooFewOptionsIssues(values)).toHaveLength(1);
  });

  it('lists the key fields that can be typed in, with what each is the key of', () => {
    const values = valuesOf(template);
    expect(newKeyFields(values)).toEqual([]);
    const domain = newDomain();
    const choice = question('support', 'choice');
    const text = { ...question('notes', 'choice'), type: 'text' as const };
    domain.questions.push(choice, text);
    values.domains[1]!.questions[1]!.options.push({ ...newOption(), key: 'c' });
    values.domains.push(domain);
    expect(newKeyFields(values)).toEqual([
      { name: `${values.domains[1]!.questions[1]!.options[2]!.id}-key`, kind: 'option' },
      { name: `${domain.id}-key`, kind: 'domain' },
      { name: `${choice.id}-key`, kind: 'question' },
      { name: `${choice.options[0]!.id}-key`, kind: 'option' },
      { name: `${choice.options[1]!.id}-key`, kind: 'option' },
      { name: `${text.id}-key`, kind: 'question' },
    ]);
  });

  it('puts issues in the order of the form, so the summary reads from the top', () => {
    const issue = (...path: (string | number)[]) => ({
      code: 'custom' as const,
      path,
      message: '',
      input: '',
    });
    const issues = [
      issue('domains', 1, 'key'),
      issue('domains', 0, 'questions', 2, 'options', 1, 'labelSv'),
      issue('domains', 0, 'questions', 2, 'options'),
      issue('domains', 0, 'questions', 2, 'options', 0, 'key'),
      issue('domains', 0, 'questions', 0, 'labelEn'),
      issue('domains', 0, 'labelSv'),
      issue('titleEn'),
      issue('domains', 0, 'questions', 0, 'key'),
      issue('titleSv'),
    ];
    expect(inFormOrder(issues).map((i) => i.path.join('.'))).toEqual([
      'titleSv',
      'titleEn',
      'domains.0.labelSv',
      'domains.0.questions.0.key',
      'domains.0.questions.0.labelEn',
      'domains.0.questions.2.options',
      'domains.0.questions.2.options.0.key',
      'domains.0.questions.2.options.1.labelSv',
      'domains.1.key',
    ]);
  });
});
