import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CreateParticipantInput, type DuplicateCandidate } from '#shared/participants.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Page } from '#web/components/page.tsx';
import { duplicatesOf, useCreateParticipant } from './api.ts';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { ParticipantFields } from './participant-fields.tsx';
import { emptyValues, fieldLabels, fieldMessages, participantInput } from './participant-values.ts';
import './participants.css';

const form = 'participant-create';

export function ParticipantCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateParticipant();
  const [values, setValues] = useState(emptyValues);
  const [errors, setErrors] = useState(noErrors);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const overrides = { fields: fieldMessages(t) };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateParticipantInput.safeParse({
      ...participantInput(values),
      ...(duplicates && confirmed && { confirmNotDuplicate: true }),
    });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    create.mutate(parsed.data, {
      onSuccess: (p) => navigate(`/participants/${p.id}`, { state: { created: true } }),
      onError: (error) => {
        const found = duplicatesOf(error);
        setDuplicates(found);
        setConfirmed(false);
        if (!found) setErrors(errorsFromProblem(t, error, overrides));
      },
    });
  };

  return (
    <Page title={t('participants.createPageTitle')} lead={t('participants.createLead')}>
      <ErrorSummary form={form} errors={errors} labels={fieldLabels(t)} />
      {duplicates && (
        <DuplicateWarning
          form={form}
          duplicates={duplicates}
          confirmed={confirmed}
          onConfirm={setConfirmed}
        />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <ParticipantFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <div className="button-row">
          <button className="button" type="submit" disabled={create.isPending}>
            {create.isPending ? t('form.sending') : t('participants.create')}
          </button>
          <Link to="/participants">{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
