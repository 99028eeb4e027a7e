import { z } from 'zod';
import { TimestampSchema } from './timestamp';

/** A free-standing Markdown note of the analyst, optionally tied to the highlights it discusses. */
export const MemoSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** Markdown. */
  body: z.string(),
  highlightIds: z.array(z.string().min(1)),
  created: TimestampSchema,
  modified: TimestampSchema,
});
export type Memo = z.infer<typeof MemoSchema>;
