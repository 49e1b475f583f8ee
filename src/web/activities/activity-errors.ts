import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { errorsFromProblem, errorsFromZod, type FormErrors } from '#web/components/form-errors.ts';
import { fieldMessages } from './activity-values.ts';

export const zodErrors = (t: TFunction, error: z.ZodError): FormErrors =>
  errorsFromZod(t, error, { fields: fieldMessages(t) });

export const problemErrors = (t: TFunction, error: unknown): FormErrors =>
  errorsFromProblem(t, error, { fields: fieldMessages(t) });
