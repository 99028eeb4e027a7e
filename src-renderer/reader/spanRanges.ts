import type { Span } from '../../src-main/api/types';
import { paragraphIndexAt, type Paragraph } from './paragraphs';

/**
 * DOM Ranges covering a document span, one per paragraph it crosses. Each paragraph's text node
 * holds exactly docText.slice(p.start, p.end), so a document offset maps to (node, offset - p.start)
 * with no search; ranges never include the paragraph numbers between lines.
 */
export function spanRanges(span: Span, paragraphs: Paragraph[], textNodes: ReadonlyArray<Text | null>): Range[] {
  const ranges: Range[] = [];
  if (span.end <= span.start || paragraphs.length === 0) return ranges;
  for (let index = paragraphIndexAt(paragraphs, span.start); index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    if (paragraph.start >= span.end) break;
    const node = textNodes[index];
    const start = Math.max(span.start, paragraph.start) - paragraph.start;
    const end = Math.min(span.end, paragraph.end) - paragraph.start;
    if (!node || end <= start) continue;
    const range = new Range();
    range.setStart(node, start);
    range.setEnd(node, end);
    ranges.push(range);
  }
  return ranges;
}

/** The document offset of a DOM position inside the reader, or undefined outside the paragraphs' text. */
export function offsetOfPosition(
  node: Node,
  offset: number,
  paragraphs: Paragraph[],
  textNodes: ReadonlyArray<Text | null>,
): number | undefined {
  const index = textNodes.indexOf(node as Text);
  if (index < 0) return undefined;
  return paragraphs[index]!.start + offset;
}
