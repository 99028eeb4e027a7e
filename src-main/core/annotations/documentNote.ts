import { z } from 'zod';

/** The analyst's Markdown note about a whole report, at most one per document. */
export const DocumentNoteSchema = z.object({
  docId: z.string().min(1),
  body: z.string(),
});
export type DocumentNote = z.infer<typeof DocumentNoteSchema>;
