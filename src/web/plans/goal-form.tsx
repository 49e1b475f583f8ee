import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateGoalInput, UpdateGoalInput, goalStatuses, type PlanGoal } from '#shared/plans.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { useCreateGoal, useUpdateGoal } from './api.ts';
import { Heading } from './heading.tsx';
import { isConflict, planErrors } from './plan-errors.ts';

type Domain = { key: string; label: string };
type Status = PlanGoal['status'];

type Props = {
  participantId: string;
  domains: readonly Domain[];
  /** The goal to change; without it the form adds a new one. */
  goal?: PlanGoal;
  level: 3 | 4;
  onDone: (title: string) => void;
  onCancel?: () => void;
  onReload: () => void;
};

/** Adds a mål to the plan, or changes one (its words, its kartläggning domain, whether it is reached). */
export function GoalForm({ participantId, domains, goal, level, onDone, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const form = goal ? `goal-${goal.id}` : 'goal-new';
  const create = useCreateGoal(participantId);
  const update = useUpdateGoal(participantId);
  const [title, setTitle] = useState(goal?.title ?? '');
  const [domainKey, setDomainKey] = useState(goal?.domainKey ?? '');
  const [status, setStatus] = useState<Status>(goal?.status ?? 'open');
  const [errors, setErrors] = useState(noErrors);
  const [conflict, setConflict] = useState(false);
  const labels = { title: t('plan.goalTitle'), domainKey: t('plan.domain'), status: t('plan.goalStatus') };
  const pending = create.isPending || update.isPending;

  const failed = (error: unknown) => {
    setErrors(planErrors(t, error));
    setConflict(isConflict(error));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { title, domainKey: domainKey || null };
    if (goal) {
      const parsed = UpdateGoalInput.safeParse({ ...fields, status, version: goal.version });
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      setErrors(noErrors);
      update.mutate({ id: goal.id, ...parsed.data }, { onSuccess: () => onDone(title), onError: failed });
    } else {
      const parsed = CreateGoalInput.safeParse(fields);
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      setErrors(noErrors);
      create.mutate(
        { title: parsed.data.title, domainKey: parsed.data.domainKey ?? null },
        {
          onSuccess: () => {
            setTitle('');
            setDomainKey('');
            onDone(parsed.data.title);
          },
          onError: failed,
        },
      );
    }
  };

  return (
    <section className="panel" aria-labelledby={`${form}-heading`}>
      <Heading level={level} id={`${form}-heading`} className="panel__title">
        {goal ? t('plan.editGoal', { title: goal.title }) : t('plan.newGoal')}
      </Heading>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {conflict && (
        <p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('plan.reload')}
          </button>
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="title"
          label={labels.title}
          hint={t('plan.goalTitleHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.fields.title}
        />
        <SelectField
          form={form}
          name="domainKey"
          label={labels.domainKey}
          optional
          value={domainKey}
          onChange={(e) => setDomainKey(e.target.value)}
          error={errors.fields.domainKey}
        >
          <option value="">{t('plan.noDomain')}</option>
          {domains.map((d) => (
            <option key={d.key} value={d.key}>
              {d.label}
            </option>
          ))}
        </SelectField>
        {goal && (
          <SelectField
            form={form}
            name="status"
            label={labels.status}
            value={status}
            onChange={(e) => setStatus(e.target.value as Status)}
            error={errors.fields.status}
          >
            {goalStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`plan.goalStatuses.${s}`)}
              </option>
            ))}
          </SelectField>
        )}
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {pending ? t('form.sending') : goal ? t('plan.saveGoal') : t('plan.addGoal')}
          </button>
          {onCancel && (
            <button type="button" className="button-link" onClick={onCancel}>
              {t('plan.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
