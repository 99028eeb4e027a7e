import { firstStrongDirection } from '../export/textDirection';
import { xmlAttribute, xmlText } from '../export/xmlText';

/**
 * WordprocessingML pieces for a report written right to left where its text is. Word and
 * LibreOffice lay out Arabic right only when a paragraph says `w:bidi` (its base direction) and each
 * run of Arabic says `w:rtl` and carries a complex-script font (`w:cs`) and size (`w:szCs`): the
 * plain `w:sz` and `w:ascii` fonts apply to Latin text only.
 */

/** The font the report asks for; the HTML embeds it, and Word or LibreOffice fall back to one with Arabic. */
export const DOCX_FONT = 'Noto Naskh Arabic';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const LATIN_LETTER = /[\p{L}]/u;

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  /** `rrggbb` without the hash. */
  color?: string;
  /** Background fill, `rrggbb`. */
  fill?: string;
  /** Half-points. */
  size?: number;
}

/**
 * Splits text into runs by script: letters of Arabic script make a right-to-left run, other letters
 * a left-to-right one, and spaces, digits and punctuation stay with the run before them (or the
 * next one at the start), which is where the bidirectional algorithm puts them.
 */
export function scriptRuns(text: string): Array<{ text: string; rtl: boolean }> {
  const runs: Array<{ text: string; rtl: boolean | undefined }> = [];
  for (const character of text) {
    const kind = ARABIC_LETTER.test(character) ? true : LATIN_LETTER.test(character) ? false : undefined;
    const last = runs[runs.length - 1];
    if (last === undefined) runs.push({ text: character, rtl: kind });
    else if (kind === undefined || last.rtl === kind) last.text += character;
    else if (last.rtl === undefined) {
      last.text += character;
      last.rtl = kind;
    } else runs.push({ text: character, rtl: kind });
  }
  return runs.map((run) => ({ text: run.text, rtl: run.rtl ?? false }));
}

function runProperties(style: RunStyle, rtl: boolean): string {
  // Without a size of its own a run takes its paragraph style's (a heading's, the title's).
  const size = style.size;
  return [
    '<w:rPr>',
    `<w:rFonts w:ascii="${DOCX_FONT}" w:hAnsi="${DOCX_FONT}" w:cs="${DOCX_FONT}"/>`,
    style.bold ? '<w:b/><w:bCs/>' : '',
    style.italic ? '<w:i/><w:iCs/>' : '',
    style.color ? `<w:color w:val="${style.color}"/>` : '',
    size !== undefined ? `<w:sz w:val="${size}"/><w:szCs w:val="${size + 2}"/>` : '',
    style.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${style.fill}"/>` : '',
    rtl ? '<w:rtl/>' : '',
    '</w:rPr>',
  ].join('');
}

/** Runs for a piece of text, line breaks kept as `w:br`. */
export function runs(text: string, style: RunStyle = {}): string {
  return scriptRuns(text)
    .map((run) => {
      const lines = run.text.split('\n');
      const body = lines
        .map((line, index) => `${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t>`)
        .join('');
      return `<w:r>${runProperties(style, run.rtl)}${body}</w:r>`;
    })
    .join('');
}

export interface ParagraphOptions {
  style?: string;
  /** The paragraph's base direction; by default that of its first strong letter, else the report's. */
  rtl?: boolean;
  /** Twips of indent at the paragraph's start side. */
  indent?: number;
  /** A bar of this colour (`rrggbb`) at the paragraph's start side, as the HTML's quotes have. */
  bar?: string;
  fill?: string;
  bookmark?: { id: number; name: string };
  keepNext?: boolean;
}

export function paragraph(
  content: string,
  plainText: string,
  reportRtl: boolean,
  options: ParagraphOptions = {},
): string {
  const rtl = options.rtl ?? (firstStrongDirection(plainText) ?? (reportRtl ? 'rtl' : 'ltr')) === 'rtl';
  const properties = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.keepNext ? '<w:keepNext/>' : '',
    options.bar
      ? `<w:pBdr><w:${rtl ? 'right' : 'left'} w:val="single" w:sz="24" w:space="8" w:color="${options.bar}"/></w:pBdr>`
      : '',
    options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : '',
    // Explicit both ways: an Arabic report's default paragraph is right to left.
    rtl ? '<w:bidi/>' : '<w:bidi w:val="0"/>',
    options.indent ? `<w:ind w:${rtl ? 'right' : 'left'}="${options.indent}"/>` : '',
  ].join('');
  const bookmark = options.bookmark;
  const opening = bookmark ? `<w:bookmarkStart w:id="${bookmark.id}" w:name="${xmlAttribute(bookmark.name)}"/>` : '';
  const closing = bookmark ? `<w:bookmarkEnd w:id="${bookmark.id}"/>` : '';
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${opening}${content}${closing}</w:p>`;
}

/** A link to a bookmark inside the document (the table of contents, citation numbers). */
export function internalLink(anchor: string, content: string): string {
  return `<w:hyperlink w:anchor="${xmlAttribute(anchor)}" w:history="1">${content}</w:hyperlink>`;
}

/**
 * A table whose columns run right to left in an Arabic report (`w:bidiVisual`), full width, with
 * borders; `rows[0]` is a header row repeated on every page.
 */
export function table(rows: string[][], reportRtl: boolean, widths?: number[]): string {
  const columnCount = Math.max(1, ...rows.map((row) => row.length));
  const total = 5000;
  const columnWidths = widths ?? Array.from({ length: columnCount }, () => Math.floor(total / columnCount));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="D9D4C7"/>`;
  const properties = [
    '<w:tblPr>',
    reportRtl ? '<w:bidiVisual/>' : '',
    `<w:tblW w:w="${total}" w:type="pct"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>',
    '</w:tblPr>',
  ].join('');
  const grid = `<w:tblGrid>${columnWidths.map((width) => `<w:gridCol w:w="${Math.round((width / total) * 9000)}"/>`).join('')}</w:tblGrid>`;
  const body = rows
    .map((row, rowIndex) => {
      const header = rowIndex === 0 ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '';
      const cells = row
        .map(
          (cell, index) =>
            `<w:tc><w:tcPr><w:tcW w:w="${columnWidths[index] ?? 0}" w:type="pct"/>${rowIndex === 0 ? '<w:shd w:val="clear" w:color="auto" w:fill="F1EDE2"/>' : ''}</w:tcPr>${cell || '<w:p/>'}</w:tc>`,
        )
        .join('');
      return `<w:tr>${header}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${properties}${grid}${body}</w:tbl>`;
}
