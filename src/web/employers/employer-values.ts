import type { TFunction } from 'i18next';
import { addressKinds, type Employer, type Offer } from '#shared/employers.ts';
import { formatOrganisationNumber } from '#shared/organisation-number.ts';

export type ContactValues = { name: string; title: string; phone: string; email: string; language: string };

/** The form's state: what the inputs hold, as text. Each address kind has its own three fields. */
export type EmployerValues = {
  name: string;
  organisationNumber: string;
  sniCode: string;
  industry: string;
  offers: Offer[];
  visitingStreet: string;
  visitingPostalCode: string;
  visitingCity: string;
  postalStreet: string;
  postalPostalCode: string;
  postalCity: string;
  contacts: ContactValues[];
  notes: string;
};

type AddressKind = (typeof addressKinds)[number];
const addressKey = (kind: AddressKind, part: 'Street' | 'PostalCode' | 'City') =>
  `${kind}${part}` as keyof EmployerValues;

export const emptyContact: ContactValues = { name: '', title: '', phone: '', email: '', language: '' };

export const emptyValues: EmployerValues = {
  name: '',
  organisationNumber: '',
  sniCode: '',
  industry: '',
  offers: [],
  visitingStreet: '',
  visitingPostalCode: '',
  visitingCity: '',
  postalStreet: '',
  postalPostalCode: '',
  postalCity: '',
  contacts: [],
  notes: '',
};

/** A stored postal code as Swedes write it: 151 72. */
export const formatPostalCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export function valuesOf(e: Employer): EmployerValues {
  const values: EmployerValues = {
    ...emptyValues,
    name: e.name,
    organisationNumber: e.organisationNumber ? formatOrganisationNumber(e.organisationNumber) : '',
    sniCode: e.sniCode ?? '',
    industry: e.industry ?? '',
    offers: e.offers,
    contacts: e.contacts.map((c) => ({
      name: c.name,
      title: c.title ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
      language: c.language ?? '',
    })),
    notes: e.notes ?? '',
  };
  for (const a of e.addresses) {
    Object.assign(values, {
      [addressKey(a.kind, 'Street')]: a.street,
      [addressKey(a.kind, 'PostalCode')]: formatPostalCode(a.postalCode),
      [addressKey(a.kind, 'City')]: a.city,
    });
  }
  return values;
}

/** The addresses the form holds: a kind with any of its fields filled in. */
function addressesOf(v: EmployerValues) {
  return addressKinds
    .map((kind) => ({
      kind,
      street: v[addressKey(kind, 'Street')] as string,
      postalCode: v[addressKey(kind, 'PostalCode')] as string,
      city: v[addressKey(kind, 'City')] as string,
    }))
    .filter((a) => (a.street + a.postalCode + a.city).trim() !== '');
}

/** The form's values as the API wants them; the shared schema trims, normalises and checks. */
export type EmployerInput = ReturnType<typeof employerInput>;

export const employerInput = (v: EmployerValues) => ({
  name: v.name,
  organisationNumber: v.organisationNumber,
  sniCode: v.sniCode,
  industry: v.industry,
  offers: v.offers,
  addresses: addressesOf(v),
  contacts: v.contacts,
  notes: v.notes,
});

/** Labels for the error summary and the conflict notice, one per field the form shows. */
export function fieldLabels(t: TFunction, values: EmployerValues): Record<string, string> {
  const labels: Record<string, string> = {
    name: t('employers.name'),
    organisationNumber: t('employers.organisationNumber'),
    sniCode: t('employers.sniCode'),
    industry: t('employers.industry'),
    offers: t('employers.offers'),
    contacts: t('employers.contactsTitle'),
    notes: t('employers.notes'),
  };
  for (const kind of addressKinds) {
    const legend = t(`employers.addressKinds.${kind}`);
    labels[addressKey(kind, 'Street')] = `${legend}: ${t('employers.street')}`;
    labels[addressKey(kind, 'PostalCode')] = `${legend}: ${t('employers.postalCode')}`;
    labels[addressKey(kind, 'City')] = `${legend}: ${t('employers.city')}`;
  }
  values.contacts.forEach((_, i) => {
    const legend = t('employers.contactLegend', { n: i + 1 });
    for (const part of ['name', 'title', 'phone', 'email', 'language'] as const) {
      labels[`contacts-${i}-${part}`] = `${legend}: ${t(`employers.contact.${part}`)}`;
    }
  });
  return labels;
}
