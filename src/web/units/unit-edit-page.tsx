import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { UpdateUnitInput, type Unit } from '#shared/units.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { useUnit, useUpdateUnit } from './api.ts';
import { UnitFields, unitInput } from './unit-fields.tsx';

const form = 'unit-edit';

export function UnitEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const unit = useUnit(id);
  return (
    <Page title={t('units.editTitle')}>
      {unit.isPending && <Loading />}
      {unit.error && <QueryError error={unit.error} />}
      {/* A new version (after a reload) starts the form afresh. */}
      {unit.data && (
        <UnitEditForm key={unit.data.version} unit={unit.data} reload={() => void unit.refetch()} />
      )}
      <p>
        <Link to="/units">{t('units.back')}</Link>
      </p>
    </Page>
  );
}

function UnitEditForm({ unit, reload }: { unit: Unit; reload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateUnit(unit.id);
  const [values, setValues] = useState({ name: unit.name, municipalityCode: unit.municipalityCode ?? '' });
  const [archived, setArchived] = useState(unit.archivedAt !== null);
  const [errors, setErrors] = useState(noErrors);
  const [conflict, setConflict] = useState(false);
  const labels = { name: t('units.name'), municipalityCode: t('units.municipalityCode') };
  const overrides = {
    fields: { municipalityCode: t('units.codeFormat') },
    codes: { version_conflict: t('units.conflict') },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateUnitInput.safeParse({ ...unitInput(values), archived, version: unit.version });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    update.mutate(parsed.data, {
      onSuccess: () => navigate('/units', { state: { saved: true } }),
      onError: (error) => {
        setConflict(isApiError(error, 'version_conflict'));
        setErrors(errorsFromProblem(t, error, overrides));
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
      <form className="form" onSubmit={submit} noValidate>
        <UnitFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <CheckboxField
          form={form}
          name="archived"
          label={t('units.archive')}
          hint={t('units.archiveHint')}
          checked={archived}
          onChange={(e) => setArchived(e.target.checked)}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={update.isPending}>
            {update.isPending ? t('form.sending') : t('common.save')}
          </button>
          <Link to="/units">{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
