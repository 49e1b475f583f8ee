import { z } from 'zod';

export const Id = z.uuid();
export const IdParams = z.strictObject({ id: Id });

/** Optimistic concurrency: every update carries the version it was read at. */
export const Version = z.number().int().nonnegative();

export const Email = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());

export const Name = z.string().trim().min(1).max(200);

/** Free text: trimmed, and empty means not given. */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null)
    .nullable()
    .optional();

/** A phone number as people write it (+46, spaces, hyphens, brackets); empty means none. */
export const Phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^(\+?[0-9][0-9 ()-]{4,28})?$/, 'a phone number')
  .transform((v) => v || null);

/** A new password: long rather than complex (NIST SP 800-63B). */
export const NewPassword = z.string().min(12).max(256);

export const Timestamp = z.iso.datetime({ offset: true });

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), nextCursor: z.string().nullable() });
