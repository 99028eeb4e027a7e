import { z } from 'zod';
import { CodeSchema, type Code } from './code';
import { DocumentNoteSchema, type DocumentNote } from './documentNote';
import { MemoSchema, type Memo } from './memo';
import { StoredHighlightSchema, type StoredHighlight } from './annotationData';

/**
 * One step from one annotation state to the next, as whole records: records to put (insert or
 * replace by key) and keys to remove. Whole records rather than operations, so applying a change
 * twice gives the same state as applying it once (the journal relies on that), and undoing is
 * applying the records as they were before.
 */
const recordChanges = <T extends z.ZodType>(record: T) =>
  z.object({ put: z.array(record).optional(), remove: z.array(z.string().min(1)).optional() });

export const AnnotationChangeSchema = z.object({
  highlights: recordChanges(StoredHighlightSchema).optional(),
  codes: recordChanges(CodeSchema).optional(),
  memos: recordChanges(MemoSchema).optional(),
  /** Keyed by document id. */
  documentNotes: recordChanges(DocumentNoteSchema).optional(),
});

interface RecordChanges<T> {
  put?: T[];
  remove?: string[];
}

export interface AnnotationChange {
  highlights?: RecordChanges<StoredHighlight>;
  codes?: RecordChanges<Code>;
  memos?: RecordChanges<Memo>;
  documentNotes?: RecordChanges<DocumentNote>;
}

export type AnnotationCollection = keyof AnnotationChange;

export const ANNOTATION_COLLECTIONS: readonly AnnotationCollection[] = [
  'highlights',
  'codes',
  'memos',
  'documentNotes',
];

export function isEmptyChange(change: AnnotationChange): boolean {
  return ANNOTATION_COLLECTIONS.every(
    (name) => (change[name]?.put?.length ?? 0) === 0 && (change[name]?.remove?.length ?? 0) === 0,
  );
}
