/**
 * Where the tab keeps the token of `qarin serve`: sessionStorage belongs to this origin (so this
 * port) and this tab only, and is never sent anywhere by the browser, unlike a cookie, which every
 * server on 127.0.0.1 would receive. The server's 401 page reads the same name to resume a reload.
 */
const storageKey = 'qarin-session-token';

/**
 * The token for this tab. On the first load it comes in the address (`/?token=…`): it is kept in
 * sessionStorage and taken out of the address bar and the history entry, so it is neither on
 * screen nor in the browser's history. Later (a reload) it comes from sessionStorage.
 */
export function takeSessionToken(): string {
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    try {
      window.sessionStorage.setItem(storageKey, fromAddress);
    } catch {
      // Storage may be disabled; the page still works until it is reloaded.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromAddress;
  }
  try {
    return window.sessionStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}
