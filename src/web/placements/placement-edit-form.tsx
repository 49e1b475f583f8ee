import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdatePlacementInput, type Placement } from '#shared/placements.ts';
import type { PlanGoal } from '#shared/plans.ts';
import { dateInWords } from '#web/components/conflict-values.ts';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { currentOf, useChosenEmployer, useUpdatePlacement } from './api.ts';
import { PanelForm } from './panel-form.tsx';
import { formErrors } from './placement-errors.ts';
import { PlacementFields, placementLabels } from './placement-fields.tsx';
import { kindLabel } from './placement-text.ts';
import { placementFieldKey, placementValues, updateInput, type PlacementValues } from './placement-values.ts';

type Props = {
  participantId: string;
  placement: Placement;
  name: string;
  goals: readonly PlanGoal[];
  latest: () => Promise<Placement | undefined>;
  onDone: () => void;
  onCancel: () => void;
};

/** Changes a placement at the version the coach read; a 409 shows what someone else changed. */
export function PlacementEditForm({
  participantId,
  placement,
  name,
  goals,
  latest,
  onDone,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation();
  const form = `placement-${placement.id}-edit`;
  const update = useUpdatePlacement(participantId, placement.id);
  const employer = useChosenEmployer(placement.employerId);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: placement,
    valuesOf: placementValues,
    latest,
  });
  const labels = placementLabels(t);
  const messages = {
    kind: t('placements.chooseKind'),
    hoursPerWeek: t('placements.hoursError'),
    endsOn: t('placements.endsOnError'),
  };

  const show = (field: keyof PlacementValues & string, v: PlacementValues) => {
    if (field === 'kind') return v.kind ? kindLabel(v.kind as Placement['kind'], i18n.language) : undefined;
    if (field === 'status') return t(`placements.statuses.${v.status as Placement['status']}`);
    if (field === 'supervisorMode') return t(`placements.supervisorModes.${v.supervisorMode}`);
    if (field === 'goalIds')
      return (
        v.goalIds.map((id) => goals.find((g) => g.id === id)?.title ?? '?').join(', ') ||
        t('placements.noGoals')
      );
    return dateInWords(v[field], i18n.language);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdatePlacementInput.safeParse(updateInput(values, base.version));
    if (!parsed.success) return setErrors(formErrors(t, parsed.error, placementFieldKey, messages));
    saving();
    update.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) =>
        failed(error, (e) => formErrors(t, e, placementFieldKey, messages), currentOf(error)),
    });
  };

  return (
    <PanelForm
      form={form}
      level={4}
      heading={t('placements.editTitle', { name })}
      errors={errors}
      labels={labels}
      conflict={{ show, ...notice }}
      pending={update.isPending}
      submitLabel={t('common.save')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <PlacementFields
        form={form}
        values={values}
        onChange={setValues}
        errors={errors.fields}
        goals={goals}
        contacts={employer.data?.contacts}
        withStatus
      />
    </PanelForm>
  );
}
