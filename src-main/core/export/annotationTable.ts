import type { AnnotationExportInput } from './exportInput';
import { resolveExportedHighlights } from './resolveExportedHighlights';

/**
 * The columns of the tabular exports (CSV and XLSX), one row per highlight and code (a highlight
 * without codes gets one row with an empty code), so a spreadsheet pivot or `GROUP BY code` counts
 * coded passages directly:
 *
 * - highlight_id, document_id: Qarin's stable identifiers.
 * - document_title, source, date, url: the report's citation, as stored in the library.
 * - paragraph: 1-based number of the non-blank line where the highlight starts; empty for an orphan.
 * - start, end: [start, end) of the passage in Unicode code points of the stored text (what REFI-QDA
 *   and the W3C TextPositionSelector count, and what Python's `str` indexes); empty for an orphan.
 * - quote: the highlighted passage, verbatim.
 * - code: the code's name; code_path: names from the root of the codebook joined by "/".
 * - note: the highlight's Markdown note.
 * - created, modified: ISO 8601 date-times.
 */
export const ANNOTATION_COLUMNS = [
  'highlight_id',
  'document_id',
  'document_title',
  'source',
  'date',
  'url',
  'paragraph',
  'start',
  'end',
  'quote',
  'code',
  'code_path',
  'note',
  'created',
  'modified',
] as const;

export type AnnotationColumn = (typeof ANNOTATION_COLUMNS)[number];

/** Columns that hold a count, so a spreadsheet can sort and sum them as numbers. */
export const NUMERIC_COLUMNS: ReadonlySet<AnnotationColumn> = new Set(['paragraph', 'start', 'end']);

/** Every row's cells by column, as text (an empty string for an empty cell), in export order. */
export function annotationTableRows(input: AnnotationExportInput): Array<Record<AnnotationColumn, string>> {
  const rows: Array<Record<AnnotationColumn, string>> = [];
  for (const entry of resolveExportedHighlights(input)) {
    const { highlight, document } = entry;
    const base = {
      highlight_id: highlight.id,
      document_id: document.id,
      document_title: document.title,
      source: document.source ?? '',
      date: document.date ?? '',
      url: document.url ?? '',
      paragraph: entry.paragraph?.toString() ?? '',
      start: entry.startCodePoint?.toString() ?? '',
      end: entry.endCodePoint?.toString() ?? '',
      quote: highlight.target.quote.exact,
      note: highlight.note,
      created: highlight.created,
      modified: highlight.modified,
    };
    const codings = entry.codes.length > 0 ? entry.codes : [undefined];
    for (const coding of codings) {
      rows.push({ ...base, code: coding?.code.name ?? '', code_path: coding?.path.join('/') ?? '' });
    }
  }
  return rows;
}
