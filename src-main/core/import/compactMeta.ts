import { collapseWhiteSpace } from '../text/whiteSpace';
import type { DocumentMeta } from '../text/documentMeta';

/**
 * Metadata as stored: values trimmed and in NFC like the text (so a search for a source name finds
 * it however the file composed its letters), empty values left out rather than kept as "".
 */
export function compactMeta(meta: DocumentMeta): DocumentMeta {
  const compact: DocumentMeta = {};
  for (const key of Object.keys(meta) as (keyof DocumentMeta)[]) {
    const value = meta[key] === undefined ? undefined : collapseWhiteSpace(meta[key]).normalize('NFC');
    if (value) compact[key] = value;
  }
  return compact;
}
