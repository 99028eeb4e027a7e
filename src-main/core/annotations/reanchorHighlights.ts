import { anchorHighlight } from './anchorHighlight';
import { createTextTarget } from './createQuoteSelector';
import type { StoredHighlight } from './annotationData';

export interface ReanchorCounts {
  /** Still at their position, or found by their verbatim quote. */
  exact: number;
  fuzzy: number;
  orphans: number;
}

/**
 * Re-anchors the highlights of one report in its current text (`sha256`): position if the quote
 * is still there, else the quote verbatim, else approximately; below the confidence floor a
 * highlight becomes (or stays) an orphan, keeping its quote and old target so it can be shown and
 * re-attached. A highlight that moved records how, for the user to review. Only highlights whose
 * result differs are returned.
 */
export function reanchorHighlights(
  highlights: readonly StoredHighlight[],
  text: string,
  sha256: string,
  now: string,
): { changed: StoredHighlight[]; counts: ReanchorCounts } {
  const counts: ReanchorCounts = { exact: 0, fuzzy: 0, orphans: 0 };
  const changed: StoredHighlight[] = [];
  for (const highlight of highlights) {
    if (highlight.status === 'anchored' && highlight.target.sha256 === sha256) continue;
    const anchored = anchorHighlight(highlight.target, text);
    if (anchored.status === 'orphan') {
      counts.orphans += 1;
      if (highlight.status !== 'orphan') changed.push({ ...highlight, status: 'orphan' });
      continue;
    }
    const moved = anchored.status === 'exact-quote' || anchored.status === 'fuzzy';
    if (anchored.status === 'fuzzy') counts.fuzzy += 1;
    else counts.exact += 1;
    const reanchored: StoredHighlight = {
      ...highlight,
      target: createTextTarget(text, { start: anchored.start, end: anchored.end }, sha256),
      status: 'anchored',
    };
    if (moved) {
      reanchored.reanchor = {
        method: anchored.status === 'fuzzy' ? 'fuzzy' : 'exact-quote',
        confidence: anchored.confidence,
        previousQuote: highlight.target.quote.exact,
        at: now,
      };
    }
    changed.push(reanchored);
  }
  return { changed, counts };
}
