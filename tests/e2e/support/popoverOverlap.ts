import type { Page } from 'playwright-core';

/*
 * Page-side probes for the popovers that float over the reader. They run as source strings: the
 * Node test program has no DOM types, and these touch more of the DOM than pageGlobals.ts declares.
 */

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A part of the text the popover must leave visible, with what it is, for the failure message. */
export interface GuardedBox extends Box {
  what: string;
}

/**
 * Selects a few words of the reader's text at `fraction` of the reader's visible height (0 the top,
 * 1 the bottom), as a user's drag would, and keeps the range for `guardedBoxes`.
 */
export async function selectWordsAt(page: Page, fraction: number): Promise<string> {
  return page.evaluate(`(() => {
    const scroller = document.querySelector('[data-testid=reader-scroller]');
    const text = scroller.querySelector('[data-testid=reader-text]');
    const area = scroller.getBoundingClientRect();
    const column = text.getBoundingClientRect();
    const y = area.top + 24 + ${fraction} * (area.height - 48);
    const x = (Math.max(area.left, column.left) + Math.min(area.right, column.right)) / 2;
    const caret = document.caretRangeFromPoint(x, y);
    const node = caret && caret.startContainer;
    if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error('no text at ' + x + ',' + y);
    let start = caret.startOffset;
    while (start > 0 && !/\\s/.test(node.data[start - 1])) start--;
    const end = Math.min(node.data.length, start + 24);
    const range = new Range();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    window.__guardedRange = range.cloneRange();
    return selection.toString();
  })()`);
}

/**
 * The selected words' boxes, and one line height above the first and below the last: the lines
 * next to the selection, which a popover must not cover either.
 */
export async function guardedBoxes(page: Page): Promise<GuardedBox[]> {
  return page.evaluate(`(() => {
    const range = window.__guardedRange;
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const style = getComputedStyle(range.startContainer.parentElement);
    const line = parseFloat(style.lineHeight);
    const top = Math.min(...rects.map((rect) => rect.top));
    const bottom = Math.max(...rects.map((rect) => rect.bottom));
    const left = Math.min(...rects.map((rect) => rect.left));
    const right = Math.max(...rects.map((rect) => rect.right));
    return [
      ...rects.map((rect, index) => ({ what: 'selected line ' + (index + 1), left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom })),
      { what: 'the line above', left, right, top: top - line, bottom: top },
      { what: 'the line below', left, right, top: bottom, bottom: bottom + line },
    ];
  })()`);
}

export async function boxOf(page: Page, testId: string): Promise<Box> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not laid out`);
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}

/** The guarded boxes that `popover` covers (touching edges do not count). */
export function covered(popover: Box, guarded: readonly GuardedBox[]): string[] {
  return guarded
    .filter(
      (box) =>
        popover.left < box.right - 0.5 &&
        popover.right > box.left + 0.5 &&
        popover.top < box.bottom - 0.5 &&
        popover.bottom > box.top + 0.5,
    )
    .map((box) => `${box.what} (${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
}

export function inside(box: Box, viewport: { width: number; height: number }): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
}
