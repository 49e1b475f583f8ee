import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Id } from '#shared/common.ts';
import type { User } from '#shared/users.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { noErrors } from '#web/components/form-errors.ts';
import type { AuditFilters as Filters } from './api.ts';
import { actionGroups } from './audit-labels.ts';

const form = 'audit-filter';

type Props = { filters: Filters; users: User[] | undefined; onApply: (filters: Filters) => void };

export function AuditFilters({ filters, users, onApply }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Required<Filters>>({
    userId: filters.userId ?? '',
    participantId: filters.participantId ?? '',
    action: filters.action ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
  });
  const [errors, setErrors] = useState(noErrors);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const participantId = values.participantId.trim();
    if (participantId && !Id.safeParse(participantId).success) {
      return setErrors({ summary: null, fields: { participantId: t('errors.invalid') } });
    }
    setErrors(noErrors);
    onApply({ ...values, participantId });
  };

  const clear = () => {
    setValues({ userId: '', participantId: '', action: '', from: '', to: '' });
    setErrors(noErrors);
    onApply({});
  };

  return (
    <section className="panel audit-filters" aria-labelledby={`${form}-title`}>
      <h2 className="panel__title" id={`${form}-title`}>
        {t('audit.filters')}
      </h2>
      <ErrorSummary form={form} errors={errors} labels={{ participantId: t('audit.participant') }} />
      <form onSubmit={submit} noValidate>
        <div className="audit-filters__grid">
          {users && (
            <SelectField
              form={form}
              name="userId"
              label={t('audit.user')}
              value={values.userId}
              onChange={set('userId')}
            >
              <option value="">{t('audit.allUsers')}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            form={form}
            name="action"
            label={t('audit.action')}
            value={values.action}
            onChange={set('action')}
          >
            <option value="">{t('audit.allActions')}</option>
            {actionGroups.map((group) => (
              <option key={group} value={`${group}.`}>
                {t(`audit.groups.${group}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            form={form}
            name="participantId"
            label={t('audit.participant')}
            optional
            spellCheck={false}
            value={values.participantId}
            onChange={set('participantId')}
            error={errors.fields.participantId}
          />
          <TextField
            form={form}
            name="from"
            type="date"
            label={t('audit.from')}
            optional
            value={values.from}
            onChange={set('from')}
          />
          <TextField
            form={form}
            name="to"
            type="date"
            label={t('audit.to')}
            optional
            value={values.to}
            onChange={set('to')}
          />
        </div>
        <div className="button-row">
          <button className="button" type="submit">
            {t('audit.apply')}
          </button>
          <button className="button button--secondary" type="button" onClick={clear}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
    </section>
  );
}
