import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateStepInput,
  UpdateStepInput,
  stepStatuses,
  type PlanGoal,
  type PlanStep,
} from '#shared/plans.ts';
import type { TeamMember } from '#shared/teams.ts';
import { dateInWords } from '#web/components/conflict-values.ts';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromZod } from '#web/components/form-errors.ts';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { useCreateStep, useUpdateStep } from './api.ts';
import { planErrors } from './plan-errors.ts';
import { PlanForm } from './plan-form.tsx';
import { ownerChoice, ownerFields, participantOwner } from './plan-values.ts';

type Props = {
  participantId: string;
  goal: PlanGoal;
  /** The step to change; without it the form adds a new step to the goal. */
  step?: PlanStep | undefined;
  team: readonly TeamMember[];
  onDone: (title: string) => void;
  onCancel: () => void;
  /** Fetches the step as it is now, after someone else changed it. */
  latest: (stepId: string) => Promise<PlanStep | undefined>;
};

/** `owner` is the owner choice: a user id, `participant`, or '' for nobody. */
const stepValues = (step: PlanStep | undefined) => ({
  title: step?.title ?? '',
  owner: step ? ownerChoice(step) : '',
  dueOn: step?.dueOn ?? '',
  status: (step?.status ?? 'todo') as string,
});

/** Adds a steg to a mål, or changes one: what, who owns it (someone in her team, she herself, nobody), by when. */
export function StepForm({ participantId, goal, step, team, onDone, onCancel, latest }: Props) {
  const { t, i18n } = useTranslation();
  const form = step ? `step-${step.id}` : `step-new-${goal.id}`;
  const create = useCreateStep(participantId);
  const update = useUpdateStep(participantId);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: step,
    valuesOf: stepValues,
    latest: () => (step ? latest(step.id) : Promise.resolve(undefined)),
  });
  const set = (change: Partial<typeof values>) => setValues({ ...values, ...change });
  const labels = {
    title: t('plan.stepTitle'),
    owner: t('plan.owner'),
    ownerUserId: t('plan.owner'),
    dueOn: t('plan.dueOn'),
    status: t('plan.status'),
  };
  const onError = (error: unknown) => failed(error, (e) => planErrors(t, e));
  // A step owned by someone who has since left the team keeps that owner as a choice.
  const members =
    step?.ownerUserId && !team.some((m) => m.userId === step.ownerUserId)
      ? [
          ...team.map((m) => ({ userId: m.userId, name: m.name })),
          { userId: step.ownerUserId, name: step.ownerName ?? '' },
        ]
      : team.map((m) => ({ userId: m.userId, name: m.name }));

  const ownerName = (owner: string) =>
    owner === participantOwner
      ? t('plan.participantOwner')
      : owner
        ? (members.find((m) => m.userId === owner)?.name ?? owner)
        : t('plan.noOwner');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { title: values.title, ...ownerFields(values.owner), dueOn: values.dueOn || null };
    if (base) {
      const parsed = UpdateStepInput.safeParse({ ...fields, status: values.status, version: base.version });
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      saving();
      update.mutate({ id: base.id, ...parsed.data }, { onSuccess: () => onDone(values.title), onError });
    } else {
      const parsed = CreateStepInput.safeParse(fields);
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      saving();
      create.mutate(
        { goalId: goal.id, ...parsed.data },
        {
          onSuccess: () => {
            setValues(stepValues(undefined));
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
      level={4}
      heading={step ? t('plan.editStep', { title: step.title }) : t('plan.newStepFor', { title: goal.title })}
      errors={errors}
      labels={labels}
      conflict={{
        show: (field, v) => {
          if (field === 'owner') return ownerName(v.owner);
          if (field === 'dueOn') return dateInWords(v.dueOn, i18n.language) ?? t('plan.noDate');
          if (field === 'status') return t(`plan.stepStatuses.${v.status}`, { defaultValue: v.status });
          return undefined;
        },
        ...notice,
      }}
      pending={create.isPending || update.isPending}
      submitLabel={step ? t('plan.saveStep') : t('plan.addStep')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        form={form}
        name="title"
        label={labels.title}
        value={values.title}
        onChange={(e) => set({ title: e.target.value })}
        error={errors.fields.title}
      />
      <SelectField
        form={form}
        name="ownerUserId"
        label={labels.ownerUserId}
        hint={t('plan.ownerHint')}
        value={values.owner}
        onChange={(e) => set({ owner: e.target.value })}
        error={errors.fields.ownerUserId}
      >
        <option value="">{t('plan.noOwner')}</option>
        <option value={participantOwner}>{t('plan.participantOwner')}</option>
        {members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <TextField
        form={form}
        name="dueOn"
        type="date"
        width="short"
        label={labels.dueOn}
        hint={t('plan.dueOnHint')}
        optional
        value={values.dueOn}
        onChange={(e) => set({ dueOn: e.target.value })}
        error={errors.fields.dueOn}
      />
      {step && (
        <SelectField
          form={form}
          name="status"
          label={labels.status}
          value={values.status}
          onChange={(e) => set({ status: e.target.value })}
          error={errors.fields.status}
        >
          {stepStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`plan.stepStatuses.${s}`)}
            </option>
          ))}
        </SelectField>
      )}
    </PlanForm>
  );
}
