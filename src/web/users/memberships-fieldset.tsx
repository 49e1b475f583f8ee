import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isOrganisationRole, organisationRoles, Role, unitRoles } from '#shared/roles.ts';
import { SelectField } from '#web/components/field.tsx';
import { useUnits } from '#web/units/api.ts';
import './users.css';

export type MembershipRow = { role: string; unitId: string };

type Props = {
  form: string;
  rows: MembershipRow[];
  onChange: (rows: MembershipRow[]) => void;
  errors: Record<string, string>;
};

const needsUnit = (role: string) => Role.safeParse(role).success && !isOrganisationRole(role as Role);

/** One row per role: the role, and for unit roles the unit. Organisation-wide roles take no unit. */
export function MembershipsFieldset({ form, rows, onChange, errors }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const active = (units.data ?? []).filter((u) => !u.archivedAt);
  const update = (index: number, row: MembershipRow) => onChange(rows.map((r, i) => (i === index ? row : r)));

  return (
    <fieldset className="fieldset" aria-describedby={`${form}-memberships-hint`}>
      <legend className="fieldset__legend" id={`${form}-memberships`} tabIndex={-1}>
        {t('users.membershipsLegend')}
      </legend>
      <p className="field__hint" id={`${form}-memberships-hint`}>
        {t('users.membershipsHint')}
      </p>
      {errors.memberships && <p className="field__error">{errors.memberships}</p>}
      {rows.map((row, index) => (
        <fieldset className="membership-row" key={index}>
          <legend className={rows.length > 1 ? 'membership-row__legend' : 'visually-hidden'}>
            {t('users.roleN', { n: index + 1 })}
          </legend>
          <SelectField
            form={form}
            name={`memberships-${index}-role`}
            label={t('users.role')}
            value={row.role}
            onChange={(e) =>
              update(index, { role: e.target.value, unitId: needsUnit(e.target.value) ? row.unitId : '' })
            }
            error={errors[`memberships-${index}-role`]}
          >
            <option value="">{t('users.chooseRole')}</option>
            <optgroup label={t('users.organisationRoles')}>
              {organisationRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('users.unitRoles')}>
              {unitRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </optgroup>
          </SelectField>
          {needsUnit(row.role) && (
            <SelectField
              form={form}
              name={`memberships-${index}-unitId`}
              label={t('users.unit')}
              hint={units.data && active.length === 0 ? t('users.noUnits') : undefined}
              value={row.unitId}
              onChange={(e) => update(index, { ...row, unitId: e.target.value })}
              error={errors[`memberships-${index}-unitId`]}
            >
              <option value="">{t('users.chooseUnit')}</option>
              {active.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </SelectField>
          )}
          {rows.length > 1 && (
            <button
              type="button"
              className="button-link membership-row__remove"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t('users.removeRole', { n: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...rows, emptyRow])}
      >
        {t('users.addRole')}
      </button>
    </fieldset>
  );
}

export const emptyRow: MembershipRow = { role: '', unitId: '' };

/** Checks every row and turns the rows into the API's memberships; errors are keyed by row and field. */
export function membershipsInput(t: TFunction, rows: MembershipRow[]) {
  const errors: Record<string, string> = {};
  const memberships = rows.map((row, index) => {
    if (!row.role) errors[`memberships-${index}-role`] = t('users.needRole');
    else if (needsUnit(row.role) && !row.unitId) errors[`memberships-${index}-unitId`] = t('users.needUnit');
    return { role: row.role as Role, unitId: needsUnit(row.role) ? row.unitId : null };
  });
  return { memberships, errors };
}
