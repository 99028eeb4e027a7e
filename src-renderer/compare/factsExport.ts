import type { ComparedDocument, FactRow } from './compareTypes';

export interface FactsTableText {
  kind: (kind: FactRow['kind']) => string;
  kindHeading: string;
  labelHeading: string;
  disagreeHeading: string;
  disagree: string;
  agree: string;
  silent: string;
}

/** What a row says in one report: its cells there, joined; empty when the report is silent. */
export function cellText(row: FactRow, docId: string): string {
  return row.cells
    .filter((cell) => cell.docId === docId)
    .map((cell) => cell.text)
    .join(' | ');
}

/**
 * A spreadsheet opening the file runs a cell that begins with = + - @ (or a tab or carriage
 * return) as a formula; a leading apostrophe keeps it text (OWASP's advice for CSV injection).
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function tableRows(rows: readonly FactRow[], documents: readonly ComparedDocument[], text: FactsTableText): string[][] {
  const header = [
    text.kindHeading,
    text.labelHeading,
    ...documents.map((document) => document.title),
    text.disagreeHeading,
  ];
  const body = rows.map((row) => [
    text.kind(row.kind),
    row.label,
    ...documents.map((document) => cellText(row, document.id) || text.silent),
    row.disagree ? text.disagree : text.agree,
  ]);
  return [header, ...body];
}

/** The facts table as CSV (RFC 4180, CRLF), with a byte-order mark so spreadsheets read the Arabic as UTF-8. */
export function factsToCsv(
  rows: readonly FactRow[],
  documents: readonly ComparedDocument[],
  text: FactsTableText,
): string {
  return (
    '\uFEFF' +
    tableRows(rows, documents, text)
      .map((cells) => cells.map(csvCell).join(','))
      .join('\r\n') +
    '\r\n'
  );
}

const markdownCell = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** The facts table as a GitHub-flavoured Markdown table. */
export function factsToMarkdown(
  rows: readonly FactRow[],
  documents: readonly ComparedDocument[],
  text: FactsTableText,
): string {
  const [header, ...body] = tableRows(rows, documents, text);
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header!), `|${header!.map(() => ' --- |').join('')}`, ...body.map(line)].join('\n') + '\n';
}
