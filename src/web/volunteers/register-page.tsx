import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ageBands, genders } from '#shared/language-friends.ts';
import { RegisterVolunteerInput } from '#shared/volunteers.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { isApiError } from '#web/lib/api.ts';
import { formErrors } from '#web/placements/placement-errors.ts';
import { useRegisterVolunteer, useRegistrationForm } from './api.ts';
import { AvailabilityField, InterestsField, LanguagesField, LifeSituationField } from './profile-fields.tsx';
import { emptyRegistration, fieldKey, registerInput, type RegisterValues } from './register-values.ts';
import './volunteers.css';

const form = 'register';

/**
 * The public page where anyone registers interest as a language friend (no sign-in), in Swedish by default
 * with English beside it (the header's language switch). Only a receipt comes back.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const unitId = useParams().unitId ?? '';
  const page = useRegistrationForm(unitId);
  const [receipt, setReceipt] = useState<string | null>(null);

  if (receipt)
    return (
      <Page title={t('languageFriends.register.receiptTitle')}>
        <Notice kind="success">{t('languageFriends.register.receipt', { receipt })}</Notice>
      </Page>
    );
  if (isApiError(page.error, 'not_found') || isApiError(page.error, 'validation'))
    return (
      <Page title={t('languageFriends.register.unknownTitle')}>
        <Notice kind="warning">{t('languageFriends.register.unknown')}</Notice>
      </Page>
    );
  if (!page.data)
    return (
      <Page title={t('languageFriends.nav')}>
        {page.isPending && <Loading />}
        {page.error && <QueryError error={page.error} retry={() => void page.refetch()} />}
      </Page>
    );
  return (
    <Page
      title={t('languageFriends.register.title', { unit: page.data.unitName })}
      lead={t('languageFriends.register.lead')}
    >
      <RegisterForm
        unitId={unitId}
        unitName={page.data.unitName}
        areas={page.data.areas}
        onDone={setReceipt}
      />
    </Page>
  );
}

type FormProps = {
  unitId: string;
  unitName: string;
  areas: { id: string; name: string }[];
  onDone: (receipt: string) => void;
};

function RegisterForm({ unitId, unitName, areas, onDone }: FormProps) {
  const { t, i18n } = useTranslation();
  const register = useRegisterVolunteer(unitId);
  const [values, setValues] = useState(emptyRegistration);
  const [errors, setErrors] = useState(noErrors);
  const set =
    <K extends keyof RegisterValues>(key: K) =>
    (value: RegisterValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const f = (key: string) => t(`languageFriends.fields.${key}` as 'languageFriends.fields.email');
  const labels: Record<string, string> = {};
  for (const key of [
    'firstName',
    'lastName',
    'email',
    'phone',
    'ageBand',
    'gender',
    'languages',
    'interests',
    'occupation',
    'lifeSituation',
    'familySituation',
    'availability',
    'preferencesNote',
    'heardFrom',
    'consent',
  ])
    labels[key] = f(key);
  labels.areaId = f('area');
  const messages = {
    consent: t('languageFriends.fields.consentRequired'),
    email: values.email ? t('errors.email') : t('languageFriends.fields.contactRequired'),
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    const language = i18n.resolvedLanguage === 'en' ? 'en' : 'sv';
    const parsed = RegisterVolunteerInput.safeParse(registerInput(values, language));
    if (!parsed.success) {
      // The schema checks the contact across fields only once each field is valid: say it at once here.
      const found = formErrors(t, parsed.error, fieldKey, messages);
      if (!values.email.trim() && !values.phone.trim()) found.fields.email ??= messages.email;
      return setErrors(found);
    }
    setErrors(noErrors);
    register.mutate(registerInput(values, language) as Parameters<typeof register.mutate>[0], {
      onSuccess: (r) => onDone(r.receipt),
      onError: (error) => setErrors(formErrors(t, error, fieldKey, messages)),
    });
  };

  return (
    <>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={send} noValidate>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('languageFriends.register.aboutYou')}</legend>
          <TextField
            form={form}
            name="firstName"
            label={labels.firstName!}
            autoComplete="given-name"
            value={values.firstName}
            onChange={(e) => set('firstName')(e.target.value)}
            error={errors.fields.firstName}
          />
          <TextField
            form={form}
            name="lastName"
            label={labels.lastName!}
            autoComplete="family-name"
            value={values.lastName}
            onChange={(e) => set('lastName')(e.target.value)}
            error={errors.fields.lastName}
          />
          <SelectField
            form={form}
            name="ageBand"
            label={labels.ageBand!}
            value={values.ageBand}
            onChange={(e) => set('ageBand')(e.target.value as RegisterValues['ageBand'])}
            error={errors.fields.ageBand}
          >
            <option value="" />
            {ageBands.map((b) => (
              <option key={b} value={b}>
                {t(`languageFriends.ageBands.${b}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={form}
            name="gender"
            label={labels.gender!}
            optional
            value={values.gender}
            onChange={(e) => set('gender')(e.target.value as RegisterValues['gender'])}
            error={errors.fields.gender}
          >
            <option value="">{t('languageFriends.fields.genderNone')}</option>
            {genders.map((g) => (
              <option key={g} value={g}>
                {t(`languageFriends.genders.${g}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            form={form}
            name="occupation"
            label={labels.occupation!}
            hint={t('languageFriends.fields.occupationHint')}
            optional
            value={values.occupation}
            onChange={(e) => set('occupation')(e.target.value)}
            error={errors.fields.occupation}
          />
          <LifeSituationField
            form={form}
            hint={t('languageFriends.fields.lifeSituationHint')}
            value={values.lifeSituation}
            onChange={set('lifeSituation')}
            error={errors.fields.lifeSituation}
          />
          <TextAreaField
            form={form}
            name="familySituation"
            label={labels.familySituation!}
            hint={t('languageFriends.fields.familySituationHint')}
            optional
            rows={2}
            value={values.familySituation}
            onChange={(e) => set('familySituation')(e.target.value)}
            error={errors.fields.familySituation}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('languageFriends.register.contact')}</legend>
          <p className="field__hint">{t('languageFriends.fields.contactHint')}</p>
          <TextField
            form={form}
            name="email"
            type="email"
            label={labels.email!}
            autoComplete="email"
            optional
            value={values.email}
            onChange={(e) => set('email')(e.target.value)}
            error={errors.fields.email}
          />
          <TextField
            form={form}
            name="phone"
            type="tel"
            label={labels.phone!}
            autoComplete="tel"
            optional
            value={values.phone}
            onChange={(e) => set('phone')(e.target.value)}
            error={errors.fields.phone}
          />
        </fieldset>
        <LanguagesField
          form={form}
          value={values.languages}
          onChange={set('languages')}
          error={errors.fields.languages}
        />
        <InterestsField
          form={form}
          hint={t('languageFriends.fields.interestsHint')}
          value={values.interests}
          onChange={set('interests')}
          error={errors.fields.interests}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('languageFriends.register.meeting')}</legend>
          {areas.length > 0 && (
            <SelectField
              form={form}
              name="areaId"
              label={labels.areaId!}
              optional
              value={values.areaId}
              onChange={(e) => set('areaId')(e.target.value)}
              error={errors.fields.areaId}
            >
              <option value="">{t('languageFriends.fields.chooseArea')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </SelectField>
          )}
          <AvailabilityField
            form={form}
            hint={t('languageFriends.fields.availabilityHint')}
            value={values.availability}
            onChange={set('availability')}
            error={errors.fields.availability}
          />
          <CheckboxField
            form={form}
            name="onlyWomen"
            label={t('languageFriends.fields.onlyWomen')}
            checked={values.onlyWomen}
            onChange={(e) => set('onlyWomen')(e.target.checked)}
          />
          <CheckboxField
            form={form}
            name="wantsFamily"
            label={t('languageFriends.fields.wantsFamily')}
            checked={values.wantsFamily}
            onChange={(e) => set('wantsFamily')(e.target.checked)}
          />
          <TextAreaField
            form={form}
            name="preferencesNote"
            label={labels.preferencesNote!}
            optional
            rows={2}
            value={values.preferencesNote}
            onChange={(e) => set('preferencesNote')(e.target.value)}
            error={errors.fields.preferencesNote}
          />
        </fieldset>
        <TextField
          form={form}
          name="heardFrom"
          label={labels.heardFrom!}
          optional
          value={values.heardFrom}
          onChange={(e) => set('heardFrom')(e.target.value)}
          error={errors.fields.heardFrom}
        />
        {/* The honeypot: hidden from people and assistive technology; only a robot fills it in. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={`${form}-website`}>{t('languageFriends.fields.honeypot')}</label>
          <input
            id={`${form}-website`}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(e) => set('website')(e.target.value)}
          />
        </div>
        <section className="privacy" aria-labelledby={`${form}-privacy-title`}>
          <h2 id={`${form}-privacy-title`}>{t('languageFriends.register.privacyTitle')}</h2>
          <p>{t('languageFriends.register.privacy', { unit: unitName })}</p>
        </section>
        <div className={errors.fields.consent ? 'field field--error' : 'field'}>
          {errors.fields.consent && (
            <p className="field__error" id={`${form}-consent-error`}>
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {errors.fields.consent}
            </p>
          )}
          <div className="checkbox">
            <input
              className="checkbox__input"
              type="checkbox"
              id={`${form}-consent`}
              name="consent"
              required
              aria-invalid={errors.fields.consent ? true : undefined}
              aria-describedby={errors.fields.consent ? `${form}-consent-error` : undefined}
              checked={values.consent}
              onChange={(e) => set('consent')(e.target.checked)}
            />
            <label className="checkbox__label" htmlFor={`${form}-consent`}>
              {labels.consent}
            </label>
          </div>
        </div>
        <button className="button" type="submit" disabled={register.isPending}>
          {register.isPending ? t('form.sending') : t('languageFriends.register.submit')}
        </button>
      </form>
    </>
  );
}
