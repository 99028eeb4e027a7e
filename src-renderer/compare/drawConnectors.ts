import type { ColumnHandle } from './CompareColumn';
import type { Comparison } from './compareTypes';

const SVG = 'http://www.w3.org/2000/svg';
/** From a sentence's top to the middle of its first line, roughly, at the reader's sizes. */
const FIRST_LINE_MIDDLE = 14;

/**
 * Draws a line across each gutter between neighbouring columns, from a sentence to the sentence it
 * is aligned with, for the sentences in view. Drawn straight into the SVG on every scroll frame:
 * it follows measurements, and React has nothing to reconcile there.
 */
export function drawConnectors(
  svg: SVGSVGElement,
  container: HTMLElement,
  columns: readonly ColumnHandle[],
  comparison: Comparison,
): void {
  const frame = container.getBoundingClientRect();
  svg.setAttribute('width', String(frame.width));
  svg.setAttribute('height', String(frame.height));
  const lines: SVGElement[] = [];
  // Neighbours on screen, whatever the column order: in right-to-left the first column is rightmost.
  const placed = columns
    .map((column) => ({ column, box: column.scroller.getBoundingClientRect() }))
    .sort((a, b) => a.box.left - b.box.left);
  for (let index = 0; index + 1 < placed.length; index++) {
    const left = placed[index]!;
    const right = placed[index + 1]!;
    const yIn = (place: typeof left, top: number) =>
      place.box.top - frame.top + top - place.column.scroller.scrollTop + FIRST_LINE_MIDDLE;
    const visible = (place: typeof left, y: number) =>
      y >= place.box.top - frame.top && y <= place.box.bottom - frame.top;
    for (const group of comparison.alignment) {
      const a = group.members.find((member) => member.docId === left.column.docId);
      const b = group.members.find((member) => member.docId === right.column.docId);
      if (!a || !b) continue;
      const boxA = left.column.measure(a);
      const boxB = right.column.measure(b);
      if (!boxA || !boxB) continue;
      const y1 = yIn(left, boxA.top);
      const y2 = yIn(right, boxB.top);
      if (!visible(left, y1) && !visible(right, y2)) continue;
      const x1 = left.box.right - frame.left;
      const x2 = right.box.left - frame.left;
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', `M ${x1} ${y1} C ${(x1 + x2) / 2} ${y1}, ${(x1 + x2) / 2} ${y2}, ${x2} ${y2}`);
      path.setAttribute('class', group.moved ? 'connector is-moved' : 'connector');
      lines.push(path);
    }
  }
  svg.replaceChildren(...lines);
}
