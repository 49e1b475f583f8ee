import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EsfEntry, SensitiveItem } from '#shared/funder-report.ts';
import { educationLevels, esfGenders, SaveEsfEntryInput, sensitiveItems } from '#shared/funder-report.ts';
import { ConflictNotice } from '#web/components/conflict-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { isApiError } from '#web/lib/api.ts';
import { useSaveEsfEntry } from './api.ts';
import { esfInputOf, esfValuesOf, fourWeekFields, statusChoices, type EsfValues } from './esf-values.ts';

type Props = {
  participantId: string;
  stay: EsfEntry;
  /** Her data for this programme as it is now (after a version conflict). */
  latest: () => Promise<EsfEntry | undefined>;
  onSaved: (stay: EsfEntry) => void;
  /** Someone else recorded her data first (there was nothing to compare with): show theirs. */
  onRecordedByOther: () => void;
};

/** A values object of the form that carries the version it was filled from, for the conflict notice. */
type Record_ = (EsfValues & { version: number }) | undefined;

const recordOf = (stay: EsfEntry): Record_ =>
  stay.entry ? { ...esfValuesOf(stay), version: stay.entry.version } : undefined;

/**
 * Her entry and exit data for one programme (Regulation (EU) 2021/1057, Annex I), in plain Swedish, each
 * sensitive question with "vill inte svara". The results are asked once she has left.
 */
export function EsfEntryForm({ participantId, stay, latest, onSaved, onRecordedByOther }: Props) {
  const { t } = useTranslation();
  const form = `esf-${stay.programmeId}`;
  const save = useSaveEsfEntry(participantId, stay.programmeId);
  // The form is keyed by the version it edits, so a save (a new version) starts it over from the saved data.
  const record = recordOf(stay);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm<
    Record_,
    EsfValues
  >({
    record,
    valuesOf: (r) => {
      if (!r) return esfValuesOf(stay);
      const { version: _version, ...v } = r;
      return v;
    },
    latest: async () => {
      const now = await latest();
      return now ? recordOf(now) : undefined;
    },
  });
  const set = (name: keyof EsfValues) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const labels: Record<string, string> = {
    gender: t('funderReport.fields.gender'),
    status: t('funderReport.fields.status'),
    labourStatus: t('funderReport.fields.status'),
    education: t('funderReport.fields.education'),
    fourWeeks: t('funderReport.fields.fourWeeks'),
    sixMonths: t('funderReport.fields.sixMonths'),
    improved6: t('funderReport.fields.improved6'),
    employed6: t('funderReport.fields.employed6'),
    ...Object.fromEntries(sensitiveItems.map((k) => [k, t(`funderReport.sensitive.${k}`)])),
    ...Object.fromEntries(fourWeekFields.map((k) => [k, t(`funderReport.fields.${k}`)])),
  };
  const notRecorded = { value: '', label: t('funderReport.options.notRecorded') };
  const yesNo = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
    notRecorded,
  ];
  const left = stay.exitedOn !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving();
    const { input, incomplete } = esfInputOf(values, base?.version);
    if (incomplete.length) {
      return setErrors({
        summary: null,
        fields: Object.fromEntries(incomplete.map((f) => [f, t('funderReport.fields.incomplete')])),
      });
    }
    const parsed = SaveEsfEntryInput.safeParse(input);
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (error) => {
        if (!record && isApiError(error, 'version_conflict')) return onRecordedByOther();
        const current = (error as { problem?: { current?: EsfEntry } }).problem?.current;
        failed(
          error,
          (e) =>
            errorsFromProblem(t, e, {
              fields: {
                sixMonths: t('funderReport.fields.improvedOnlyEmployed'),
                fourWeeks: t('funderReport.fields.resultsAfterExit'),
              },
            }),
          current ? recordOf(current) : undefined,
        );
      },
    });
  };

  /** An answer in words, for the conflict notice (the form holds codes). */
  const answerText = (field: keyof EsfValues, value: string): string => {
    if (value === '') {
      return (sensitiveItems as readonly string[]).includes(field)
        ? t('funderReport.options.notAsked')
        : t('funderReport.options.notRecorded');
    }
    if (field === 'gender') return t(`funderReport.options.gender.${value as (typeof esfGenders)[number]}`);
    if (field === 'status')
      return t(`funderReport.options.status.${value as (typeof statusChoices)[number]}`);
    if (field === 'education') {
      return t(`funderReport.options.education.${value as (typeof educationLevels)[number]}`);
    }
    if (value === 'prefers_not') return t('funderReport.options.prefersNot');
    return value === 'yes' ? t('common.yes') : t('common.no');
  };

  const sensitiveOptions = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
    { value: 'prefers_not', label: t('funderReport.options.prefersNot') },
    { value: '', label: t('funderReport.options.notAsked') },
  ];

  return (
    <>
      <ConflictNotice
        form={form}
        message={t('funderReport.section.conflict')}
        conflict={notice.conflict}
        labels={labels}
        show={(field, v) => answerText(field, v[field])}
        onLoad={notice.onLoad}
        onUse={notice.onUse}
      />
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate aria-label={stay.programmeName}>
        <RadioGroup
          form={form}
          name="gender"
          legend={labels.gender!}
          hint={stay.entry ? undefined : t('funderReport.fields.genderHint')}
          options={[
            ...esfGenders.map((g) => ({ value: g, label: t(`funderReport.options.gender.${g}`) })),
            notRecorded,
          ]}
          value={values.gender}
          onChange={set('gender')}
          error={errors.fields.gender}
        />
        <RadioGroup
          form={form}
          name="status"
          legend={labels.status!}
          hint={t('funderReport.fields.statusHint')}
          options={[
            ...statusChoices.map((s) => ({ value: s, label: t(`funderReport.options.status.${s}`) })),
            notRecorded,
          ]}
          value={values.status}
          onChange={set('status')}
          error={errors.fields.status ?? errors.fields.labourStatus}
        />
        <RadioGroup
          form={form}
          name="education"
          legend={labels.education!}
          options={[
            ...educationLevels.map((e) => ({ value: e, label: t(`funderReport.options.education.${e}`) })),
            notRecorded,
          ]}
          value={values.education}
          onChange={set('education')}
          error={errors.fields.education}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('funderReport.fields.sensitiveLegend')}</legend>
          <p className="field__hint">{t('funderReport.fields.sensitiveHint')}</p>
          {sensitiveItems.map((item: SensitiveItem) => (
            <RadioGroup
              key={item}
              form={form}
              name={item}
              legend={labels[item]!}
              small
              inline
              options={sensitiveOptions}
              value={values[item]}
              onChange={set(item)}
              error={errors.fields[item]}
            />
          ))}
        </fieldset>
        {left ? (
          <>
            <fieldset className="fieldset" id={`${form}-fourWeeks`} tabIndex={-1}>
              <legend className="fieldset__legend">{labels.fourWeeks}</legend>
              <p className="field__hint">{t('funderReport.fields.fourWeeksHint')}</p>
              {errors.fields.fourWeeks && <p className="field__error">{errors.fields.fourWeeks}</p>}
              {fourWeekFields.map((f) => (
                <RadioGroup
                  key={f}
                  form={form}
                  name={f}
                  legend={labels[f]!}
                  small
                  inline
                  options={yesNo}
                  value={values[f]}
                  onChange={set(f)}
                  error={errors.fields[f]}
                />
              ))}
            </fieldset>
            <fieldset className="fieldset" id={`${form}-sixMonths`} tabIndex={-1}>
              <legend className="fieldset__legend">{labels.sixMonths}</legend>
              {errors.fields.sixMonths && <p className="field__error">{errors.fields.sixMonths}</p>}
              <RadioGroup
                form={form}
                name="employed6"
                legend={labels.employed6!}
                small
                inline
                options={yesNo}
                value={values.employed6}
                onChange={set('employed6')}
              />
              {values.status === 'employed' && (
                <RadioGroup
                  form={form}
                  name="improved6"
                  legend={labels.improved6!}
                  hint={t('funderReport.fields.improvedHint')}
                  small
                  inline
                  options={yesNo}
                  value={values.improved6}
                  onChange={set('improved6')}
                />
              )}
            </fieldset>
          </>
        ) : (
          <p className="muted">{t('funderReport.fields.resultsAfterExit')}</p>
        )}
        <button className="button" type="submit" disabled={save.isPending}>
          {save.isPending ? t('form.sending') : t('funderReport.section.save')}
        </button>
      </form>
    </>
  );
}
