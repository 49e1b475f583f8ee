import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { UpdateProgrammeInput, type Programme } from '#shared/programmes.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { useProgrammes, useUpdateProgramme } from './api.ts';
import { ProgrammeFields, programmeInput } from './programme-fields.tsx';
import { useProgrammeLabels } from './programme-labels.ts';

const form = 'programme-edit';

export function ProgrammeEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const programmes = useProgrammes();
  const programme = programmes.data?.find((p) => p.id === id);
  return (
    <Page title={t('programmes.editTitle')}>
      {programmes.isPending && <Loading />}
      {programmes.error && <QueryError error={programmes.error} />}
      {programmes.data && !programme && <p>{t('errors.problems.not_found')}</p>}
      {programme && (
        <ProgrammeEditForm
          key={programme.version}
          programme={programme}
          reload={() => void programmes.refetch()}
        />
      )}
      <p>
        <Link to="/programmes">{t('programmes.back')}</Link>
      </p>
    </Page>
  );
}

function ProgrammeEditForm({ programme: p, reload }: { programme: Programme; reload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateProgramme(p.id);
  const [values, setValues] = useState({
    name: p.name,
    funder: p.funder ?? '',
    funderReference: p.funderReference ?? '',
    startsOn: p.startsOn,
    endsOn: p.endsOn ?? '',
  });
  const [archived, setArchived] = useState(p.archivedAt !== null);
  const [errors, setErrors] = useState(noErrors);
  const [conflict, setConflict] = useState(false);
  const labels = useProgrammeLabels();
  const overrides = {
    fields: { endsOn: t('programmes.endsBeforeStart') },
    codes: { version_conflict: t('programmes.conflict') },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateProgrammeInput.safeParse({
      ...programmeInput(values),
      archived,
      version: p.version,
    });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    update.mutate(parsed.data, {
      onSuccess: () => navigate('/programmes', { state: { saved: true } }),
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
        <ProgrammeFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <CheckboxField
          form={form}
          name="archived"
          label={t('programmes.archive')}
          hint={t('programmes.archiveHint')}
          checked={archived}
          onChange={(e) => setArchived(e.target.checked)}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={update.isPending}>
            {update.isPending ? t('form.sending') : t('common.save')}
          </button>
          <Link to="/programmes">{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
