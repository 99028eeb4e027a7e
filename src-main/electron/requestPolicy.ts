import { appScheme } from './appScheme';

/**
 * Schemes that never leave the machine: the app itself, in-memory data, and DevTools. Not `file:`:
 * the page comes from the app scheme and has no reason to read local files, so a request for one
 * (an injected `<img src=file:…>`, a fetch) is refused here as well as by the page's CSP.
 */
const localSchemes = new Set([`${appScheme}:`, 'data:', 'blob:', 'devtools:']);

/**
 * Whether the session may make a request. The app is offline by design, so anything that could
 * reach a network or the file system is cancelled; in development the Vite dev server (page and hot-reload socket) is
 * the one exception, and only when main was started by `electron-vite dev`.
 */
export function isAllowedRequestUrl(rawUrl: string, devServerOrigin?: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (localSchemes.has(url.protocol)) return true;
  if (!devServerOrigin) return false;
  const dev = new URL(devServerOrigin);
  const sameHost = url.host === dev.host;
  return sameHost && (url.protocol === dev.protocol || url.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:'));
}

/** Whether a URL is the app's own page: the only place windows may navigate to and IPC may come from. */
export function isAppPageUrl(rawUrl: string, appOrigin: string, devServerOrigin?: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  const origin = `${url.protocol}//${url.host}`;
  return origin === appOrigin || (devServerOrigin !== undefined && origin === new URL(devServerOrigin).origin);
}
