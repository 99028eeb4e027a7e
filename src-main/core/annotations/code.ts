import { z } from 'zod';

/** A tag of the codebook, as in QDA software: a name, a colour and an optional parent code. */
export const CodeSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'a code needs a name'),
  /** `#rrggbb`: the one form REFI-QDA, CSS and every colour picker agree on. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
  parentId: z.string().min(1).optional(),
  description: z.string().optional(),
});
export type Code = z.infer<typeof CodeSchema>;
