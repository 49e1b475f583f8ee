import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePlacementInput } from '#shared/placements.ts';
import type { PlanGoal } from '#shared/plans.ts';
import { noErrors } from '#web/components/form-errors.ts';
import { useChosenEmployer, useCreatePlacement, useEmployerChoices } from './api.ts';
import { PanelForm } from './panel-form.tsx';
import { formErrors } from './placement-errors.ts';
import { PlacementFields, placementLabels } from './placement-fields.tsx';
import { createInput, emptyPlacement, placementFieldKey } from './placement-values.ts';

type Props = {
  participantId: string;
  /** Prefilled from a suggestion. */
  employerId: string;
  kind: string;
  goals: readonly PlanGoal[];
  onDone: () => void;
  onCancel: () => void;
};

/** Books a placement with one of the unit's employers, her goals picked from her plan. */
export function PlacementCreateForm({ participantId, employerId, kind, goals, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = 'placement-new';
  const create = useCreatePlacement(participantId);
  const choices = useEmployerChoices();
  const [values, setValues] = useState(() => emptyPlacement(employerId, kind));
  const [errors, setErrors] = useState(noErrors);
  const chosen = useChosenEmployer(values.employerId);
  const labels = placementLabels(t);
  const messages = {
    kind: t('placements.chooseKind'),
    employerId: t('placements.chooseEmployer'),
    supervisorContactName: t('placements.chooseContact'),
    hoursPerWeek: t('placements.hoursError'),
    endsOn: t('placements.endsOnError'),
  };
  // A suggested employer beyond the list's first page is still offered.
  const items = choices.data?.items ?? [];
  const employers = {
    items: chosen.data && !items.some((e) => e.id === chosen.data.id) ? [chosen.data, ...items] : items,
    total: choices.data?.total ?? 0,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreatePlacementInput.safeParse(createInput(values));
    if (!parsed.success) return setErrors(formErrors(t, parsed.error, placementFieldKey, messages));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setErrors(formErrors(t, error, placementFieldKey, messages)),
    });
  };

  return (
    <PanelForm
      form={form}
      level={3}
      heading={t('placements.createTitle')}
      lead={t('placements.createLead')}
      errors={errors}
      labels={labels}
      pending={create.isPending}
      submitLabel={t('placements.create')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <PlacementFields
        form={form}
        values={values}
        onChange={setValues}
        errors={errors.fields}
        goals={goals}
        employers={employers}
        contacts={chosen.data?.contacts}
      />
    </PanelForm>
  );
}
