import type { ParsedDocument } from '../../text/documentMeta';
import { compactMeta } from '../compactMeta';
import { titleFromText } from '../titleFromText';

/** A plain-text file is one report; the text is kept whole and its first line serves as title. */
export function parseTxt(text: string, encoding: string): ParsedDocument {
  return { key: '1', text, meta: compactMeta({ title: titleFromText(text) }), format: 'txt', encoding };
}
