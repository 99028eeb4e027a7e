import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { failedReply } from '../api/callReply';
import { guardImportPaths } from '../api/guardImportPaths';
import { DEFAULT_MAX_FILE_BYTES } from '../services/import/importService';
import type { Workbench } from '../services/workbench';
import { contentSecurityPolicy } from '../services/rendererFiles/contentSecurityPolicy';
import { discardUploadsAfterImport } from './discardUploadsAfterImport';
import { openEventStream } from './eventStream';
import { handleApiCall, loadDispatch } from './handleApiCall';
import { handleUpload } from './handleUpload';
import { createImportPathPolicy } from './importPathPolicy';
import { isOwnOriginRequest } from './requestOrigin';
import { sendJson, sendText } from './sendJson';
import { serveRendererFile } from './serveRendererFile';
import { bearerToken, createSessionToken, queryToken, tokensMatch } from './sessionToken';
import { sessionResumeScript, unauthorizedPage, unauthorizedPageStyle } from './unauthorizedPage';
import { createUploadStore } from './uploadStore';

export interface StartServerOptions {
  workbench: Workbench;
  /** 0 or absent: any free port. */
  port?: number;
  /** Only the loopback address: the browser mode serves the person at this machine, no one else. */
  host?: '127.0.0.1';
  /** The built renderer, `out/renderer`. */
  rendererDir: string;
  /** Largest API request body accepted; default 1 MiB. */
  bodyLimitBytes?: number;
  /**
   * Folders under which a page may import typed paths (`qarin serve --allow-import-from DIR`). Without
   * any, a page imports only what it uploads.
   */
  allowImportFrom?: readonly string[];
  /** Where uploads wait for their import; default the system's temporary folder. */
  uploadRoot?: string;
  /** Largest uploaded file; default the import's limit for a file, so both refuse the same files. */
  maxUploadFileBytes?: number;
}

export interface RunningServer {
  /** The address to open, token included. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const defaultBodyLimitBytes = 1024 * 1024;

/** How long a kept-alive connection may stay idle: longer than the main thread is ever held. */
const KEEP_ALIVE_MS = 60_000;

/** Sent with every answer: nothing here may be cached, framed, sniffed or leak its URL (which holds the token). */
const commonHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * The browser mode of `qarin serve`: the built renderer and the contract over HTTP on 127.0.0.1,
 * behind a token made for this run.
 *
 * The token opens the page once (`/?token=…`, the address printed); the page then keeps it in the
 * tab and sends it as an `Authorization` header with every call. No cookie is ever set: browsers
 * share cookies among all ports of 127.0.0.1, so any other local web server would receive it. The
 * app's own scripts, styles and fonts hold no data and load without a credential (the browser
 * could not attach a header to them); the page without its token is a 401 page saying what to do.
 * Every request must name this server as its host (no DNS rebinding) and come from its own page.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { workbench, rendererDir } = options;
  const host = options.host ?? '127.0.0.1';
  const bodyLimitBytes = options.bodyLimitBytes ?? defaultBodyLimitBytes;
  const token = createSessionToken();
  const importPolicy = await createImportPathPolicy(options.allowImportFrom ?? []);
  // Uploads are held to the same size limit as a file the import reads.
  const maxUploadFileBytes = options.maxUploadFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const uploads = createUploadStore({ maxFileBytes: maxUploadFileBytes, root: options.uploadRoot });
  const afterImport = discardUploadsAfterImport(
    guardImportPaths(workbench.handlers, importPolicy.admit),
    workbench.events,
    uploads,
    importPolicy,
    () => uploads.folders(),
  );
  const { handlers } = afterImport;
  const streams = new Set<{ stop(): void }>();
  let port = 0;

  function unauthorized(response: ServerResponse): void {
    response.writeHead(401, { 'WWW-Authenticate': 'Bearer', 'Content-Length': 0 });
    response.end();
  }

  function sendPublic(response: ServerResponse, status: number, contentType: string, body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': bytes.length });
    response.end(bytes);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(commonHeaders)) response.setHeader(name, value);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!isOwnOriginRequest(request, port)) {
      sendText(response, 403, 'Requests must come from this server’s own page.');
      return;
    }
    const { pathname } = url;

    if (pathname.startsWith('/api/')) {
      // Calls carry the token as a header only; the event stream also in its URL (EventSource sets no headers).
      const presented = pathname === '/api/events' ? (bearerToken(request) ?? queryToken(url)) : bearerToken(request);
      if (!tokensMatch(presented, token)) {
        unauthorized(response);
        return;
      }
      await routeApi(request, response, url);
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      if (!tokensMatch(queryToken(url), token)) {
        sendPublic(response, 401, 'text/html; charset=utf-8', unauthorizedPage);
        return;
      }
      await serveRendererFile(request, response, rendererDir, '/index.html');
      return;
    }
    if (pathname === '/session-resume.js') {
      sendPublic(response, 200, 'text/javascript; charset=utf-8', sessionResumeScript);
      return;
    }
    if (pathname === '/unauthorized.css') {
      sendPublic(response, 200, 'text/css; charset=utf-8', unauthorizedPageStyle);
      return;
    }
    await serveRendererFile(request, response, rendererDir, pathname);
  }

  async function routeApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url;
    if (pathname.startsWith('/api/call/')) {
      await handleApiCall(request, response, handlers, pathname.slice('/api/call/'.length), bodyLimitBytes);
      return;
    }
    if (pathname === '/api/uploads' || pathname.startsWith('/api/uploads/')) {
      await handleUpload(request, response, pathname, url, uploads, importPolicy, maxUploadFileBytes);
      return;
    }
    if (pathname === '/api/events') {
      if (request.method !== 'GET') {
        sendText(response, 405, 'Method not allowed.', { Allow: 'GET' });
        return;
      }
      const stream = openEventStream(request, response, workbench.events);
      streams.add(stream);
      response.on('close', () => streams.delete(stream));
      return;
    }
    sendJson(
      response,
      404,
      failedReply('not-found', { en: `No API route ${pathname}.`, ar: `لا مسار ${pathname} في الواجهة.` }),
    );
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('qarin serve: request failed:', error);
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  });
  // Node closes a kept-alive connection idle for 5 s, and its timer fires before a request waiting on
  // that connection is read: a main thread held for longer (opening a large project on a loaded
  // machine held it up to 15 s) made the page's next call fail with a reset. One user's page on
  // this machine keeps a few connections; holding them idle a minute costs nothing.
  server.keepAliveTimeout = KEEP_ALIVE_MS;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  // Once the caller has printed the address: the page then takes a while to ask its first call.
  // A failure is said at once; every call will fail with it until a load succeeds.
  setImmediate(() =>
    loadDispatch().catch((error: unknown) => console.error('qarin serve: the API could not be loaded:', error)),
  );

  return {
    url: `http://${host}:${port}/?token=${token}`,
    token,
    port,
    close: async () => {
      for (const stream of streams) stream.stop();
      afterImport.stop();
      await uploads.discardAll();
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeIdleConnections();
      server.closeAllConnections();
      await closed;
    },
  };
}
