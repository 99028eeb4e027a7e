import type { Code } from '../annotations/code';
import type { Highlight } from '../annotations/highlight';
import { splitsSurrogatePair } from '../annotations/surrogates';
import { codePath } from './codePath';
import { createCodePointConverter } from './codePointOffsets';
import type { AnnotationExportInput, ExportDocument } from './exportInput';
import { createParagraphLocator } from './paragraphLocator';

export interface ExportedCode {
  code: Code;
  /** Names from the root of the codebook down to this code. */
  path: string[];
}

/** A highlight joined with what every export format prints beside it. */
export interface ExportedHighlight {
  highlight: Highlight;
  document: ExportDocument;
  codes: ExportedCode[];
  /**
   * Paragraph and code point offsets, absent for an orphan (its stored position no longer points at
   * its quote) or a position that does not fit the document's text.
   */
  paragraph?: number;
  startCodePoint?: number;
  endCodePoint?: number;
}

function fitsText(highlight: Highlight, text: string): boolean {
  const { start, end } = highlight.target.position;
  return (
    highlight.status === 'anchored' &&
    end <= text.length &&
    !splitsSurrogatePair(text, start) &&
    !splitsSurrogatePair(text, end)
  );
}

/**
 * Joins highlights with their documents and codes, in reading order: documents as the caller
 * ordered them, highlights by position, orphans after the anchored ones. A highlight whose document
 * is missing is a caller's mistake and fails loudly, naming both ids.
 */
export function resolveExportedHighlights(input: AnnotationExportInput): ExportedHighlight[] {
  const documentsById = new Map(input.documents.map((document) => [document.id, document]));
  const codesById = new Map(input.codes.map((code) => [code.id, code]));
  const documentOrder = new Map(input.documents.map((document, index) => [document.id, index]));
  const locators = new Map<
    string,
    { paragraphAt: (offset: number) => number; codePointAt: (offset: number) => number }
  >();

  const resolved = input.highlights.map((highlight): ExportedHighlight => {
    const document = documentsById.get(highlight.docId);
    if (document === undefined) {
      throw new Error(
        `Highlight ${highlight.id} belongs to document ${highlight.docId}, which is not among the exported documents`,
      );
    }
    const codes = highlight.codeIds.flatMap((codeId) => {
      const code = codesById.get(codeId);
      return code === undefined ? [] : [{ code, path: codePath(code, codesById) }];
    });
    if (!fitsText(highlight, document.text)) return { highlight, document, codes };
    let locator = locators.get(document.id);
    if (locator === undefined) {
      locator = {
        paragraphAt: createParagraphLocator(document.text),
        codePointAt: createCodePointConverter(document.text),
      };
      locators.set(document.id, locator);
    }
    const { start, end } = highlight.target.position;
    return {
      highlight,
      document,
      codes,
      paragraph: locator.paragraphAt(start),
      startCodePoint: locator.codePointAt(start),
      endCodePoint: locator.codePointAt(end),
    };
  });

  return resolved.sort(
    (a, b) =>
      documentOrder.get(a.document.id)! - documentOrder.get(b.document.id)! ||
      Number(a.paragraph === undefined) - Number(b.paragraph === undefined) ||
      a.highlight.target.position.start - b.highlight.target.position.start ||
      a.highlight.target.position.end - b.highlight.target.position.end ||
      a.highlight.id.localeCompare(b.highlight.id),
  );
}
