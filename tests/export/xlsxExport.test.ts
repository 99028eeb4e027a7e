import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { ANNOTATION_COLUMNS, annotationTableRows } from '../../src-main/core/export/annotationTable';
import type { AnnotationExportInput } from '../../src-main/core/export/exportInput';
import { exportXlsx } from '../../src-main/core/export/xlsxExport';
import { createTextTarget } from '../../src-main/core/annotations/createQuoteSelector';
import { tempDir } from '../helpers/tempDir';
import { highlights, sampleInput } from './fixtures/sampleExport';
import { convertWithLibreOffice, libreOfficeSkip } from './support/libreOffice';

/** The sample, plus a report whose title and note a spreadsheet would run as formulas. */
const hostileText = 'نص تجريبي: _x0041_ ليس حرفًا مرمّزًا، و\tعلامة جدولة.';
const input: AnnotationExportInput = {
  ...sampleInput,
  documents: [
    ...sampleInput.documents,
    { id: 'doc-hostile', title: '=HYPERLINK("http://example.org","انقر")', source: '@مصدر', text: hostileText },
  ],
  highlights: [
    ...highlights,
    {
      id: 'h-hostile',
      docId: 'doc-hostile',
      target: createTextTarget(hostileText, { start: 0, end: hostileText.length }, '0'.repeat(64)),
      codeIds: ['c-actors'],
      note: '-1+2 ليست معادلة\nبل ملاحظة',
      created: '2025-02-01T09:00:00.000Z',
      modified: '2025-02-01T09:00:00.000Z',
      status: 'anchored',
    },
  ],
};

async function workbookOf(parts: ReturnType<typeof exportXlsx>): Promise<Buffer> {
  const zip = new JSZip();
  for (const part of parts) zip.file(part.path, part.xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The part of the DOM these checks use; xmldom's own types lean on the browser's, absent here. */
interface Element {
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<Element>;
}

function xmlOf(parts: ReturnType<typeof exportXlsx>, path: string): Element {
  const part = parts.find((candidate) => candidate.path === path);
  assert.ok(part, `the workbook has ${path}`);
  return new DOMParser().parseFromString(part.xml, 'text/xml') as unknown as Element;
}

const elements = (root: Element, name: string) => Array.from(root.getElementsByTagName(name));

test('the sheet reads right to left, keeps its header row frozen and sets every column width', () => {
  const parts = exportXlsx(input, { language: 'ar' });
  const sheet = xmlOf(parts, 'xl/worksheets/sheet1.xml');
  const view = elements(sheet, 'sheetView')[0]!;
  assert.equal(view.getAttribute('rightToLeft'), '1');
  const pane = elements(sheet, 'pane')[0]!;
  assert.equal(pane.getAttribute('state'), 'frozen');
  assert.equal(pane.getAttribute('ySplit'), '1');
  assert.equal(pane.getAttribute('topLeftCell'), 'A2');
  const columns = elements(sheet, 'col');
  assert.equal(columns.length, ANNOTATION_COLUMNS.length);
  for (const column of columns) {
    assert.equal(column.getAttribute('customWidth'), '1');
    assert.ok(Number(column.getAttribute('width')) >= 8);
  }
  assert.equal(elements(xmlOf(parts, 'xl/workbook.xml'), 'sheet')[0]!.getAttribute('name'), 'التعليقات');
});

test('every font of the workbook is one with Arabic glyphs, marked for the Arabic character set', () => {
  const fonts = elements(xmlOf(exportXlsx(input, { language: 'en' }), 'xl/styles.xml'), 'font');
  assert.ok(fonts.length > 0);
  for (const font of fonts) {
    assert.equal(elements(font, 'name')[0]!.getAttribute('val'), 'Arial');
    assert.equal(elements(font, 'charset')[0]!.getAttribute('val'), '178');
  }
});

test('no cell is a formula; a cell that looks like one keeps its text and is marked as text', () => {
  const parts = exportXlsx(input, { language: 'en' });
  const sheet = xmlOf(parts, 'xl/worksheets/sheet1.xml');
  assert.equal(elements(sheet, 'f').length, 0);
  const quotePrefixed = elements(xmlOf(parts, 'xl/styles.xml'), 'cellXfs')[0]!;
  const textStyles = new Set(
    elements(quotePrefixed, 'xf')
      .map((xf, index) => (xf.getAttribute('quotePrefix') === '1' ? String(index) : undefined))
      .filter((index) => index !== undefined),
  );
  const title = elements(sheet, 'c').find((cell) => cell.textContent?.startsWith('=HYPERLINK'));
  assert.ok(title, 'the title cell is there, verbatim');
  assert.ok(textStyles.has(title.getAttribute('s') ?? ''), 'the formula-like title has a quote-prefix style');
});

test(
  'LibreOffice opens the workbook and gives back every cell exactly, Arabic included',
  { skip: libreOfficeSkip, timeout: 240_000 },
  async () => {
    const dir = tempDir('qarin-xlsx-');
    const file = join(dir, 'annotations.xlsx');
    writeFileSync(file, await workbookOf(exportXlsx(input, { language: 'ar' })));
    // Filter options: comma, double quote, UTF-8 (76): what LibreOffice writes, not what it guesses.
    const csv = convertWithLibreOffice(file, 'csv:Text - txt - csv (StarCalc):44,34,76').toString('utf8');
    const read = parse(csv, { bom: true, relax_column_count: true }) as string[][];
    const expected = [
      [...ANNOTATION_COLUMNS],
      ...annotationTableRows(input).map((row) => ANNOTATION_COLUMNS.map((column) => row[column])),
    ];
    assert.equal(read.length, expected.length, 'one line per row');
    let arabicCells = 0;
    for (const [rowIndex, row] of expected.entries()) {
      for (const [columnIndex, value] of row.entries()) {
        const cell = read[rowIndex]?.[columnIndex] ?? '';
        assert.equal(cell, value, `row ${rowIndex + 1}, column ${ANNOTATION_COLUMNS[columnIndex]}`);
        if (/[\u0600-\u06FF]/.test(value)) arabicCells++;
      }
    }
    assert.ok(arabicCells > 20, `the comparison covered Arabic cells (${arabicCells})`);
  },
);
