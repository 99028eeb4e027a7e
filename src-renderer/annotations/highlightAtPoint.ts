import type { ListedHighlight } from '../../src-main/api/types';
import type { Paragraph } from '../reader/paragraphs';
import { offsetOfPosition } from '../reader/spanRanges';
import { caretAtPoint } from './caretAtPoint';
import type { RangesByHighlight } from './highlightLayers';

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The highlight painted under a point; the shortest one when several overlap, as the innermost is
 * the one a click on it means. The caret offset under the point narrows the candidates; the
 * painted boxes decide, because a caret sits between characters and would also match a click on
 * the letter just after a highlight.
 */
export function highlightAtPoint(
  x: number,
  y: number,
  highlights: readonly ListedHighlight[],
  ranges: RangesByHighlight,
  paragraphs: Paragraph[],
  textNodes: ReadonlyArray<Text | null>,
): ListedHighlight | undefined {
  const caret = caretAtPoint(x, y);
  const offset = caret && offsetOfPosition(caret.node, caret.offset, paragraphs, textNodes);
  if (offset === undefined) return undefined;
  let best: ListedHighlight | undefined;
  for (const highlight of highlights) {
    const { start, end } = highlight.target.position;
    if (highlight.status !== 'anchored' || offset < start || offset > end) continue;
    if (best && end - start >= best.target.position.end - best.target.position.start) continue;
    if ((ranges.get(highlight.id) ?? []).some((range) => rangeContainsPoint(range, x, y))) best = highlight;
  }
  return best;
}
