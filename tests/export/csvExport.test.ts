import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, exportCsv } from '../../src-main/core/export/csvExport';
import { emojiPost, highlights, sampleInput, sirteReport } from './fixtures/sampleExport';

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, relax_quotes: false, record_delimiter: '\r\n' }) as Record<string, string>[];
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
