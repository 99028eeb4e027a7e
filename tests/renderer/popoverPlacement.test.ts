// Where a popover goes so it never covers the passage it is about (issue 10).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { placePopover, type ViewportRect } from '../../src-renderer/annotations/popoverPlacement';

const viewport = { width: 1280, height: 800 };
const passage = (top: number, bottom: number, left = 400, right = 800): ViewportRect => ({ top, bottom, left, right });
const overlaps = (a: ViewportRect, b: ViewportRect) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const boxOf = (placed: { top: number; left: number }, size: { width: number; height: number }): ViewportRect => ({
  top: placed.top,
  left: placed.left,
  bottom: placed.top + size.height,
  right: placed.left + size.width,
});

describe('popover placement', () => {
  it('goes on the preferred side when it has room', () => {
    const size = { width: 200, height: 40 };
    assert.equal(placePopover(passage(400, 480), size, viewport, 'above').side, 'above');
    assert.equal(placePopover(passage(400, 480), size, viewport, 'below').side, 'below');
  });

  it('flips to the other side near the top and the bottom of the window', () => {
    const size = { width: 200, height: 40 };
    assert.equal(placePopover(passage(10, 90), size, viewport, 'above').side, 'below');
    assert.equal(placePopover(passage(700, 780), size, viewport, 'below').side, 'above');
  });

  it('goes beside the passage when neither above nor below has room, and stays in the window', () => {
    const size = { width: 400, height: 420 };
    const clear = passage(380, 470, 300, 600);
    const placed = placePopover(clear, size, viewport, 'below');
    assert.equal(placed.side, 'right');
    const box = boxOf(placed, size);
    assert.equal(overlaps(box, clear), false);
    assert.ok(box.top >= 0 && box.bottom <= viewport.height && box.right <= viewport.width);
  });

  it('shifts sideways to keep a popover on screen when the passage is near an edge', () => {
    const size = { width: 360, height: 40 };
    const placed = placePopover(passage(400, 440, 1200, 1270), size, viewport, 'above');
    assert.ok(placed.left + size.width <= viewport.width - 8);
    assert.ok(placed.left >= 8);
  });

  it('never covers the passage at any height of the window while some side has room', () => {
    const size = { width: 420, height: 410 };
    for (let top = 0; top <= 720; top += 20) {
      const clear = passage(top, top + 80, 380, 800);
      const placed = placePopover(clear, size, viewport, 'below');
      assert.notEqual(placed.side, 'over', `room was found at ${top}`);
      assert.equal(overlaps(boxOf(placed, size), clear), false, `no overlap at ${top}`);
    }
  });
});
