import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { UpdateUserInput, locales, type User } from '#shared/users.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { EditForm } from '#web/components/edit-form.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { useUnits } from '#web/units/api.ts';
import { useUpdateUser, useUser } from './api.ts';
import { MembershipsFieldset, membershipsInput, type MembershipRow } from './memberships-fieldset.tsx';
import { ResetLinkForm } from './reset-link-form.tsx';

const form = 'user-edit';

const membershipKey = (memberships: { role: string; unitId: string | null }[]) =>
  memberships
    .map((m) => `${m.role}:${m.unitId ?? ''}`)
    .sort()
    .join(',');

export function UserEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const user = useUser(id);
  return (
    <Page title={user.data ? t('users.editLabel', { name: user.data.name }) : t('users.editTitle')}>
      {user.isPending && <Loading />}
      {user.error && <QueryError error={user.error} />}
      {user.data && (
        <>
          {/* The form keeps the version it was filled from; a conflict loads a newer one on request. */}
          <UserEditForm
            key={user.data.id}
            user={user.data}
            latest={async () => (await user.refetch({ throwOnError: true })).data}
          />
          <ResetLinkForm user={user.data} />
        </>
      )}
      <p>
        <Link to="/users">{t('users.back')}</Link>
      </p>
    </Page>
  );
}

const valuesOf = (user: User) => ({
  name: user.name,
  locale: user.locale as string,
  memberships: user.memberships.map((m): MembershipRow => ({ role: m.role, unitId: m.unitId ?? '' })),
  disabled: user.disabledAt !== null,
});

type Props = { user: User; latest: () => Promise<User | undefined> };

function UserEditForm({ user, latest }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateUser(user.id);
  const units = useUnits();
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: user,
    valuesOf,
    latest,
  });
  const labels = {
    name: t('users.name'),
    locale: t('users.locale'),
    memberships: t('users.roles'),
    disabled: t('users.disabled'),
  };

  const roleName = (row: MembershipRow) => {
    const role = t(`roles.${row.role}`, { defaultValue: row.role });
    const unit = units.data?.find((u) => u.id === row.unitId)?.name;
    return unit ? t('membership.label', { role, unit }) : role;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { memberships, errors: rowErrors } = membershipsInput(t, values.memberships);
    const disabled = base.disabledAt !== null;
    // Only what changed: a PATCH that repeats unchanged memberships makes the server replace them all.
    const changes = {
      ...(values.name !== base.name && { name: values.name }),
      ...(values.locale !== base.locale && { locale: values.locale }),
      ...(membershipKey(memberships) !== membershipKey(base.memberships) && { memberships }),
      ...(values.disabled !== disabled && { disabled: values.disabled }),
    };
    const parsed = UpdateUserInput.safeParse({ ...changes, version: base.version });
    const fields = { ...(parsed.success ? {} : errorsFromZod(t, parsed.error).fields) };
    if (Object.keys(rowErrors).length) delete fields.memberships;
    Object.assign(fields, rowErrors);
    if (!parsed.success || Object.keys(fields).length) return setErrors({ summary: null, fields });
    saving();
    update.mutate(parsed.data, {
      onSuccess: () => navigate('/users', { state: { saved: true } }),
      onError: (error) => failed(error, (e) => errorsFromProblem(t, e)),
    });
  };

  return (
    <EditForm
      form={form}
      errors={errors}
      labels={labels}
      conflict={{
        message: t('users.conflict'),
        show: (field, v) => {
          if (field === 'locale') return t(`language.${v.locale}`, { defaultValue: v.locale });
          if (field === 'memberships') return v.memberships.map(roleName).join(', ') || t('conflict.empty');
          return undefined;
        },
        ...notice,
      }}
      pending={update.isPending}
      onSubmit={submit}
      cancelTo="/users"
      intro={
        <p className="users-email">
          <strong>{t('users.email')}:</strong> {user.email}
        </p>
      }
    >
      <TextField
        form={form}
        name="name"
        label={labels.name}
        autoComplete="off"
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        error={errors.fields.name}
      />
      <SelectField
        form={form}
        name="locale"
        label={labels.locale}
        width="medium"
        value={values.locale}
        onChange={(e) => setValues({ ...values, locale: e.target.value })}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </SelectField>
      <MembershipsFieldset
        form={form}
        rows={values.memberships}
        onChange={(memberships) => setValues({ ...values, memberships })}
        errors={errors.fields}
      />
      <CheckboxField
        form={form}
        name="disabled"
        label={labels.disabled}
        hint={t('users.disabledHint')}
        checked={values.disabled}
        onChange={(e) => setValues({ ...values, disabled: e.target.checked })}
      />
    </EditForm>
  );
}
