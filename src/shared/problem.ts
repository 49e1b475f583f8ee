import { z } from 'zod';

/** RFC 9457 problem details, with every validation issue and its path so a form can mark each field. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z
    .array(
      z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() }),
    )
    .optional(),
});
export type Problem = z.infer<typeof Problem>;
