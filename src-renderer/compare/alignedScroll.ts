/**
 * Scroll locking by alignment, not by pixels (as Juxta does): the line being read in the column the
 * user scrolls is mapped through the aligned sentences to the same place in another column.
 * Positions are in each column's content coordinates (pixels from the top of its scrolled content).
 */
export interface AlignedBox {
  fromTop: number;
  fromBottom: number;
  toTop: number;
  toBottom: number;
  /** Outside the in-order chain: used when the line is inside it, never to interpolate between others. */
  moved: boolean;
}

const within = (value: number, low: number, high: number) => value >= low && value < high;

function proportional(y: number, fromLow: number, fromHigh: number, toLow: number, toHigh: number): number {
  if (fromHigh <= fromLow) return toLow;
  return toLow + ((y - fromLow) / (fromHigh - fromLow)) * (toHigh - toLow);
}

/** Where in the other column the line at `y` of this column belongs. */
export function alignedPosition(boxes: readonly AlignedBox[], y: number): number | undefined {
  const inside = boxes.find((box) => within(y, box.fromTop, box.fromBottom));
  if (inside) return proportional(y, inside.fromTop, inside.fromBottom, inside.toTop, inside.toBottom);
  // Only the in-order chain is monotone in both columns, so only it can carry a line between sentences.
  const chain = boxes.filter((box) => !box.moved).sort((a, b) => a.fromTop - b.fromTop);
  if (chain.length === 0) return undefined;
  let before: AlignedBox | undefined;
  let after: AlignedBox | undefined;
  for (const box of chain) {
    if (box.fromBottom <= y) before = box;
    else if (box.fromTop > y) {
      after = box;
      break;
    }
  }
  if (before && after) return proportional(y, before.fromBottom, after.fromTop, before.toBottom, after.toTop);
  if (before) return before.toBottom + (y - before.fromBottom);
  if (after) return after.toTop - (after.fromTop - y);
  return undefined;
}
