import type { IntegrityWarning } from './integrityWarning';

/** Metadata an importer can read from a file; anything it cannot find stays undefined. */
export interface DocumentMeta {
  title?: string;
  source?: string;
  /** ISO 8601 calendar date (YYYY-MM-DD) or date-time, as precise as the file says. */
  date?: string;
  url?: string;
  author?: string;
  category?: string;
  /** The identifier the file itself gives the report (TREC DOCNO, a JSONL id). */
  externalId?: string;
  abstract?: string;
}

/** One report as read from a file, before it enters a project. A file may hold several. */
export interface ParsedDocument {
  /** Stable key of the report inside its file: its external id, else its ordinal. */
  key: string;
  /** Decoded text: NFC, LF line endings, no BOM. Never rewritten after import. */
  text: string;
  meta: DocumentMeta;
  /** Name of the format that read it ("txt", "html", "trec", ...). */
  format: string;
  /** Encoding the bytes were decoded from ("utf-8", "utf-16le", "windows-1256", ...). */
  encoding: string;
  /** What the format reader noticed about the text (markup left open); the rest is found later. */
  warnings?: IntegrityWarning[];
}
