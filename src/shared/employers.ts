import { z } from 'zod';
import { Email, Id, Name, Phone, Text, Timestamp, Version } from './common.ts';
import { parseOrganisationNumber } from './organisation-number.ts';
import { LanguageCode } from './participants.ts';

/** What an employer can offer a participant, from a first visit to a job. */
export const offers = ['study_visit', 'job_shadowing', 'internship', 'job'] as const;
export type Offer = (typeof offers)[number];

export const addressKinds = ['visiting', 'postal'] as const;

/** An organisationsnummer in any usual form, normalised to ten digits; empty means the employer has none. */
export const OrganisationNumberInput = z
  .string()
  .trim()
  .max(20)
  .transform((v, ctx) => {
    if (v === '') return null;
    const parsed = parseOrganisationNumber(v);
    if (parsed.ok) return parsed.number.value;
    ctx.addIssue({
      code: 'custom',
      message: `invalid organisation number (${parsed.error})`,
      params: parsed,
    });
    return z.NEVER;
  });

/** SNI 2007: five digits (62010, or 62.010 as SCB prints it), or the two-digit division alone. */
export const SniCodeInput = z
  .string()
  .trim()
  .regex(/^(\d{2}(\.?\d{3})?)?$/, 'an SNI 2007 code: five digits, or two for the division')
  .transform((v) => v.replace('.', '') || null);

const PostalCode = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{2}$/, 'a postal code: five digits')
  .transform((v) => v.replace(' ', ''));

export const Address = z.strictObject({
  kind: z.enum(addressKinds),
  street: z.string().trim().min(1).max(200),
  postalCode: PostalCode,
  city: z.string().trim().min(1).max(100),
});
export type Address = z.infer<typeof Address>;

export const ContactPerson = z
  .strictObject({
    name: Name,
    title: Text(200),
    phone: Phone.nullable().optional(),
    email: z
      .union([z.literal('').transform(() => null), Email])
      .nullable()
      .optional(),
    /** The language to use with her, when it is not Swedish (ISO 639). */
    language: z
      .union([z.literal('').transform(() => null), LanguageCode])
      .nullable()
      .optional(),
  })
  // Stored whole, so an unchanged contact compares equal to the stored one.
  .transform((c) => ({
    name: c.name,
    title: c.title ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
    language: c.language ?? null,
  }));
export type ContactPerson = z.output<typeof ContactPerson>;

const employerFields = {
  organisationNumber: OrganisationNumberInput.nullable().optional(),
  sniCode: SniCodeInput.nullable().optional(),
  industry: Text(200),
  addresses: z
    .array(Address)
    .max(addressKinds.length)
    .refine((list) => new Set(list.map((a) => a.kind)).size === list.length, 'one address of each kind')
    .optional(),
  contacts: z.array(ContactPerson).max(20).optional(),
  notes: Text(4000),
  offers: z
    .array(z.enum(offers))
    .max(offers.length)
    .transform((v) => offers.filter((o) => v.includes(o)))
    .optional(),
};

export const CreateEmployerInput = z.strictObject({ name: Name, ...employerFields });
export type CreateEmployerInput = z.input<typeof CreateEmployerInput>;

export const UpdateEmployerInput = z.strictObject({
  name: Name.optional(),
  ...employerFields,
  version: Version,
});
export type UpdateEmployerInput = z.input<typeof UpdateEmployerInput>;

export const Employer = z.object({
  id: Id,
  unitId: Id,
  name: z.string(),
  organisationNumber: z.string().nullable(),
  sniCode: z.string().nullable(),
  industry: z.string().nullable(),
  addresses: z.array(
    z.object({ kind: z.enum(addressKinds), street: z.string(), postalCode: z.string(), city: z.string() }),
  ),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      language: z.string().nullable(),
    }),
  ),
  notes: z.string().nullable(),
  offers: z.array(z.enum(offers)),
  createdAt: Timestamp,
  updatedAt: Timestamp.nullable(),
  version: Version,
});
export type Employer = z.infer<typeof Employer>;

/** A row of the list. */
export const EmployerSummary = Employer.pick({
  id: true,
  name: true,
  organisationNumber: true,
  sniCode: true,
  industry: true,
  offers: true,
  version: true,
});
export type EmployerSummary = z.infer<typeof EmployerSummary>;

export const EmployerListQuery = z.strictObject({
  /** A name (forgiving misspellings) or the start of an organisation number. */
  q: z.string().trim().max(100).optional(),
  offer: z.enum(offers).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const EmployerPage = z.object({ items: z.array(EmployerSummary), total: z.number().int() });
export type EmployerPage = z.infer<typeof EmployerPage>;
