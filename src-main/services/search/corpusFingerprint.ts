import { createHash } from 'node:crypto';

/**
 * Names the exact set of documents an index was built from, so a persisted index is reused only
 * when the library still holds the same texts under the same ids (and the same analyzer version).
 */
export function corpusFingerprint(
  documents: Iterable<{ id: string; sha256: string }>,
  analyzerVersion: string,
): string {
  const lines = [...documents].map(({ id, sha256 }) => `${id}:${sha256}`).sort();
  const hash = createHash('sha256').update(analyzerVersion);
  for (const line of lines) hash.update('\n').update(line);
  return hash.digest('hex');
}
