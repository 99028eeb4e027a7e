import type { Bilingual } from '../text/bilingual';
import type { ParsedDocument } from '../text/documentMeta';

/** A part of a file that could not be imported (one JSONL line, one TREC <DOC>) while the rest was. */
export interface ImportItemError {
  path: string;
  reason: Bilingual;
}

export interface ParseOutcome {
  documents: ParsedDocument[];
  errors: ImportItemError[];
}
