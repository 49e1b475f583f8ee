import { z } from 'zod';
import { Id } from './common.ts';

export const consentMethods = ['written', 'oral', 'oral_with_interpreter', 'digital'] as const;
export const ConsentMethod = z.enum(consentMethods);

export const ConsentPurpose = z.object({ key: z.string(), labelSv: z.string(), labelEn: z.string() });
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

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
