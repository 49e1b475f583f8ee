import { useTranslation } from 'react-i18next';
import { labelOf } from '#web/assessments/assessment-values.ts';
import { TextField } from '#web/components/field.tsx';
import { ItemButtons } from './item-buttons.tsx';
import type { OptionValues } from './template-values.ts';

type Props = {
  form: string;
  option: OptionValues;
  position: number;
  count: number;
  removable: boolean;
  errors: Record<string, string>;
  onChange: (option: OptionValues) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One option of a choice: its key (chosen only when new, since saved answers hold it) and its names. */
export function TemplateOptionFieldset({ form, option, position, count, removable, errors, ...on }: Props) {
  const { t, i18n } = useTranslation();
  const name = labelOf(option, i18n.language).trim() || t('templates.unnamedOption');
  const field = (suffix: string) => `${option.id}-${suffix}`;
  const set = (key: 'key' | 'labelSv' | 'labelEn') => (e: { target: { value: string } }) =>
    on.onChange({ ...option, [key]: e.target.value });

  return (
    <li className="template-option">
      <fieldset className="fieldset">
        <legend className="template-item__legend">
          {t('templates.optionLegend', { o: position, name })}
        </legend>
        {option.isNew ? (
          <TextField
            form={form}
            name={field('key')}
            label={t('templates.domainKey')}
            hint={t('templates.optionKeyHint')}
            width="medium"
            spellCheck={false}
            autoCapitalize="none"
            value={option.key}
            onChange={set('key')}
            error={errors[field('key')]}
          />
        ) : (
          <p className="template-item__key">
            {t('templates.domainKey')}: <code>{option.key}</code>
          </p>
        )}
        <TextField
          form={form}
          name={field('labelSv')}
          label={t('templates.optionSv')}
          lang="sv"
          value={option.labelSv}
          onChange={set('labelSv')}
          error={errors[field('labelSv')]}
        />
        <TextField
          form={form}
          name={field('labelEn')}
          label={t('templates.optionEn')}
          lang="en"
          value={option.labelEn}
          onChange={set('labelEn')}
          error={errors[field('labelEn')]}
        />
        <ItemButtons
          id={`${form}-${option.id}`}
          position={position}
          count={count}
          removable={removable}
          hidden={t('templates.optionHidden', { name })}
          onMove={on.onMove}
          onRemove={on.onRemove}
        />
      </fieldset>
    </li>
  );
}
