import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EndPlacementInput, type Placement } from '#shared/placements.ts';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { dateInWords } from '#web/components/conflict-values.ts';
import { todayIso } from '#web/lib/format.ts';
import { currentOf, useEndPlacement } from './api.ts';
import { PanelForm } from './panel-form.tsx';

type Props = {
  participantId: string;
  placement: Placement;
  name: string;
  latest: () => Promise<Placement | undefined>;
  onDone: () => void;
  onCancel: () => void;
};

/** Ends a placement before its last day, with the day and why, at the version the coach read. */
export function PlacementEndForm({ participantId, placement, name, latest, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const form = `placement-${placement.id}-end`;
  const end = useEndPlacement(participantId, placement.id);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: placement,
    // The reason is hers to type; what can conflict is the placement's period and status.
    valuesOf: (p: Placement) => ({ endedOn: todayIso(), reason: '', endsOn: p.endsOn, status: p.status }),
    latest,
  });
  const labels = {
    endedOn: t('placements.endedOn'),
    reason: t('placements.endReason'),
    endsOn: t('placements.endsOn'),
    status: t('placements.status'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = EndPlacementInput.safeParse({
      endedOn: values.endedOn,
      reason: values.reason,
      version: base.version,
    });
    // The last day lies within the placement's period (the server says so too, in a word the form can't name).
    const outside = t('placements.endedOnOutside', {
      first: dateInWords(base.startsOn, i18n.language) ?? base.startsOn,
      last: dateInWords(base.endsOn, i18n.language) ?? base.endsOn,
    });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    if (parsed.data.endedOn < base.startsOn || parsed.data.endedOn > base.endsOn) {
      return setErrors({ summary: null, fields: { endedOn: outside } });
    }
    saving();
    end.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) =>
        failed(error, (e) => errorsFromProblem(t, e, { fields: { endedOn: outside } }), currentOf(error)),
    });
  };

  return (
    <PanelForm
      form={form}
      level={4}
      heading={t('placements.endTitle', { name })}
      errors={errors}
      labels={labels}
      conflict={{
        show: (field, v) => {
          if (field === 'status') return t(`placements.statuses.${v.status}`);
          return dateInWords(v[field], i18n.language);
        },
        ...notice,
      }}
      pending={end.isPending}
      submitLabel={t('placements.end')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        form={form}
        name="endedOn"
        type="date"
        width="medium"
        label={labels.endedOn}
        value={values.endedOn}
        onChange={(e) => setValues({ ...values, endedOn: e.target.value })}
        error={errors.fields.endedOn}
      />
      <TextAreaField
        form={form}
        name="reason"
        label={labels.reason}
        hint={t('placements.endReasonHint')}
        rows={3}
        value={values.reason}
        onChange={(e) => setValues({ ...values, reason: e.target.value })}
        error={errors.fields.reason}
      />
    </PanelForm>
  );
}
