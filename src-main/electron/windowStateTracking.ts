import type { BrowserWindow } from 'electron';
import { writeWindowState, type WindowState } from './windowState';

/** Moving or resizing fires many events a second; one write after the hand stops is enough. */
const saveDelayMs = 750;

/**
 * Remembers the window's size, position, maximized and full-screen state in `file`: after moves and
 * resizes settle, and at once when the window closes.
 */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const capture = (): WindowState => ({
    // Normal bounds, so a maximized window comes back maximized over its old un-maximized size.
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
    fullScreen: window.isFullScreen(),
  });
  const save = () => {
    timer = undefined;
    if (window.isDestroyed() || window.isMinimized()) return;
    try {
      writeWindowState(file, capture());
    } catch (error) {
      console.error('Qarin: could not remember the window position:', error);
    }
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, saveDelayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('enter-full-screen', saveSoon);
  window.on('leave-full-screen', saveSoon);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    save();
  });
}
