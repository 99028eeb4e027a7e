import { codePointToUtf16 } from './codePointOffsets';
import type { TextQuote, TextTarget } from '../annotations/textTarget';

/**
 * A code as an exchange file names it: its path of names from the root of the codebook (a bare
 * name is a path of one) and, when the file carries it, its colour as `#rrggbb`.
 */
export interface ImportedCode {
  path: string[];
  color?: string;
}

/**
 * A highlight read from an exchange file, not yet anchored: its position counts code points (as the
 * file does) and its codes are names, to be matched to the project's codebook by the importer.
 */
export interface ImportedHighlight {
  /** Stable across imports of the same file, so importing twice changes nothing. */
  id: string;
  docId: string;
  sha256: string;
  quote: TextQuote;
  codePointPosition?: { start: number; end: number };
  /** Each code once, by its path in the codebook it came from. */
  codes: ImportedCode[];
  /** Markdown. */
  note: string;
  created?: string;
  modified?: string;
}

/**
 * The target to anchor an imported highlight in `documentText` with. The position converts from
 * code points when it fits the text; otherwise it falls back to the text's start, where it is only
 * a hint for breaking ties: the quote decides where the highlight lands.
 */
export function importedTextTarget(imported: ImportedHighlight, documentText: string): TextTarget {
  const fallback = { start: 0, end: imported.quote.exact.length };
  let position = fallback;
  if (imported.codePointPosition !== undefined) {
    try {
      position = {
        start: codePointToUtf16(documentText, imported.codePointPosition.start),
        end: codePointToUtf16(documentText, imported.codePointPosition.end),
      };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return { quote: { ...imported.quote }, position, sha256: imported.sha256 };
}
