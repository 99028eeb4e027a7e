import { ANNOTATION_COLUMNS, NUMERIC_COLUMNS, annotationTableRows, type AnnotationColumn } from './annotationTable';
import type { AnnotationExportInput } from './exportInput';
import { EXPORT_LABELS, type ExportLanguage } from './exportLabels';
import { startsLikeFormula } from './spreadsheetCell';
import { xmlAttribute, xmlText } from './xmlText';

/** One file of the workbook's zip, by its path inside the package. */
export interface XlsxPart {
  path: string;
  xml: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Character widths: identifiers fit whole, long text columns wrap. */
const COLUMN_WIDTHS: Record<AnnotationColumn, number> = {
  highlight_id: 24,
  document_id: 24,
  document_title: 40,
  source: 18,
  date: 12,
  url: 30,
  paragraph: 9,
  start: 9,
  end: 9,
  quote: 60,
  code: 20,
  code_path: 28,
  note: 40,
  created: 22,
  modified: 22,
};

const WRAPPED_COLUMNS: ReadonlySet<AnnotationColumn> = new Set(['document_title', 'quote', 'note']);

/**
 * Cell formats (indexes into `cellXfs` below): the header, plain and wrapped text, and the same
 * two with `quotePrefix`, which keeps a would-be formula as text if the user edits the cell.
 */
const STYLE = { header: 1, plain: 2, wrapped: 3, plainText: 4, wrappedText: 5 } as const;

/**
 * Arial has Arabic glyphs on Windows and macOS, where Excel runs; charset 178 tells Excel the font
 * is used for Arabic. LibreOffice substitutes a font that has them where Arial is missing.
 */
const FONT = '<sz val="11"/><name val="Arial"/><family val="2"/><charset val="178"/>';

const STYLES_XML =
  `${XML_DECLARATION}<styleSheet xmlns="${MAIN}">` +
  `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** A, B, …, Z, AA, …: the column part of a cell reference. */
function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Text as an OOXML string (ST_Xstring): characters XML cannot hold (control characters, and CR,
 * which XML parsers fold into LF) are written `_xHHHH_`, as Excel does, and a literal `_xHHHH_` in
 * the text has its underscore escaped so that it is not decoded. The cell then reads back exactly.
 */
function ooxmlString(value: string): string {
  const escaped = value
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g, (character) => {
      return `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
    });
  return xmlText(escaped);
}

function textCell(reference: string, value: string, style: number): string {
  return `<c r="${reference}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${ooxmlString(value)}</t></is></c>`;
}

function sheetXml(rows: ReadonlyArray<Record<AnnotationColumn, string>>): string {
  const lastColumn = columnLetters(ANNOTATION_COLUMNS.length - 1);
  const header = ANNOTATION_COLUMNS.map((column, index) => textCell(`${columnLetters(index)}1`, column, STYLE.header));
  const body = rows.map((row, rowIndex) => {
    const rowNumber = rowIndex + 2;
    const cells = ANNOTATION_COLUMNS.map((column, index) => {
      const value = row[column];
      const reference = `${columnLetters(index)}${rowNumber}`;
      if (value === '') return '';
      if (NUMERIC_COLUMNS.has(column)) return `<c r="${reference}" s="${STYLE.plain}"><v>${value}</v></c>`;
      const wrapped = WRAPPED_COLUMNS.has(column);
      const style = startsLikeFormula(value)
        ? wrapped
          ? STYLE.wrappedText
          : STYLE.plainText
        : wrapped
          ? STYLE.wrapped
          : STYLE.plain;
      return textCell(reference, value, style);
    });
    return `<row r="${rowNumber}">${cells.join('')}</row>`;
  });
  const columns = ANNOTATION_COLUMNS.map(
    (column, index) => `<col min="${index + 1}" max="${index + 1}" width="${COLUMN_WIDTHS[column]}" customWidth="1"/>`,
  );
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<dimension ref="A1:${lastColumn}${rows.length + 1}"/>` +
    // Right to left: column A on the right, as an Arabic reader scans; the header row stays in view.
    '<sheetViews><sheetView rightToLeft="1" tabSelected="1" workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${columns.join('')}</cols>` +
    `<sheetData><row r="1">${header.join('')}</row>${body.join('')}</sheetData>` +
    '</worksheet>'
  );
}

/**
 * The annotations as an Office Open XML workbook (.xlsx): the same rows as the CSV export, on one
 * right-to-left sheet with the header row frozen, set column widths and an Arabic-capable font.
 * Cells are inline strings, so no text is ever read as a formula; the caller zips the parts.
 */
export function exportXlsx(input: AnnotationExportInput, options: { language: ExportLanguage }): XlsxPart[] {
  const sheetName = EXPORT_LABELS[options.language].sheetName;
  return [
    {
      path: '[Content_Types].xml',
      xml:
        `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    },
    {
      path: '_rels/.rels',
      xml:
        `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    },
    {
      path: 'xl/workbook.xml',
      xml:
        `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
        '<bookViews><workbookView/></bookViews>' +
        `<sheets><sheet name="${xmlAttribute(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      xml:
        `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    },
    { path: 'xl/styles.xml', xml: STYLES_XML },
    { path: 'xl/worksheets/sheet1.xml', xml: sheetXml(annotationTableRows(input)) },
  ];
}
