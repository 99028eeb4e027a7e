import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub } from '../api/eventHub';

/** Proxies and idle-connection sweepers drop a silent stream; a comment line now and then keeps it open. */
const keepAliveMs = 15_000;

/**
 * Streams every event of the hub to one browser as Server-Sent Events (`event: <name>` and one
 * `data:` line of JSON), until the browser goes away or `stop()` is called when the server closes.
 */
export function openEventStream(request: IncomingMessage, response: ServerResponse, hub: EventHub): { stop(): void } {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  response.flushHeaders();
  // The first comment tells a client the stream is live before any event is due.
  response.write('retry: 2000\n: connected\n\n');

  const unsubscribe = hub.subscribe((event, payload) => {
    if (!response.writableEnded) response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const keepAlive = setInterval(() => {
    if (!response.writableEnded) response.write(': keep-alive\n\n');
  }, keepAliveMs);
  keepAlive.unref();

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(keepAlive);
    unsubscribe();
    if (!response.writableEnded) response.end();
  };
  request.on('close', stop);
  response.on('close', stop);
  return { stop };
}
