import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { UpdateParticipantInput, type Participant } from '#shared/participants.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { currentOf, useParticipant, useUpdateParticipant } from './api.ts';
import { ParticipantFields } from './participant-fields.tsx';
import {
  fieldLabels,
  fieldMessages,
  participantInput,
  valuesOf,
  type ParticipantValues,
} from './participant-values.ts';
import './participants.css';

const form = 'participant-edit';

export function ParticipantEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const participant = useParticipant(id);
  const name = participant.data ? `${participant.data.firstName} ${participant.data.lastName}` : '';
  return (
    <Page title={name ? t('participants.editTitle', { name }) : t('participants.editLink')}>
      {participant.isPending && <Loading />}
      {participant.error && <QueryError error={participant.error} />}
      {/* A new version (after a reload) starts the form afresh. */}
      {participant.data && (
        <ParticipantEditForm
          key={participant.data.version}
          participant={participant.data}
          reload={() => void participant.refetch()}
        />
      )}
      <p>
        <Link to={`/participants/${id}`}>{t('common.cancel')}</Link>
      </p>
    </Page>
  );
}

/** The fields whose values differ between two versions of the record. */
function changedFields(before: Participant, after: Participant): (keyof ParticipantValues)[] {
  const a = valuesOf(before);
  const b = valuesOf(after);
  return (Object.keys(a) as (keyof ParticipantValues)[]).filter(
    (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}

function ParticipantEditForm({ participant, reload }: { participant: Participant; reload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateParticipant(participant.id);
  const [values, setValues] = useState(() => valuesOf(participant));
  const [errors, setErrors] = useState(noErrors);
  const [conflict, setConflict] = useState<Participant | 'unknown' | null>(null);
  const labels = fieldLabels(t);
  const overrides = { fields: fieldMessages(t), codes: { version_conflict: t('participants.conflict') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateParticipantInput.safeParse({
      ...participantInput(values),
      version: participant.version,
    });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    update.mutate(parsed.data, {
      onSuccess: () => navigate(`/participants/${participant.id}`, { state: { saved: true } }),
      onError: (error) => {
        setConflict(isApiError(error, 'version_conflict') ? (currentOf(error) ?? 'unknown') : null);
        setErrors(errorsFromProblem(t, error, overrides));
      },
    });
  };

  const changed = conflict && conflict !== 'unknown' ? changedFields(participant, conflict) : [];

  return (
    <>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {conflict && (
        <Notice kind="warning">
          {changed.length > 0 && (
            <p>{t('participants.conflictFields', { fields: changed.map((f) => labels[f]).join(', ') })}</p>
          )}
          <p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('common.reload')}
            </button>
          </p>
        </Notice>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <ParticipantFields form={form} values={values} onChange={setValues} errors={errors.fields} />
        <div className="button-row">
          <button className="button" type="submit" disabled={update.isPending}>
            {update.isPending ? t('form.sending') : t('common.save')}
          </button>
        </div>
      </form>
    </>
  );
}
