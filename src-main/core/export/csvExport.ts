import { ANNOTATION_COLUMNS, annotationTableRows } from './annotationTable';
import type { AnnotationExportInput } from './exportInput';
import { neutraliseFormula } from './spreadsheetCell';

/** The CSV's header, the same columns as every tabular export (described in `annotationTable`). */
export const CSV_COLUMNS = ANNOTATION_COLUMNS;

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
  const rows: string[][] = [
    [...CSV_COLUMNS],
    ...annotationTableRows(input).map((row) => CSV_COLUMNS.map((column) => row[column])),
  ];
  // CRLF ends records as RFC 4180 asks; line breaks inside quoted notes stay as the text has them.
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
