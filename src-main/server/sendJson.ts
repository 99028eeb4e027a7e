import type { ServerResponse } from 'node:http';
import { jsonParts } from './jsonParts';

/**
 * Characters gathered before a write: a reply shorter than this goes out whole, with its length;
 * a longer one goes out in chunks of about this size (each encoded to UTF-8 and freed as it is sent).
 */
const CHUNK_CHARACTERS = 64 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Resolves when `response` can take more, or has closed (then nothing more is worth writing). */
function drained(response: ServerResponse): Promise<void> {
  // A connection already gone will send neither event again: waiting would hold the reply forever.
  if (response.destroyed || response.closed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/**
 * `sendJson` for replies of any size: the JSON is encoded in parts (`jsonParts`) and sent in
 * chunks as it is made, waiting while the client reads, so a reply of the whole library never
 * exists as one string, nor as one buffer, in this process. A small reply is sent as `sendJson` does.
 */
export async function sendJsonInParts(response: ServerResponse, status: number, body: unknown): Promise<void> {
  const parts = jsonParts(body);
  let pending = '';
  let next = parts.next();
  for (; !next.done && pending.length < CHUNK_CHARACTERS; next = parts.next()) pending += next.value;
  if (next.done) {
    response.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(pending),
    });
    response.end(pending);
    return;
  }
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  for (; !next.done; next = parts.next()) {
    pending += next.value;
    if (pending.length < CHUNK_CHARACTERS) continue;
    const more = response.write(pending);
    pending = '';
    if (!more) await drained(response);
    if (response.destroyed) return;
  }
  response.end(pending);
}
