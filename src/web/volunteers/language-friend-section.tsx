import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageFriendInterestState } from '#shared/volunteers.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField } from '#web/components/field.tsx';
import { noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { isApiError } from '#web/lib/api.ts';
import { formatDateTime } from '#web/lib/format.ts';
import { formErrors } from '#web/placements/placement-errors.ts';
import { useAreas, useLanguageFriendInterest, useSaveLanguageFriendInterest } from './api.ts';
import { useParticipantMatches } from './matches-api.ts';
import { MatchesTable } from './matches-table.tsx';
import { AvailabilityField, InterestsField, LifeSituationField } from './profile-fields.tsx';
import { fieldKey } from './register-values.ts';

/** The record's "Språkvän" tab: whether she wants a language friend, and her wishes (for 18 or older). */
export function LanguageFriendSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const state = useLanguageFriendInterest(participantId);
  // Kept here: the form starts afresh (a new key) from each saved version.
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="language-friend-title">
      <h2 id="language-friend-title">{t('languageFriends.interest.title')}</h2>
      <p>{t('languageFriends.interest.lead')}</p>
      {state.isPending && <Loading />}
      {state.error && <QueryError error={state.error} retry={() => void state.refetch()} />}
      {state.data && (
        <InterestForm
          participantId={participantId}
          state={state.data}
          key={state.data.version}
          saved={saved}
          onSaved={setSaved}
        />
      )}
      <ParticipantMatches participantId={participantId} />
    </section>
  );
}

/** Her matches, newest first; the coordinator opens each. */
function ParticipantMatches({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const matches = useParticipantMatches(participantId);
  const canOpen = useAbility('language_friend_matches.read');
  return (
    <section aria-labelledby="language-friend-matches-title">
      <h3 id="language-friend-matches-title">{t('languageFriendMatches.table.herMatches')}</h3>
      {matches.isPending && <Loading />}
      {matches.error && <QueryError error={matches.error} retry={() => void matches.refetch()} />}
      {matches.data && (
        <MatchesTable
          id="participant-matches"
          caption={t('languageFriendMatches.table.herMatches')}
          matches={matches.data}
          linked={canOpen}
        />
      )}
    </section>
  );
}

type FormProps = {
  participantId: string;
  state: LanguageFriendInterestState;
  saved: boolean;
  onSaved: (saved: boolean) => void;
};

function InterestForm({ participantId, state, saved, onSaved: setSaved }: FormProps) {
  const { t, i18n } = useTranslation();
  const canWrite = useAbility('language_friend_interest.write');
  const save = useSaveLanguageFriendInterest(participantId);
  const areas = useAreas();
  const c = state.current;
  const [values, setValues] = useState({
    interested: c?.interested ?? false,
    swedishOnly: c?.swedishOnly ?? false,
    interests: c?.interests ?? [],
    availability: c?.availability ?? [],
    lifeSituation: c?.lifeSituation ?? [],
    areaId: c?.areaId ?? '',
    onlyWoman: c?.onlyWoman ?? false,
    wantsFamily: c?.wantsFamily ?? false,
    note: c?.note ?? '',
  });
  const [errors, setErrors] = useState(noErrors);
  const set =
    <K extends keyof typeof values>(key: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const i = (key: string) => t(`languageFriends.interest.${key}` as 'languageFriends.interest.note');

  const send = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      { ...values, areaId: values.areaId || null, version: state.version },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          // Too young, or no birth date: say which, rather than a generic conflict.
          const reason = isApiError(error, 'conflict')
            ? (error.problem as { reason?: string }).reason
            : undefined;
          if (reason === 'under_18' || reason === 'birth_date_unknown')
            return setErrors({
              summary: i(reason === 'under_18' ? 'under18' : 'birthDateUnknown'),
              fields: {},
            });
          setErrors(formErrors(t, error, fieldKey));
        },
      },
    );
  };

  return (
    <>
      {state.ineligibleReason && (
        <Notice kind="warning">
          {i(state.ineligibleReason === 'under_18' ? 'under18' : 'birthDateUnknown')}
        </Notice>
      )}
      {state.ageBand && (
        <p>
          {t('languageFriends.interest.ageBand', { band: t(`languageFriends.ageBands.${state.ageBand}`) })}
        </p>
      )}
      {c?.savedBy && (
        <p>
          {t('languageFriends.interest.savedBy', {
            when: formatDateTime(c.savedAt, i18n.language),
            name: c.savedBy,
          })}
        </p>
      )}
      {saved && <Notice kind="success">{i('saved')}</Notice>}
      <ErrorSummary form="lf-interest" errors={errors} />
      <form className="form" onSubmit={send} noValidate>
        <fieldset className="fieldset" disabled={!canWrite}>
          <legend className="visually-hidden">{i('title')}</legend>
          <CheckboxField
            form="lf-interest"
            name="interested"
            label={i('interested')}
            checked={values.interested}
            onChange={(e) => set('interested')(e.target.checked)}
          />
          <CheckboxField
            form="lf-interest"
            name="swedishOnly"
            label={i('swedishOnly')}
            checked={values.swedishOnly}
            onChange={(e) => set('swedishOnly')(e.target.checked)}
          />
          <CheckboxField
            form="lf-interest"
            name="onlyWoman"
            label={i('onlyWoman')}
            checked={values.onlyWoman}
            onChange={(e) => set('onlyWoman')(e.target.checked)}
          />
          <CheckboxField
            form="lf-interest"
            name="wantsFamily"
            label={i('wantsFamily')}
            checked={values.wantsFamily}
            onChange={(e) => set('wantsFamily')(e.target.checked)}
          />
          <InterestsField
            form="lf-interest"
            value={values.interests}
            onChange={set('interests')}
            error={errors.fields.interests}
          />
          <LifeSituationField
            form="lf-interest"
            value={values.lifeSituation}
            onChange={set('lifeSituation')}
            error={errors.fields.lifeSituation}
          />
          <AvailabilityField
            form="lf-interest"
            value={values.availability}
            onChange={set('availability')}
            error={errors.fields.availability}
          />
          <SelectField
            form="lf-interest"
            name="areaId"
            label={t('languageFriends.fields.area')}
            optional
            value={values.areaId}
            onChange={(e) => set('areaId')(e.target.value)}
            error={errors.fields.areaId}
          >
            <option value="">{t('languageFriends.fields.chooseArea')}</option>
            {(areas.data ?? [])
              .filter((a) => a.active || a.id === values.areaId)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </SelectField>
          <TextAreaField
            form="lf-interest"
            name="note"
            label={i('note')}
            optional
            rows={2}
            value={values.note}
            onChange={(e) => set('note')(e.target.value)}
            error={errors.fields.note}
          />
          {canWrite && (
            <button className="button" type="submit" disabled={save.isPending}>
              {i('save')}
            </button>
          )}
        </fieldset>
      </form>
    </>
  );
}
