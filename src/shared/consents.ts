import { z } from 'zod';
import { Id } from './common.ts';

export const consentMethods = ['written', 'oral', 'oral_with_interpreter', 'digital'] as const;
export const ConsentMethod = z.enum(consentMethods);

export const ConsentPurpose = z.object({
  key: z.string(),
  labelSv: z.string(),
  labelEn: z.string(),
  /** Built in (the same for every organisation, not editable) or the organisation's own. */
  builtIn: z.boolean(),
  archived: z.boolean(),
});
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const ConsentPurposesQuery = z.strictObject({
  /** With archived ones too (for the administrator's page). */
  all: z.enum(['true', 'false']).default('false'),
});

const PurposeLabel = z.string().trim().min(1).max(200);

export const CreateConsentPurposeInput = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, 'lower-case letters, digits and _'),
  labelSv: PurposeLabel,
  labelEn: PurposeLabel,
});
export type CreateConsentPurposeInput = z.input<typeof CreateConsentPurposeInput>;

/** Archiving hides a purpose when consent is given; consents already given for it stay as they are. */
export const UpdateConsentPurposeInput = z.strictObject({
  labelSv: PurposeLabel.optional(),
  labelEn: PurposeLabel.optional(),
  archived: z.boolean().optional(),
});
export type UpdateConsentPurposeInput = z.input<typeof UpdateConsentPurposeInput>;
export const PurposeParams = z.strictObject({ key: z.string().max(41) });

export const Consent = z.object({
  id: Id,
  participantId: Id,
  purpose: z.string(),
  givenOn: z.iso.date(),
  givenMethod: ConsentMethod,
  givenRecordedBy: z.string().nullable(),
  withdrawnOn: z.iso.date().nullable(),
  withdrawnMethod: ConsentMethod.nullable(),
  withdrawnRecordedBy: z.string().nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const GiveConsentInput = z.strictObject({
  purpose: z.string().min(1).max(60),
  givenOn: z.iso.date(),
  method: ConsentMethod,
});
export type GiveConsentInput = z.input<typeof GiveConsentInput>;

export const WithdrawConsentInput = z.strictObject({ withdrawnOn: z.iso.date(), method: ConsentMethod });
export type WithdrawConsentInput = z.input<typeof WithdrawConsentInput>;
