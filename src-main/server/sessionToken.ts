import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh secret for one run of the server: anyone on the machine can reach 127.0.0.1, not everyone knows this. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares in constant time so response timing does not leak how much of a guess was right. */
export function tokensMatch(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The `Authorization: Bearer` token of a request: how the page's API calls and uploads carry it. */
export function bearerToken(request: IncomingMessage): string | undefined {
  return request.headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
}

/**
 * The token in the URL's query: only the first load of the page (the address `qarin serve` prints)
 * and the event stream (EventSource cannot set headers) take it there. There is no cookie: browsers
 * send a 127.0.0.1 cookie to every port of that host, so any other local server would receive it.
 */
export function queryToken(url: URL): string | undefined {
  return url.searchParams.get('token') ?? undefined;
}
