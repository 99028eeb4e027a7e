import type { AnnotationExportInput } from './exportInput';
import { resolveExportedHighlights } from './resolveExportedHighlights';
import { neutraliseFormula } from './spreadsheetCell';

/**
 * One row per highlight and code (a highlight without codes gets one row with an empty code), so a
 * spreadsheet pivot or `GROUP BY code` counts coded passages directly. Columns:
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
export const CSV_COLUMNS = [
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

/** A byte order mark: without it Excel opens UTF-8 CSV as the ANSI code page and garbles Arabic. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. A field
 * a spreadsheet would run as a formula is neutralised first.
 */
function csvField(raw: string): string {
  const value = neutraliseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function exportCsv(input: AnnotationExportInput): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
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
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        ...base,
        code: coding?.code.name ?? '',
        code_path: coding?.path.join('/') ?? '',
      };
      rows.push(CSV_COLUMNS.map((column) => row[column]));
    }
  }
  // CRLF ends records as RFC 4180 asks; line breaks inside quoted notes stay as the text has them.
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
