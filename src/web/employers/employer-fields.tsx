import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addressKinds, offers, type Offer } from '#shared/employers.ts';
import { TextField } from '#web/components/field.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { ContactFields } from './contact-fields.tsx';
import type { EmployerValues } from './employer-values.ts';

type Props = {
  form: string;
  values: EmployerValues;
  onChange: (values: EmployerValues) => void;
  errors: Record<string, string>;
};

function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset employer-fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {children}
    </fieldset>
  );
}

/** Every field of the register, shared by the create and edit pages. */
export function EmployerFields({ form, values, onChange, errors }: Props) {
  const { t } = useTranslation();
  const text = (name: keyof EmployerValues) => ({
    form,
    name,
    value: values[name] as string,
    onChange: (e: { target: { value: string } }) => onChange({ ...values, [name]: e.target.value }),
    error: errors[name],
  });
  const toggleOffer = (offer: Offer, on: boolean) =>
    onChange({
      ...values,
      offers: on ? [...values.offers, offer] : values.offers.filter((o) => o !== offer),
    });

  return (
    <>
      <Fieldset legend={t('employers.legends.employer')}>
        <TextField {...text('name')} label={t('employers.name')} autoComplete="organization" />
        <TextField
          {...text('organisationNumber')}
          label={t('employers.organisationNumber')}
          hint={t('employers.organisationNumberHint')}
          optional
          width="medium"
          autoComplete="off"
          spellCheck={false}
          inputMode="numeric"
          maxLength={20}
        />
        <TextField
          {...text('sniCode')}
          label={t('employers.sniCode')}
          hint={t('employers.sniCodeHint')}
          optional
          width="short"
          autoComplete="off"
          inputMode="numeric"
          maxLength={6}
        />
        <TextField
          {...text('industry')}
          label={t('employers.industry')}
          hint={t('employers.industryHint')}
          optional
        />
      </Fieldset>
      <fieldset className="fieldset employer-fieldset" aria-describedby={`${form}-offers-hint`}>
        <legend className="fieldset__legend" id={`${form}-offers`} tabIndex={-1}>
          {t('employers.offers')}
        </legend>
        <p className="field__hint" id={`${form}-offers-hint`}>
          {t('employers.offersHint')}
        </p>
        {offers.map((offer) => (
          <div className="checkbox" key={offer}>
            <input
              className="checkbox__input"
              type="checkbox"
              id={`${form}-offer-${offer}`}
              checked={values.offers.includes(offer)}
              onChange={(e) => toggleOffer(offer, e.target.checked)}
            />
            <label className="checkbox__label" htmlFor={`${form}-offer-${offer}`}>
              {t(`employers.offerNames.${offer}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {addressKinds.map((kind) => (
        <Fieldset key={kind} legend={t(`employers.addressKinds.${kind}`)} hint={t('employers.addressHint')}>
          <TextField {...text(`${kind}Street`)} label={t('employers.street')} optional autoComplete="off" />
          <TextField
            {...text(`${kind}PostalCode`)}
            label={t('employers.postalCode')}
            optional
            width="short"
            autoComplete="off"
            inputMode="numeric"
            maxLength={6}
          />
          <TextField {...text(`${kind}City`)} label={t('employers.city')} optional width="medium" />
        </Fieldset>
      ))}
      <ContactFields
        form={form}
        contacts={values.contacts}
        onChange={(contacts) => onChange({ ...values, contacts })}
        errors={errors}
      />
      <TextAreaField
        {...text('notes')}
        label={t('employers.notes')}
        hint={t('employers.notesHint')}
        optional
      />
    </>
  );
}
