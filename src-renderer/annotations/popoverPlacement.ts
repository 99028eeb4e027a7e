/** A rectangle in viewport pixels, as `getBoundingClientRect` gives it. */
export interface ViewportRect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface PopoverPlacement {
  top: number;
  left: number;
  /** Where it went: beside the passage only when neither above nor below has room; `over` when nothing had. */
  side: 'above' | 'below' | 'left' | 'right' | 'over';
}

const GAP = 8;
const MARGIN = 8;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(Math.max(low, high), value));

/**
 * Where a popover of `size` goes so that it never covers `keepClear` (the passage and the lines next
 * to it): on the preferred side if it fits in the viewport, else the other, else beside the passage,
 * shifted sideways to stay on screen. Only when none has room does it overlap, on the roomier side.
 */
export function placePopover(
  keepClear: ViewportRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  prefer: 'above' | 'below',
): PopoverPlacement {
  const centred = clamp(
    (keepClear.left + keepClear.right) / 2 - size.width / 2,
    MARGIN,
    viewport.width - size.width - MARGIN,
  );
  const below = keepClear.bottom + GAP;
  const above = keepClear.top - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  const order: Array<'above' | 'below'> = prefer === 'above' ? ['above', 'below'] : ['below', 'above'];
  for (const side of order) {
    if (side === 'above' && fitsAbove) return { top: above, left: centred, side };
    if (side === 'below' && fitsBelow) return { top: below, left: centred, side };
  }

  const level = clamp(
    (keepClear.top + keepClear.bottom) / 2 - size.height / 2,
    MARGIN,
    viewport.height - size.height - MARGIN,
  );
  const roomLeft = keepClear.left - GAP - MARGIN;
  const roomRight = viewport.width - MARGIN - keepClear.right - GAP;
  const besides = [
    { room: roomRight, left: keepClear.right + GAP },
    { room: roomLeft, left: keepClear.left - GAP - size.width },
  ].sort((a, b) => b.room - a.room);
  const beside = besides.find((option) => option.room >= size.width);
  if (beside) return { top: level, left: beside.left, side: beside.left > keepClear.left ? 'right' : 'left' };

  const roomAbove = keepClear.top - GAP - MARGIN;
  const roomBelow = viewport.height - MARGIN - keepClear.bottom - GAP;
  const top = roomAbove > roomBelow ? MARGIN : viewport.height - size.height - MARGIN;
  return { top: clamp(top, MARGIN, viewport.height - size.height - MARGIN), left: centred, side: 'over' };
}
