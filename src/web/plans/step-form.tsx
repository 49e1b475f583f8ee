import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateStepInput,
  UpdateStepInput,
  stepStatuses,
  type PlanGoal,
  type PlanStep,
} from '#shared/plans.ts';
import type { TeamMember } from '#shared/teams.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { useCreateStep, useUpdateStep } from './api.ts';
import { Heading } from './heading.tsx';
import { isConflict, planErrors } from './plan-errors.ts';
import { ownerChoice, ownerFields, participantOwner } from './plan-values.ts';

type Status = PlanStep['status'];

type Props = {
  participantId: string;
  goal: PlanGoal;
  /** The step to change; without it the form adds a new step to the goal. */
  step?: PlanStep;
  team: readonly TeamMember[];
  onDone: (title: string) => void;
  onCancel: () => void;
  onReload: () => void;
};

/** Adds a steg to a mål, or changes one: what, who owns it (someone in her team, she herself, nobody), by when. */
export function StepForm({ participantId, goal, step, team, onDone, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const form = step ? `step-${step.id}` : `step-new-${goal.id}`;
  const create = useCreateStep(participantId);
  const update = useUpdateStep(participantId);
  const [title, setTitle] = useState(step?.title ?? '');
  const [owner, setOwner] = useState(step ? ownerChoice(step) : '');
  const [dueOn, setDueOn] = useState(step?.dueOn ?? '');
  const [status, setStatus] = useState<Status>(step?.status ?? 'todo');
  const [errors, setErrors] = useState(noErrors);
  const [conflict, setConflict] = useState(false);
  const labels = {
    title: t('plan.stepTitle'),
    ownerUserId: t('plan.owner'),
    dueOn: t('plan.dueOn'),
    status: t('plan.status'),
  };
  const pending = create.isPending || update.isPending;
  // A step owned by someone who has since left the team keeps that owner as a choice.
  const members =
    step?.ownerUserId && !team.some((m) => m.userId === step.ownerUserId)
      ? [
          ...team.map((m) => ({ userId: m.userId, name: m.name })),
          { userId: step.ownerUserId, name: step.ownerName ?? '' },
        ]
      : team.map((m) => ({ userId: m.userId, name: m.name }));

  const failed = (error: unknown) => {
    setErrors(planErrors(t, error));
    setConflict(isConflict(error));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { title, ...ownerFields(owner), dueOn: dueOn || null };
    if (step) {
      const parsed = UpdateStepInput.safeParse({ ...fields, status, version: step.version });
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      setErrors(noErrors);
      update.mutate({ id: step.id, ...parsed.data }, { onSuccess: () => onDone(title), onError: failed });
    } else {
      const parsed = CreateStepInput.safeParse(fields);
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      setErrors(noErrors);
      create.mutate(
        { goalId: goal.id, ...parsed.data },
        {
          onSuccess: () => {
            setTitle('');
            setOwner('');
            setDueOn('');
            onDone(parsed.data.title);
          },
          onError: failed,
        },
      );
    }
  };

  return (
    <section className="panel" aria-labelledby={`${form}-heading`}>
      <Heading level={4} id={`${form}-heading`} className="panel__title">
        {step ? t('plan.editStep', { title: step.title }) : t('plan.newStepFor', { title: goal.title })}
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
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.fields.title}
        />
        <SelectField
          form={form}
          name="ownerUserId"
          label={labels.ownerUserId}
          hint={t('plan.ownerHint')}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
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
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={errors.fields.dueOn}
        />
        {step && (
          <SelectField
            form={form}
            name="status"
            label={labels.status}
            value={status}
            onChange={(e) => setStatus(e.target.value as Status)}
            error={errors.fields.status}
          >
            {stepStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`plan.stepStatuses.${s}`)}
              </option>
            ))}
          </SelectField>
        )}
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {pending ? t('form.sending') : step ? t('plan.saveStep') : t('plan.addStep')}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('plan.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
