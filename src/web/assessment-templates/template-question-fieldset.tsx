import { useTranslation } from 'react-i18next';
import { labelOf } from '#web/assessments/assessment-values.ts';
import { TextField } from '#web/components/field.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { ItemButtons } from './item-buttons.tsx';
import { TemplateOptionFieldset } from './template-option-fieldset.tsx';
import {
  buttonAfterMove,
  maxOptions,
  minOptions,
  moveItem,
  newOption,
  questionTypes,
  replaceItem,
  withType,
  type OptionValues,
  type QuestionValues,
} from './template-values.ts';

type Props = {
  form: string;
  question: QuestionValues;
  position: number;
  count: number;
  errors: Record<string, string>;
  onChange: (question: QuestionValues) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** Focus the element with this id after the next render, and announce the message. */
  after: (focusId: string, announcement: string) => void;
};

/**
 * One question: its key and answer type (chosen only when new, since saved answers are keyed by the one and
 * given in the other), its wording, and for a choice its options.
 */
export function TemplateQuestionFieldset({ form, question, position, count, errors, after, ...on }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = labelOf(question, lang).trim() || t('templates.unnamedQuestion');
  const field = (suffix: string) => `${question.id}-${suffix}`;
  const set = (key: 'key' | 'labelSv' | 'labelEn') => (e: { target: { value: string } }) =>
    on.onChange({ ...question, [key]: e.target.value });
  const { options } = question;
  const setOptions = (next: OptionValues[]) => on.onChange({ ...question, options: next });
  const optionName = (o: OptionValues) => labelOf(o, lang).trim() || t('templates.unnamedOption');

  const moveOption = (index: number, by: -1 | 1) => {
    const option = options[index]!;
    setOptions(moveItem(options, index, by));
    after(
      `${form}-${option.id}-${buttonAfterMove(index, by, options.length)}`,
      t('templates.optionMoved', { name: optionName(option), n: index + by + 1, count: options.length }),
    );
  };

  const removeOption = (index: number) => {
    const option = options[index]!;
    setOptions(options.filter((_, i) => i !== index));
    after(`${form}-${field('options-title')}`, t('templates.optionRemoved', { name: optionName(option) }));
  };

  const addOption = () => {
    const option = newOption();
    setOptions([...options, option]);
    after(`${form}-${option.id}-key`, '');
  };

  return (
    <li className="template-question">
      <fieldset className="fieldset">
        <legend className="template-item__legend">
          {t('templates.questionLegend', { q: position, name })}
        </legend>
        {question.isNew ? (
          <TextField
            form={form}
            name={field('key')}
            label={t('templates.domainKey')}
            hint={t('templates.questionKeyHint')}
            width="medium"
            spellCheck={false}
            autoCapitalize="none"
            value={question.key}
            onChange={set('key')}
            error={errors[field('key')]}
          />
        ) : (
          <p className="template-item__key">
            {t('templates.domainKey')}: <code>{question.key}</code>
          </p>
        )}
        <TextField
          form={form}
          name={field('labelSv')}
          label={t('templates.questionSv')}
          lang="sv"
          value={question.labelSv}
          onChange={set('labelSv')}
          error={errors[field('labelSv')]}
        />
        <TextField
          form={form}
          name={field('labelEn')}
          label={t('templates.questionEn')}
          lang="en"
          value={question.labelEn}
          onChange={set('labelEn')}
          error={errors[field('labelEn')]}
        />
        {question.isNew ? (
          <RadioGroup
            form={form}
            name={field('type')}
            legend={t('templates.type')}
            hint={t('templates.typeHint')}
            small
            value={question.type}
            onChange={(value) => {
              const type = questionTypes.find((candidate) => candidate === value);
              if (type) on.onChange(withType(question, type));
            }}
            options={questionTypes.map((type) => ({
              value: type,
              label: t(`templates.typeOptions.${type}`),
            }))}
            error={errors[field('type')]}
          />
        ) : (
          <div className="field">
            <p className="template-item__key">
              {t('templates.type')}: {t(`templates.typeOptions.${question.type}`)}
            </p>
            <p className="field__hint">{t('templates.typeKeptHint')}</p>
          </div>
        )}
        <ItemButtons
          id={`${form}-${question.id}`}
          position={position}
          count={count}
          removable
          hidden={t('templates.questionHidden', { name })}
          onMove={on.onMove}
          onRemove={on.onRemove}
        />
        {question.type === 'choice' && (
          <div className="template-options">
            <h4 className="template-options__title" id={`${form}-${field('options-title')}`} tabIndex={-1}>
              {t('templates.optionsTitle', { name })}
            </h4>
            <p className="field__hint">{t('templates.optionsHint', { min: minOptions, max: maxOptions })}</p>
            {errors[field('options')] && (
              <p className="field__error" id={`${form}-${field('options')}`} tabIndex={-1}>
                {errors[field('options')]}
              </p>
            )}
            <ol className="template-options__list">
              {options.map((option, i) => (
                <TemplateOptionFieldset
                  key={option.id}
                  form={form}
                  option={option}
                  position={i + 1}
                  count={options.length}
                  removable={options.length > minOptions}
                  errors={errors}
                  onChange={(next) => setOptions(replaceItem(options, next))}
                  onMove={(by) => moveOption(i, by)}
                  onRemove={() => removeOption(i)}
                />
              ))}
            </ol>
            {options.length < maxOptions && (
              <p>
                <button type="button" className="button button--secondary button--small" onClick={addOption}>
                  {t('templates.addOption')}
                  <span className="visually-hidden"> {t('templates.addOptionTo', { name })}</span>
                </button>
              </p>
            )}
          </div>
        )}
      </fieldset>
    </li>
  );
}
