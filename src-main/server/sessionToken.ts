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

export type TokenSource = 'header' | 'query' | 'cookie';

/**
 * The token a request carries, and where: the `Authorization: Bearer` header (API calls), the
 * `token` query parameter (the first page load, and EventSource, which cannot set headers), or the
 * cookie set after a page load (the page's scripts, styles and fonts, which carry no query).
 */
export function presentedToken(
  request: IncomingMessage,
  url: URL,
  cookieName: string,
): { token: string; source: TokenSource } | undefined {
  const authorization = request.headers.authorization;
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (bearer) return { token: bearer[1]!, source: 'header' };
  const query = url.searchParams.get('token');
  if (query) return { token: query, source: 'query' };
  const cookie = readCookie(request.headers.cookie, cookieName);
  if (cookie) return { token: cookie, source: 'cookie' };
  return undefined;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/**
 * A cookie that lets the page's own follow-up requests through. HttpOnly keeps it from scripts,
 * SameSite=Strict keeps other sites' pages from sending it; its name carries the port because
 * browsers share cookies between ports of one host.
 */
export function sessionCookieName(port: number): string {
  return `qarin-session-${port}`;
}

export function sessionCookie(name: string, token: string): string {
  return `${name}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}
