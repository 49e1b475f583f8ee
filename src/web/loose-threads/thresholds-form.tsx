import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LooseThreadsQuery } from '#shared/plans.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';
import type { ThreadQuery } from './api.ts';

const form = 'thresholds';
const fields = ['noContactDays', 'noPlanDays', 'assessmentDays', 'exitWithinDays', 'checkInDays'] as const;

type Props = { query: ThreadQuery; canSeeUnit: boolean; onApply: (query: ThreadQuery) => void };

/** The day limits that make something a loose thread, and (for unit managers) whose threads to show. */
export function ThresholdsForm({ query, canSeeUnit, onApply }: Props) {
  const { t } = useTranslation();
  const [scope, setScope] = useState(query.scope);
  const [days, setDays] = useState<Record<(typeof fields)[number], string>>({
    noContactDays: String(query.noContactDays),
    noPlanDays: String(query.noPlanDays),
    assessmentDays: String(query.assessmentDays),
    exitWithinDays: String(query.exitWithinDays),
    checkInDays: String(query.checkInDays),
  });
  const [errors, setErrors] = useState(noErrors);
  const labels = Object.fromEntries(fields.map((f) => [f, t(`looseThreads.${f}`)]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = LooseThreadsQuery.safeParse({ scope, ...days });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    onApply(parsed.data);
  };

  return (
    <details className="loose-threads__filters">
      <summary>{t('looseThreads.filters')}</summary>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        {canSeeUnit && (
          <RadioGroup
            form={form}
            name="scope"
            legend={t('looseThreads.scope')}
            value={scope}
            onChange={(v) => setScope(v as ThreadQuery['scope'])}
            options={(['mine', 'unit'] as const).map((s) => ({
              value: s,
              label: t(`looseThreads.scopes.${s}`),
            }))}
          />
        )}
        {fields.map((field) => (
          <TextField
            key={field}
            form={form}
            name={field}
            label={labels[field]!}
            hint={t('looseThreads.daysHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={field === 'assessmentDays' ? 730 : 365}
            width="short"
            value={days[field]}
            onChange={(e) => setDays({ ...days, [field]: e.target.value })}
            error={errors.fields[field]}
          />
        ))}
        <button className="button" type="submit">
          {t('looseThreads.show')}
        </button>
      </form>
    </details>
  );
}
