import type { Address, ContactPerson, Employer, EmployerSummary, Offer } from '#shared/employers.ts';

export type EmployerRow = {
  id: string;
  unit_id: string;
  name: string;
  organisation_number: string | null;
  sni_code: string | null;
  industry: string | null;
  addresses: Address[];
  contacts: Partial<ContactPerson>[];
  notes: string | null;
  offers: Offer[];
  created_at: Date;
  updated_at: Date | null;
  version: number;
};

/** The API's field names and their columns, for inserts and updates of the fields given. */
export const columns = {
  name: 'name',
  organisationNumber: 'organisation_number',
  sniCode: 'sni_code',
  industry: 'industry',
  addresses: 'addresses',
  contacts: 'contacts',
  notes: 'notes',
  offers: 'offers',
} as const;
export type Field = keyof typeof columns;

export const presentEmployerSummary = (row: EmployerRow): EmployerSummary => ({
  id: row.id,
  name: row.name,
  organisationNumber: row.organisation_number,
  sniCode: row.sni_code,
  industry: row.industry,
  offers: row.offers,
  version: row.version,
});

export const presentEmployer = (row: EmployerRow): Employer => ({
  ...presentEmployerSummary(row),
  unitId: row.unit_id,
  addresses: row.addresses,
  // Optional fields left out of the stored JSON read as null.
  contacts: row.contacts.map((c) => ({
    name: c.name ?? '',
    title: c.title ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
    language: c.language ?? null,
  })),
  notes: row.notes,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at?.toISOString() ?? null,
});
