import type { ParsedDocument } from '../../text/documentMeta';
import { compactMeta } from '../compactMeta';
import { headingFromText } from '../reportHeading';

/** A plain-text file is one report; the text is kept whole and its opening lines give title and outlet. */
export function parseTxt(text: string, encoding: string): ParsedDocument {
  return { key: '1', text, meta: compactMeta(headingFromText(text)), format: 'txt', encoding };
}
