import type { Span } from '../../src-main/api/types';
import type { Paragraph } from '../reader/paragraphs';

const SPACE = /\s/u;

/**
 * The document span a DOM range covers. Each paragraph's text node holds exactly
 * docText.slice(p.start, p.end), so a boundary inside a node maps to p.start + offset: logical
 * offsets, untouched by how the bidi algorithm orders an English run inside Arabic on screen.
 * A boundary on an element (a triple click ends at the next paragraph, a drag may start on a
 * paragraph number) counts as the nearest text it encloses, through `intersectsNode`.
 * Whitespace at either edge is dropped, as analysts never mean to quote a stray space.
 */
export function spanOfRange(
  range: Range,
  paragraphs: readonly Paragraph[],
  textNodes: ReadonlyArray<Text | null>,
  text: string,
): Span | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (let index = 0; index < textNodes.length; index++) {
    const node = textNodes[index];
    const paragraph = paragraphs[index];
    if (!node || !paragraph || !range.intersectsNode(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to <= from) continue;
    start ??= paragraph.start + from;
    end = paragraph.start + to;
  }
  if (start === undefined || end === undefined) return undefined;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
