import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { UpdateUserInput, locales, type User } from '#shared/users.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { useUpdateUser, useUser } from './api.ts';
import { MembershipsFieldset, membershipsInput } from './memberships-fieldset.tsx';
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
          <UserEditForm key={user.data.version} user={user.data} reload={() => void user.refetch()} />
          <ResetLinkForm user={user.data} />
        </>
      )}
      <p>
        <Link to="/users">{t('users.back')}</Link>
      </p>
    </Page>
  );
}

function UserEditForm({ user, reload }: { user: User; reload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateUser(user.id);
  const [values, setValues] = useState({ name: user.name, locale: user.locale as string });
  const [rows, setRows] = useState(
    user.memberships.map((m) => ({ role: m.role as string, unitId: m.unitId ?? '' })),
  );
  const [disabled, setDisabled] = useState(user.disabledAt !== null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [conflict, setConflict] = useState(false);
  const labels = { name: t('users.name'), locale: t('users.locale') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { memberships, errors: rowErrors } = membershipsInput(t, rows);
    // Only what changed: a PATCH that repeats unchanged memberships makes the server replace them all.
    const changes = {
      ...(values.name !== user.name && { name: values.name }),
      ...(values.locale !== user.locale && { locale: values.locale }),
      ...(membershipKey(memberships) !== membershipKey(user.memberships) && { memberships }),
      ...(disabled !== (user.disabledAt !== null) && { disabled }),
    };
    const parsed = UpdateUserInput.safeParse({ ...changes, version: user.version });
    const fields = { ...(parsed.success ? {} : errorsFromZod(t, parsed.error).fields) };
    if (Object.keys(rowErrors).length) delete fields.memberships;
    Object.assign(fields, rowErrors);
    if (!parsed.success || Object.keys(fields).length) return setErrors({ summary: null, fields });
    setErrors(noErrors);
    update.mutate(parsed.data, {
      onSuccess: () => navigate('/users', { state: { saved: true } }),
      onError: (error) => {
        setConflict(isApiError(error, 'version_conflict'));
        setErrors(errorsFromProblem(t, error, { codes: { version_conflict: t('users.conflict') } }));
      },
    });
  };

  return (
    <>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {conflict && (
        <p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('common.reload')}
          </button>
        </p>
      )}
      <p className="users-email">
        <strong>{t('users.email')}:</strong> {user.email}
      </p>
      <form className="form" onSubmit={submit} noValidate>
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
        <MembershipsFieldset form={form} rows={rows} onChange={setRows} errors={errors.fields} />
        <CheckboxField
          form={form}
          name="disabled"
          label={t('users.disabled')}
          hint={t('users.disabledHint')}
          checked={disabled}
          onChange={(e) => setDisabled(e.target.checked)}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={update.isPending}>
            {update.isPending ? t('form.sending') : t('common.save')}
          </button>
          <Link to="/users">{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
