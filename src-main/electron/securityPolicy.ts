import { app, type Session, type WebContents } from 'electron';
import { isAllowedRequestUrl, isAppPageUrl } from './requestPolicy';

export interface SecurityPolicyOptions {
  appOrigin: string;
  /** Set only when running under `electron-vite dev`. */
  devServerOrigin?: string;
}

/**
 * The session-wide rules of Electron's security checklist for an app that is offline by design:
 * no permission is ever granted (camera, notifications, geolocation…), and every request that could
 * leave the machine is cancelled before it starts, whatever the page or a library in it tries.
 */
export function applySessionPolicy(session: Session, options: SecurityPolicyOptions): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, options.devServerOrigin);
    if (!allowed) console.warn(`Qarin: blocked a request to ${details.url} (the app works offline).`);
    callback({ cancel: !allowed });
  });
}

/**
 * Rules for every web contents the app ever creates: it cannot navigate away from the app's page,
 * open windows, or attach a <webview>. Installed through `web-contents-created` so no window escapes.
 */
export function hardenEveryWebContents(options: SecurityPolicyOptions): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const isOwnPage = (url: string) => isAppPageUrl(url, options.appOrigin, options.devServerOrigin);
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
