import { useTranslation } from 'react-i18next';
import { labelOf } from '#web/assessments/assessment-values.ts';
import { TextField } from '#web/components/field.tsx';
import type { DomainValues } from './template-values.ts';

type Props = {
  form: string;
  domain: DomainValues;
  position: number;
  count: number;
  errors: Record<string, string>;
  onChange: (domain: DomainValues) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One domain of the new version: its key (chosen only when new), its names, and its place in the order. */
export function TemplateDomainFieldset({ form, domain, position, count, errors, ...on }: Props) {
  const { t, i18n } = useTranslation();
  const name = labelOf(domain, i18n.language).trim() || t('templates.unnamed');
  const field = (suffix: string) => `${domain.id}-${suffix}`;
  const set = (key: 'key' | 'labelSv' | 'labelEn') => (e: { target: { value: string } }) =>
    on.onChange({ ...domain, [key]: e.target.value });
  const hidden = <span className="visually-hidden"> {name}</span>;

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
          <p className="template-domain__key">
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
        {domain.questions.length > 0 && (
          <div className="template-domain__questions">
            <p>{t('templates.questionsKept')}</p>
            <ul>
              {domain.questions.map((q) => (
                <li key={q.key}>
                  {labelOf(q, i18n.language)} ({t(`templates.questionTypes.${q.type}`)})
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="button-row">
          {position > 1 && (
            <button
              type="button"
              id={`${form}-${field('up')}`}
              className="button button--secondary button--small"
              onClick={() => on.onMove(-1)}
            >
              {t('templates.moveUp')}
              {hidden}
            </button>
          )}
          {position < count && (
            <button
              type="button"
              id={`${form}-${field('down')}`}
              className="button button--secondary button--small"
              onClick={() => on.onMove(1)}
            >
              {t('templates.moveDown')}
              {hidden}
            </button>
          )}
          {count > 1 && (
            <button type="button" className="button button--secondary button--small" onClick={on.onRemove}>
              {t('templates.remove')}
              {hidden}
            </button>
          )}
        </div>
      </fieldset>
    </li>
  );
}
