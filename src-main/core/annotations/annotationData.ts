import { z } from 'zod';
import { CodeSchema } from './code';
import { DocumentNoteSchema } from './documentNote';
import { HighlightSchema } from './highlight';
import { MemoSchema } from './memo';
import { TimestampSchema } from './timestamp';

/** Bump with a migration in `annotationSnapshotStore` when the stored shape changes. */
export const ANNOTATIONS_SCHEMA_VERSION = 1;

/**
 * How a highlight was last moved by re-anchoring to an edited text. Kept so that a passage found
 * by its quote elsewhere, or only approximately, is shown to the user for review rather than being
 * moved silently.
 */
export const ReanchorRecordSchema = z.object({
  method: z.enum(['exact-quote', 'fuzzy']),
  confidence: z.number().min(0).max(1),
  /** The quote before the move, which differs from the current one after a fuzzy match. */
  previousQuote: z.string(),
  at: TimestampSchema,
});
export type ReanchorRecord = z.infer<typeof ReanchorRecordSchema>;

export const StoredHighlightSchema = HighlightSchema.extend({ reanchor: ReanchorRecordSchema.optional() });
export type StoredHighlight = z.infer<typeof StoredHighlightSchema>;

/** Everything the analyst made, as one state: what a snapshot holds and what the journal changes. */
export const AnnotationRecordsSchema = z.object({
  highlights: z.array(StoredHighlightSchema),
  codes: z.array(CodeSchema),
  memos: z.array(MemoSchema),
  documentNotes: z.array(DocumentNoteSchema),
});
export type AnnotationRecords = z.infer<typeof AnnotationRecordsSchema>;

/**
 * `annotations.json`: the records as of journal entry `appliedSeq`. Journal entries up to that
 * number are already inside, so replaying a journal that a crash left un-truncated adds nothing twice.
 */
export const AnnotationSnapshotSchema = AnnotationRecordsSchema.extend({
  appliedSeq: z.number().int().min(0),
});
export type AnnotationSnapshot = z.infer<typeof AnnotationSnapshotSchema>;

export function emptyAnnotationSnapshot(): AnnotationSnapshot {
  return { appliedSeq: 0, highlights: [], codes: [], memos: [], documentNotes: [] };
}
