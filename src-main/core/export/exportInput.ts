import type { Code } from '../annotations/code';
import type { DocumentNote } from '../annotations/documentNote';
import type { Highlight } from '../annotations/highlight';
import type { Memo } from '../annotations/memo';

/** What an export needs of a report: its citation and the stored text the highlights point into. */
export interface ExportDocument {
  id: string;
  title: string;
  source?: string;
  date?: string;
  url?: string;
  /** The stored text, for paragraph numbers and code point offsets. */
  text: string;
}

/**
 * Everything an exporter writes, already selected by the caller: the exporters format, they do not
 * filter. Every highlight's document must be among `documents`.
 */
export interface AnnotationExportInput {
  highlights: readonly Highlight[];
  codes: readonly Code[];
  memos: readonly Memo[];
  documents: readonly ExportDocument[];
  documentNotes?: readonly DocumentNote[];
}
