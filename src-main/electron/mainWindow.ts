import { BrowserWindow } from 'electron';
import type { WindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  state: WindowState;
  /** The page to load: the app scheme, or the Vite dev server under `electron-vite dev`. */
  pageUrl: string;
  iconPath?: string;
  title: string;
  backgroundColor: string;
}

/**
 * The workbench window. The renderer is untrusted as far as main is concerned: it runs sandboxed,
 * with context isolation, without Node, and reaches main only through the preload's bridge.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: options.title,
    backgroundColor: options.backgroundColor,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  if (state.maximized) window.maximize();
  if (state.fullScreen) window.setFullScreen(true);
  // Showing only when painted avoids a white flash before the page's own background.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.pageUrl);
  return window;
}
