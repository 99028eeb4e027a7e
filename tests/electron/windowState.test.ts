import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultWindowState,
  fitToDisplays,
  readWindowState,
  writeWindowState,
} from '../../src-main/electron/windowState';

function withFolder(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'qarin-window-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a saved state comes back as it was written, and no temporary file is left', () => {
  withFolder((dir) => {
    const file = join(dir, 'window-state.json');
    const state = { bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true, fullScreen: false };
    writeWindowState(file, state);
    assert.deepEqual(readWindowState(file), state);
    assert.deepEqual(readdirSync(dir), ['window-state.json']);
  });
});

test('a missing, corrupt or foreign file gives the default window, never an error', () => {
  withFolder((dir) => {
    const file = join(dir, 'window-state.json');
    assert.deepEqual(readWindowState(file), defaultWindowState);
    for (const text of ['{"bounds": {"width": 9', 'null', '[]', '{"bounds": {"width": "wide", "height": 3}}']) {
      writeFileSync(file, text);
      assert.deepEqual(readWindowState(file), defaultWindowState, text);
    }
  });
});

test('a tiny remembered size grows to the minimum usable window', () => {
  withFolder((dir) => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, JSON.stringify({ bounds: { width: 10, height: 10 }, maximized: false }));
    assert.deepEqual(readWindowState(file).bounds, { width: 640, height: 480 });
  });
});

test('a position on a display that is gone is dropped, so the window opens where it can be seen', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  const onUnpluggedMonitor = {
    bounds: { x: 2000, y: 100, width: 1200, height: 800 },
    maximized: false,
    fullScreen: false,
  };
  assert.deepEqual(fitToDisplays(onUnpluggedMonitor, [laptop]).bounds, { width: 1200, height: 800 });
  const onLaptop = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false, fullScreen: false };
  assert.deepEqual(fitToDisplays(onLaptop, [laptop]).bounds, onLaptop.bounds);
});

test('a window larger than every display shrinks to the largest one', () => {
  const small = { x: 0, y: 0, width: 1024, height: 700 };
  const state = { bounds: { width: 1800, height: 1200 }, maximized: false, fullScreen: false };
  assert.deepEqual(fitToDisplays(state, [small]).bounds, { width: 1024, height: 700 });
});
