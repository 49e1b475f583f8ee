import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateGoalInput, UpdateGoalInput, goalStatuses, type PlanGoal } from '#shared/plans.ts';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromZod } from '#web/components/form-errors.ts';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { useCreateGoal, useUpdateGoal } from './api.ts';
import { planErrors } from './plan-errors.ts';
import { PlanForm } from './plan-form.tsx';

type Domain = { key: string; label: string };

type Props = {
  participantId: string;
  domains: readonly Domain[];
  /** The goal to change; without it the form adds a new one. */
  goal?: PlanGoal | undefined;
  level: 3 | 4;
  onDone: (title: string) => void;
  onCancel?: () => void;
  /** Fetches the goal as it is now, after someone else changed it. */
  latest: (goalId: string) => Promise<PlanGoal | undefined>;
};

const goalValues = (goal: PlanGoal | undefined) => ({
  title: goal?.title ?? '',
  domainKey: goal?.domainKey ?? '',
  status: (goal?.status ?? 'open') as string,
});

/** Adds a mål to the plan, or changes one (its words, its kartläggning domain, whether it is reached). */
export function GoalForm({ participantId, domains, goal, level, onDone, onCancel, latest }: Props) {
  const { t } = useTranslation();
  const form = goal ? `goal-${goal.id}` : 'goal-new';
  const create = useCreateGoal(participantId);
  const update = useUpdateGoal(participantId);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: goal,
    valuesOf: goalValues,
    latest: () => (goal ? latest(goal.id) : Promise.resolve(undefined)),
  });
  const set = (change: Partial<typeof values>) => setValues({ ...values, ...change });
  const labels = { title: t('plan.goalTitle'), domainKey: t('plan.domain'), status: t('plan.goalStatus') };
  const onError = (error: unknown) => failed(error, (e) => planErrors(t, e));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { title: values.title, domainKey: values.domainKey || null };
    if (base) {
      const parsed = UpdateGoalInput.safeParse({ ...fields, status: values.status, version: base.version });
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      saving();
      update.mutate({ id: base.id, ...parsed.data }, { onSuccess: () => onDone(values.title), onError });
    } else {
      const parsed = CreateGoalInput.safeParse(fields);
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      saving();
      create.mutate(
        { title: parsed.data.title, domainKey: parsed.data.domainKey ?? null },
        {
          onSuccess: () => {
            setValues(goalValues(undefined));
            onDone(parsed.data.title);
          },
          onError,
        },
      );
    }
  };

  return (
    <PlanForm
      form={form}
      level={level}
      heading={goal ? t('plan.editGoal', { title: goal.title }) : t('plan.newGoal')}
      errors={errors}
      labels={labels}
      conflict={{
        show: (field, v) => {
          if (field === 'domainKey')
            return domains.find((d) => d.key === v.domainKey)?.label ?? (v.domainKey || t('plan.noDomain'));
          if (field === 'status') return t(`plan.goalStatuses.${v.status}`, { defaultValue: v.status });
          return undefined;
        },
        ...notice,
      }}
      pending={create.isPending || update.isPending}
      submitLabel={goal ? t('plan.saveGoal') : t('plan.addGoal')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        form={form}
        name="title"
        label={labels.title}
        hint={t('plan.goalTitleHint')}
        value={values.title}
        onChange={(e) => set({ title: e.target.value })}
        error={errors.fields.title}
      />
      <SelectField
        form={form}
        name="domainKey"
        label={labels.domainKey}
        optional
        value={values.domainKey}
        onChange={(e) => set({ domainKey: e.target.value })}
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
          value={values.status}
          onChange={(e) => set({ status: e.target.value })}
          error={errors.fields.status}
        >
          {goalStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`plan.goalStatuses.${s}`)}
            </option>
          ))}
        </SelectField>
      )}
    </PlanForm>
  );
}
