import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appScheme } from './appScheme';
import { contentSecurityPolicy } from '../services/rendererFiles/contentSecurityPolicy';
import { rendererContentType } from '../services/rendererFiles/rendererContentType';
import { rendererFilePath } from './rendererFilePath';

/** Must run before the app is ready: Chromium fixes its scheme table at startup. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and an origin for 'self'; secure: counts as a secure context like https.
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer (`out/renderer`, inside app.asar when packaged) on `qarin://app/`,
 * every file with the Content-Security-Policy header, which a `<meta>` tag cannot fully replace.
 */
export function serveRendererOnAppScheme(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const filePath = rendererFilePath(request.url, rendererDir);
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    };
    if (!filePath || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found.', { status: 404, headers });
    }
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...headers, 'Content-Type': rendererContentType(filePath) },
      });
    } catch {
      return new Response('Not found.', { status: 404, headers });
    }
  });
}
