import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { failedReply } from '../api/callReply';
import type { Workbench } from '../services/workbench';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { openEventStream } from './eventStream';
import { handleApiCall } from './handleApiCall';
import { isOwnOriginRequest } from './requestOrigin';
import { sendJson, sendText } from './sendJson';
import { serveRendererFile } from './serveRendererFile';
import { createSessionToken, presentedToken, sessionCookie, sessionCookieName, tokensMatch } from './sessionToken';

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
}

export interface RunningServer {
  /** The address to open, token included. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const defaultBodyLimitBytes = 1024 * 1024;

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
 * behind a token made for this run. A request without the right token gets 401 and an empty body,
 * whatever it asked for, so other users and web pages on this machine learn nothing.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { workbench, rendererDir } = options;
  const host = options.host ?? '127.0.0.1';
  const bodyLimitBytes = options.bodyLimitBytes ?? defaultBodyLimitBytes;
  const token = createSessionToken();
  const streams = new Set<{ stop(): void }>();
  let port = 0;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(commonHeaders)) response.setHeader(name, value);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const cookieName = sessionCookieName(port);
    const presented = presentedToken(request, url, cookieName);
    if (!presented || !tokensMatch(presented.token, token)) {
      response.writeHead(401, { 'WWW-Authenticate': 'Bearer', 'Content-Length': 0 });
      response.end();
      return;
    }
    if (!isOwnOriginRequest(request, port)) {
      sendText(response, 403, 'Requests must come from this server’s own page.');
      return;
    }
    if (presented.source === 'query') response.setHeader('Set-Cookie', sessionCookie(cookieName, token));

    const { pathname } = url;
    if (pathname.startsWith('/api/call/')) {
      await handleApiCall(request, response, workbench.handlers, pathname.slice('/api/call/'.length), bodyLimitBytes);
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
    if (pathname.startsWith('/api/')) {
      const noRoute = failedReply('not-found', {
        en: `No API route ${pathname}.`,
        ar: `لا مسار ${pathname} في الواجهة.`,
      });
      sendJson(response, 404, noRoute);
      return;
    }
    await serveRendererFile(request, response, rendererDir, pathname);
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('qarin serve: request failed:', error);
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/?token=${token}`,
    token,
    port,
    close: async () => {
      for (const stream of streams) stream.stop();
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeIdleConnections();
      server.closeAllConnections();
      await closed;
    },
  };
}
