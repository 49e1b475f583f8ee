import { useTranslation } from 'react-i18next';
import { labelOf } from '#web/assessments/assessment-values.ts';
import { TextField } from '#web/components/field.tsx';
import { ItemButtons } from './item-buttons.tsx';
import { TemplateQuestionFieldset } from './template-question-fieldset.tsx';
import {
  buttonAfterMove,
  maxQuestions,
  moveItem,
  newQuestion,
  replaceItem,
  type DomainValues,
  type QuestionValues,
} from './template-values.ts';

type Props = {
  form: string;
  domain: DomainValues;
  position: number;
  count: number;
  errors: Record<string, string>;
  onChange: (domain: DomainValues) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** Focus the element with this id after the next render, and announce the message. */
  after: (focusId: string, announcement: string) => void;
};

/** One domain of the new version: its key (chosen only when new), its names, its questions and its place. */
export function TemplateDomainFieldset({ form, domain, position, count, errors, after, ...on }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = labelOf(domain, lang).trim() || t('templates.unnamed');
  const field = (suffix: string) => `${domain.id}-${suffix}`;
  const set = (key: 'key' | 'labelSv' | 'labelEn') => (e: { target: { value: string } }) =>
    on.onChange({ ...domain, [key]: e.target.value });
  const { questions } = domain;
  const setQuestions = (next: QuestionValues[]) => on.onChange({ ...domain, questions: next });
  const questionName = (q: QuestionValues) => labelOf(q, lang).trim() || t('templates.unnamedQuestion');

  const moveQuestion = (index: number, by: -1 | 1) => {
    const question = questions[index]!;
    setQuestions(moveItem(questions, index, by));
    after(
      `${form}-${question.id}-${buttonAfterMove(index, by, questions.length)}`,
      t('templates.questionMoved', {
        name: questionName(question),
        n: index + by + 1,
        count: questions.length,
      }),
    );
  };

  const removeQuestion = (index: number) => {
    const question = questions[index]!;
    setQuestions(questions.filter((_, i) => i !== index));
    after(
      `${form}-${field('questions-title')}`,
      t('templates.questionRemoved', { name: questionName(question) }),
    );
  };

  const addQuestion = () => {
    const question = newQuestion();
    setQuestions([...questions, question]);
    after(`${form}-${question.id}-key`, '');
  };

  return (
    <li className="template-domain">
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('templates.domainLegend', { n: position, name })}</legend>
        {domain.isNew ? (
          <TextField
            form={form}
            name={field('key')}
            label={t('templates.domainKey')}
            hint={t('templates.domainKeyHint')}
            width="medium"
            spellCheck={false}
            autoCapitalize="none"
            value={domain.key}
            onChange={set('key')}
            error={errors[field('key')]}
          />
        ) : (
          <p className="template-item__key">
            {t('templates.domainKey')}: <code>{domain.key}</code>
          </p>
        )}
        <TextField
          form={form}
          name={field('labelSv')}
          label={t('templates.labelSv')}
          lang="sv"
          value={domain.labelSv}
          onChange={set('labelSv')}
          error={errors[field('labelSv')]}
        />
        <TextField
          form={form}
          name={field('labelEn')}
          label={t('templates.labelEn')}
          lang="en"
          value={domain.labelEn}
          onChange={set('labelEn')}
          error={errors[field('labelEn')]}
        />
        <ItemButtons
          id={`${form}-${domain.id}`}
          position={position}
          count={count}
          removable={count > 1}
          hidden={name}
          onMove={on.onMove}
          onRemove={on.onRemove}
        />
        <div className="template-questions">
          <h3 className="template-questions__title" id={`${form}-${field('questions-title')}`} tabIndex={-1}>
            {t('templates.questionsTitle', { name })}
          </h3>
          <p className="field__hint">
            {questions.length === 0
              ? t('templates.questionsNone', { max: maxQuestions })
              : t('templates.questionsHint', { max: maxQuestions })}
          </p>
          {errors[field('questions')] && (
            <p className="field__error" id={`${form}-${field('questions')}`} tabIndex={-1}>
              {errors[field('questions')]}
            </p>
          )}
          {questions.length > 0 && (
            <ol className="template-questions__list">
              {questions.map((question, i) => (
                <TemplateQuestionFieldset
                  key={question.id}
                  form={form}
                  question={question}
                  position={i + 1}
                  count={questions.length}
                  errors={errors}
                  onChange={(next) => setQuestions(replaceItem(questions, next))}
                  onMove={(by) => moveQuestion(i, by)}
                  onRemove={() => removeQuestion(i)}
                  after={after}
                />
              ))}
            </ol>
          )}
          {questions.length < maxQuestions && (
            <p>
              <button type="button" className="button button--secondary button--small" onClick={addQuestion}>
                {t('templates.addQuestion')}
                <span className="visually-hidden"> {t('templates.addQuestionIn', { name })}</span>
              </button>
            </p>
          )}
        </div>
      </fieldset>
    </li>
  );
}
