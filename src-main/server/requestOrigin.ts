import type { IncomingMessage } from 'node:http';

/** The names a browser on this machine may use for the server: the bound address and `localhost`. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * True when the request names this server as its host and, if it says where it comes from, comes
 * from this server's own page. The Host check defeats DNS rebinding (a remote name pointed at
 * 127.0.0.1); the Origin check refuses other pages' cross-origin requests, since no CORS is offered.
 */
export function isOwnOriginRequest(request: IncomingMessage, port: number): boolean {
  const origins = ownOrigins(port);
  const host = request.headers.host;
  if (!host || !origins.includes(`http://${host.toLowerCase()}`)) return false;
  const origin = request.headers.origin;
  return origin === undefined || origins.includes(origin.toLowerCase());
}
