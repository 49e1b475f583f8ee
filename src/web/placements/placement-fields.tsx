import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { placementKinds } from '#shared/placements.ts';
import type { Employer, EmployerSummary } from '#shared/employers.ts';
import type { PlanGoal } from '#shared/plans.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { kindLabel } from './placement-text.ts';
import type { PlacementValues, SupervisorMode } from './placement-values.ts';

type Props = {
  form: string;
  values: PlacementValues;
  onChange: (values: PlacementValues) => void;
  errors: Record<string, string>;
  goals: readonly PlanGoal[];
  /** The unit's employers to choose from; without them (when changing one) the employer stays. */
  employers?: { items: readonly EmployerSummary[]; total: number } | undefined;
  /** The chosen employer's contact people, whose details can be copied as the supervisor. */
  contacts: Employer['contacts'] | undefined;
  /** When changing one: planned, ongoing or completed. */
  withStatus?: boolean;
};

/** The fields' labels, for the error summary and the conflict notice. */
export const placementLabels = (t: TFunction): Record<string, string> => ({
  kind: t('placements.kind'),
  employerId: t('placements.employer'),
  supervisorMode: t('placements.supervisor'),
  supervisorContactName: t('placements.supervisorContact'),
  supervisorName: t('placements.supervisorName'),
  supervisorPhone: t('placements.supervisorPhone'),
  supervisorEmail: t('placements.supervisorEmail'),
  startsOn: t('placements.startsOn'),
  endsOn: t('placements.endsOn'),
  hoursPerWeek: t('placements.hoursPerWeek'),
  goalIds: t('placements.goals'),
  status: t('placements.status'),
});

/** The placement's fields, shared by booking and changing one. */
export function PlacementFields(props: Props) {
  const { form, values, onChange, errors, goals, employers, contacts, withStatus } = props;
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<PlacementValues>) => onChange({ ...values, ...patch });
  const openGoals = goals.filter((g) => g.status === 'open' || values.goalIds.includes(g.id));
  const modes: SupervisorMode[] = ['contact', 'typed', 'none'];

  return (
    <>
      <SelectField
        form={form}
        name="kind"
        label={t('placements.kind')}
        value={values.kind}
        onChange={(e) => set({ kind: e.target.value })}
        error={errors.kind}
      >
        <option value="">{t('placements.chooseKind')}</option>
        {placementKinds.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k, i18n.language)}
          </option>
        ))}
      </SelectField>
      {employers && (
        <SelectField
          form={form}
          name="employerId"
          label={t('placements.employer')}
          hint={
            employers.total > employers.items.length
              ? `${t('placements.employerHint')} ${t('placements.employersMore', { shown: employers.items.length, total: employers.total })}`
              : t('placements.employerHint')
          }
          value={values.employerId}
          onChange={(e) => set({ employerId: e.target.value, supervisorContactName: '' })}
          error={errors.employerId}
        >
          <option value="">{t('placements.chooseEmployer')}</option>
          {employers.items.map((e) => (
            <option key={e.id} value={e.id}>
              {e.industry ? `${e.name} (${e.industry})` : e.name}
            </option>
          ))}
        </SelectField>
      )}
      <RadioGroup
        form={form}
        name="supervisorMode"
        legend={t('placements.supervisor')}
        value={values.supervisorMode}
        onChange={(mode) => set({ supervisorMode: mode as SupervisorMode })}
        options={modes.map((m) => ({ value: m, label: t(`placements.supervisorModes.${m}`) }))}
      />
      {values.supervisorMode === 'contact' &&
        (!values.employerId ? (
          <p className="field__hint">{t('placements.chooseEmployerFirst')}</p>
        ) : contacts && contacts.length === 0 ? (
          <p className="field__hint">{t('placements.noContacts')}</p>
        ) : (
          <SelectField
            form={form}
            name="supervisorContactName"
            label={t('placements.supervisorContact')}
            hint={t('placements.supervisorContactHint')}
            value={values.supervisorContactName}
            onChange={(e) => set({ supervisorContactName: e.target.value })}
            error={errors.supervisorContactName}
          >
            <option value="">{t('placements.chooseContact')}</option>
            {(contacts ?? []).map((c) => (
              <option key={c.name} value={c.name}>
                {c.title ? `${c.name}, ${c.title}` : c.name}
              </option>
            ))}
          </SelectField>
        ))}
      {values.supervisorMode === 'typed' && (
        <>
          <TextField
            form={form}
            name="supervisorName"
            label={t('placements.supervisorName')}
            autoComplete="off"
            value={values.supervisorName}
            onChange={(e) => set({ supervisorName: e.target.value })}
            error={errors.supervisorName}
          />
          <TextField
            form={form}
            name="supervisorPhone"
            type="tel"
            width="medium"
            optional
            autoComplete="off"
            label={t('placements.supervisorPhone')}
            value={values.supervisorPhone}
            onChange={(e) => set({ supervisorPhone: e.target.value })}
            error={errors.supervisorPhone}
          />
          <TextField
            form={form}
            name="supervisorEmail"
            type="email"
            optional
            autoComplete="off"
            label={t('placements.supervisorEmail')}
            hint={t('placements.supervisorEmailHint')}
            value={values.supervisorEmail}
            onChange={(e) => set({ supervisorEmail: e.target.value })}
            error={errors.supervisorEmail}
          />
        </>
      )}
      <TextField
        form={form}
        name="startsOn"
        type="date"
        width="medium"
        label={t('placements.startsOn')}
        value={values.startsOn}
        onChange={(e) => set({ startsOn: e.target.value })}
        error={errors.startsOn}
      />
      <TextField
        form={form}
        name="endsOn"
        type="date"
        width="medium"
        label={t('placements.endsOn')}
        value={values.endsOn}
        onChange={(e) => set({ endsOn: e.target.value })}
        error={errors.endsOn}
      />
      <TextField
        form={form}
        name="hoursPerWeek"
        inputMode="decimal"
        width="short"
        optional
        label={t('placements.hoursPerWeek')}
        hint={t('placements.hoursHint')}
        value={values.hoursPerWeek}
        onChange={(e) => set({ hoursPerWeek: e.target.value })}
        error={errors.hoursPerWeek}
      />
      <fieldset
        className={errors.goalIds ? 'fieldset field--error' : 'fieldset'}
        aria-describedby={`${form}-goalIds-hint${errors.goalIds ? ` ${form}-goalIds-error` : ''}`}
      >
        <legend className="fieldset__legend">{t('placements.goals')}</legend>
        <p className="field__hint" id={`${form}-goalIds-hint`}>
          {openGoals.length ? t('placements.goalsHint') : t('placements.noPlanGoals')}
        </p>
        {errors.goalIds && (
          <p className="field__error" id={`${form}-goalIds-error`}>
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {errors.goalIds}
          </p>
        )}
        {openGoals.map((g, i) => (
          <CheckboxField
            key={g.id}
            form={form}
            // The first box carries the field's id, so the error summary's link lands on the list.
            name={i === 0 ? 'goalIds' : `goalIds-${g.id}`}
            label={g.title}
            checked={values.goalIds.includes(g.id)}
            onChange={(e) =>
              set({
                goalIds: e.target.checked
                  ? [...values.goalIds, g.id]
                  : values.goalIds.filter((id) => id !== g.id),
              })
            }
          />
        ))}
      </fieldset>
      {withStatus && (
        <SelectField
          form={form}
          name="status"
          label={t('placements.status')}
          value={values.status}
          onChange={(e) => set({ status: e.target.value })}
          error={errors.status}
        >
          {(['planned', 'ongoing', 'completed'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`placements.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
