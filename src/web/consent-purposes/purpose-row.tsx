import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateConsentPurposeInput, type ConsentPurpose } from '#shared/consents.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { useUpdateConsentPurpose } from './api.ts';

/** One purpose: its names and state; the organisation's own can be renamed, archived and brought back. */
export function PurposeRow({ purpose }: { purpose: ConsentPurpose }) {
  const { t } = useTranslation();
  const update = useUpdateConsentPurpose(purpose.key);
  const [names, setNames] = useState({ labelSv: purpose.labelSv, labelEn: purpose.labelEn });
  const [errors, setErrors] = useState(noErrors);
  const form = `purpose-${purpose.key}`;
  const labels = { labelSv: t('consentPurposes.labelSv'), labelEn: t('consentPurposes.labelEn') };

  const rename = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateConsentPurposeInput.safeParse(names);
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    update.mutate(parsed.data, { onError: (error) => setErrors(errorsFromProblem(t, error)) });
  };

  return (
    <tr>
      <th scope="row" lang="sv">
        {purpose.labelSv}
      </th>
      <td lang="en">{purpose.labelEn}</td>
      <td>
        <code>{purpose.key}</code>
      </td>
      <td>
        <span className={purpose.archived ? 'tag tag--muted' : 'tag tag--success'}>
          {purpose.builtIn
            ? t('consentPurposes.builtIn')
            : purpose.archived
              ? t('consentPurposes.archived')
              : t('consentPurposes.own')}
        </span>
      </td>
      <td>
        {!purpose.builtIn && (
          <>
            <button
              type="button"
              className="button-link"
              onClick={() => update.mutate({ archived: !purpose.archived })}
            >
              {purpose.archived
                ? t('consentPurposes.restore', { name: purpose.labelSv })
                : t('consentPurposes.archive', { name: purpose.labelSv })}
            </button>
            <details>
              <summary>{t('consentPurposes.rename', { name: purpose.labelSv })}</summary>
              <ErrorSummary form={form} errors={errors} labels={labels} />
              <form className="form" onSubmit={rename} noValidate>
                {(['labelSv', 'labelEn'] as const).map((name) => (
                  <TextField
                    key={name}
                    form={form}
                    name={name}
                    label={labels[name]}
                    lang={name === 'labelSv' ? 'sv' : 'en'}
                    value={names[name]}
                    onChange={(e) => setNames({ ...names, [name]: e.target.value })}
                    error={errors.fields[name]}
                  />
                ))}
                <button className="button" type="submit" disabled={update.isPending}>
                  {t('common.save')}
                </button>
              </form>
            </details>
          </>
        )}
      </td>
    </tr>
  );
}
