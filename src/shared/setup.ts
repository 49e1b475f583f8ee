import { z } from 'zod';
import { Email, Name, NewPassword } from './common.ts';

export const SetupInput = z.strictObject({
  token: z.string().min(20).max(200),
  organisationName: Name,
  name: Name,
  email: Email,
  password: NewPassword,
});
export type SetupInput = z.input<typeof SetupInput>;
