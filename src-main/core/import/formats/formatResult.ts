import type { Bilingual } from '../../text/bilingual';
import type { ParsedDocument } from '../../text/documentMeta';

/**
 * What a format reader returns: the reports it could read, and one reason for each part it could
 * not (a JSONL line, a TREC <DOC>). Readers do not know the file's path; `parseFile` adds it.
 */
export interface FormatResult {
  documents: ParsedDocument[];
  problems: Bilingual[];
}
