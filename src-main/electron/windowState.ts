import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where and how large the main window was when last closed. */
export interface WindowState {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
  fullScreen: boolean;
}

export const defaultWindowState: WindowState = {
  bounds: { width: 1280, height: 820 },
  maximized: false,
  fullScreen: false,
};

const minimumSize = { width: 640, height: 480 };

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads the saved state, or the default when the file is missing, unreadable or not the expected
 * shape: a bad file must never stop the app from opening a window.
 */
export function readWindowState(file: string): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return defaultWindowState;
  }
  if (typeof raw !== 'object' || raw === null) return defaultWindowState;
  const { bounds, maximized, fullScreen } = raw as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return defaultWindowState;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteNumber(width) || !isFiniteNumber(height)) return defaultWindowState;
  const position = isFiniteNumber(x) && isFiniteNumber(y) ? { x: Math.round(x), y: Math.round(y) } : {};
  return {
    bounds: {
      ...position,
      width: Math.max(minimumSize.width, Math.round(width)),
      height: Math.max(minimumSize.height, Math.round(height)),
    },
    maximized: maximized === true,
    fullScreen: fullScreen === true,
  };
}

/**
 * Writes the state through a temporary file, fsync and rename, then fsyncs the folder, so a crash or
 * power cut leaves either the old file or the new one, never half of one.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    writeSync(descriptor, `${JSON.stringify(state, null, 2)}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
  try {
    const folder = openSync(dirname(file), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename is already as durable as it gets there.
  }
}

/**
 * Keeps a remembered position only if enough of the window would land on a display that exists now
 * (a monitor may have been unplugged since), and shrinks it to fit the largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: Rectangle[]): WindowState {
  const largest = workAreas.reduce<Rectangle | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  let { width, height } = state.bounds;
  if (largest) {
    width = Math.min(width, largest.width);
    height = Math.min(height, largest.height);
  }
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) return { ...state, bounds: { width, height } };
  const visible = workAreas.some((area) => {
    const overlapWidth = Math.min(x + width, area.x + area.width) - Math.max(x, area.x);
    const overlapHeight = Math.min(y + height, area.y + area.height) - Math.max(y, area.y);
    // The title bar must be reachable: demand a useful overlap, not a sliver.
    return overlapWidth >= 100 && overlapHeight >= 50 && y >= area.y - 10;
  });
  return visible ? { ...state, bounds: { x, y, width, height } } : { ...state, bounds: { width, height } };
}
