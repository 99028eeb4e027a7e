import { z } from 'zod';
import { TextTargetSchema } from './textTarget';
import { TimestampSchema } from './timestamp';

/**
 * `orphan`: the passage could not be found with enough confidence in the document's text. The
 * highlight is kept, shown to the user and can be re-attached; it is never moved or deleted silently.
 */
export const HighlightStatusSchema = z.enum(['anchored', 'orphan']);
export type HighlightStatus = z.infer<typeof HighlightStatusSchema>;

export const HighlightSchema = z.object({
  id: z.string().min(1),
  docId: z.string().min(1),
  target: TextTargetSchema,
  codeIds: z.array(z.string().min(1)),
  /** Markdown. */
  note: z.string(),
  created: TimestampSchema,
  modified: TimestampSchema,
  status: HighlightStatusSchema,
});
export type Highlight = z.infer<typeof HighlightSchema>;
