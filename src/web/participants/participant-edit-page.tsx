import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { UpdateParticipantInput, type Participant } from '#shared/participants.ts';
import { dateInWords } from '#web/components/conflict-values.ts';
import { EditForm } from '#web/components/edit-form.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { currentOf, useParticipant, useUpdateParticipant } from './api.ts';
import { localName } from './languages.ts';
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
      {/* The form keeps the version it was filled from; a conflict loads a newer one on request. */}
      {participant.data && (
        <ParticipantEditForm
          key={participant.data.id}
          participant={participant.data}
          latest={async () => (await participant.refetch({ throwOnError: true })).data}
        />
      )}
    </Page>
  );
}

/** The select fields, by the catalogue group that names their choices. */
const choiceGroups: Partial<Record<keyof ParticipantValues, string>> = {
  gender: 'participants.genders',
  preferredChannel: 'participants.channels',
  educationLevel: 'participants.educationLevels',
  firstLanguageLiteracy: 'participants.literacy',
  labourMarketStatus: 'participants.labourMarketStatuses',
  incomeSource: 'participants.incomeSources',
};

type Props = { participant: Participant; latest: () => Promise<Participant | undefined> };

function ParticipantEditForm({ participant, latest }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateParticipant(participant.id);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: participant,
    valuesOf,
    latest,
  });
  const labels = fieldLabels(t);
  const overrides = { fields: fieldMessages(t) };

  const show = (field: keyof ParticipantValues, v: ParticipantValues) => {
    const group = choiceGroups[field];
    const value = v[field];
    if (group && typeof value === 'string' && value) return t(`${group}.${value}`, { defaultValue: value });
    if (field === 'languages')
      return v.languages.map((c) => localName(c, i18n.language)).join(', ') || undefined;
    if (field === 'interpreterLanguage' && v.interpreterLanguage)
      return localName(v.interpreterLanguage, i18n.language);
    if (field === 'birthDate') return dateInWords(v.birthDate, i18n.language);
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateParticipantInput.safeParse({ ...participantInput(values), version: base.version });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    saving();
    update.mutate(parsed.data, {
      onSuccess: () => navigate(`/participants/${participant.id}`, { state: { saved: true } }),
      // The 409 carries the current record, so the notice needs no second request.
      onError: (error) => failed(error, (e) => errorsFromProblem(t, e, overrides), currentOf(error)),
    });
  };

  return (
    <EditForm
      form={form}
      errors={errors}
      labels={labels}
      conflict={{ message: t('participants.conflict'), show, ...notice }}
      pending={update.isPending}
      onSubmit={submit}
      cancelTo={`/participants/${participant.id}`}
    >
      <ParticipantFields form={form} values={values} onChange={setValues} errors={errors.fields} />
    </EditForm>
  );
}
