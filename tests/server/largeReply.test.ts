import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { sendJsonInParts } from '../../src-main/server/sendJson';
import { startServer, type RunningServer } from '../../src-main/server/startServer';
import { createRecordingWorkbench } from '../helpers/recordingWorkbench';
import { send } from './httpRequest';
import { makeRendererFolder } from './rendererFolder';

/** A library as large as ANT's, as `library.list` returns it for one page of every report. */
const REPORTS = 31_525;
const summaryOf = (n: number) => ({
  id: `doc-${n}`,
  title: `اجتماع عسكري في سرت رقم ${n}`,
  path: `/corpus/ant/${n}.xml`,
  format: 'trec',
  encoding: 'utf-8',
  source: 'CNN',
  date: '2018-06-14',
  wordCount: 300 + (n % 900),
  warningCount: 0,
  sha256: n.toString(16).padStart(64, '0'),
  importedAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

const workbench = createRecordingWorkbench();
workbench.handlers['library.list'] = async (input) => ({
  total: REPORTS,
  offset: input.offset,
  items: Array.from({ length: Math.min(input.limit, REPORTS - input.offset) }, (_, n) => summaryOf(input.offset + n)),
});
let rendererDir: string;
let server: RunningServer;

before(async () => {
  rendererDir = makeRendererFolder();
  server = await startServer({ workbench, rendererDir, host: '127.0.0.1' });
});

after(async () => {
  await server.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

const headers = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });

test('a reply of the whole library arrives in chunks, and parses to every report in order', async () => {
  const response = await send(server.port, {
    method: 'POST',
    path: '/api/call/library.list',
    headers: headers(),
    body: JSON.stringify({ limit: 50_000 }),
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers['transfer-encoding'], 'chunked', 'sent as it is encoded, not as one buffer');
  const body = JSON.parse(response.body);
  assert.equal(body.ok, true);
  assert.equal(body.result.items.length, REPORTS);
  assert.deepEqual(body.result.items[REPORTS - 1], summaryOf(REPORTS - 1));
  assert.deepEqual(body.result.items[12_345], summaryOf(12_345));
});

test('a small reply still goes out whole, with its length', async () => {
  const response = await send(server.port, {
    method: 'POST',
    path: '/api/call/library.list',
    headers: headers(),
    body: JSON.stringify({ limit: 3 }),
  });
  assert.equal(response.status, 200);
  assert.equal(Number(response.headers['content-length']), Buffer.byteLength(response.body));
  assert.equal(JSON.parse(response.body).result.items.length, 3);
});

test('a client that goes away in the middle of a large reply leaves the server answering', async () => {
  await new Promise<void>((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/call/library.list', headers: headers() },
      (response) => {
        // One chunk read, then the connection is dropped while the server has more to write.
        response.once('data', () => {
          call.destroy();
          resolve();
        });
      },
    );
    call.on('error', (error) => (call.destroyed ? undefined : reject(error)));
    call.end(JSON.stringify({ limit: 50_000 }));
  });
  const next = await send(server.port, {
    method: 'POST',
    path: '/api/call/library.list',
    headers: headers(),
    body: JSON.stringify({ limit: 2 }),
  });
  assert.equal(next.status, 200);
  assert.equal(JSON.parse(next.body).result.items.length, 2);
});

test('a large reply to a client that has already gone ends at once instead of waiting forever', async () => {
  // Found in review: a page reloaded while its call waited for the project left the reply waiting
  // for a `drain` that never comes, holding the whole reply in memory.
  const reply = { ok: true, result: Array.from({ length: 5_000 }, (_, n) => summaryOf(n)) };
  const bare = createServer();
  let received!: () => void;
  const requestReceived = new Promise<void>((resolve) => (received = resolve));
  const outcome = new Promise<string>((resolve) => {
    bare.on('request', (incoming, response) => {
      incoming.resume();
      // Answered only once the client has gone, as a call that waited for the project is.
      response.once('close', () => {
        sendJsonInParts(response, 200, reply).then(
          () => resolve('ended'),
          (error: unknown) => resolve(`failed: ${String(error)}`),
        );
      });
      received();
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  let timer: NodeJS.Timeout | undefined;
  try {
    const call = request({ host: '127.0.0.1', port: (bare.address() as AddressInfo).port, method: 'POST', path: '/' });
    call.on('error', () => undefined);
    call.end('{}');
    await requestReceived;
    call.destroy();
    const waited = new Promise<string>(
      (resolve) => (timer = setTimeout(() => resolve('still waiting after 5 s'), 5_000)),
    );
    assert.equal(await Promise.race([outcome, waited]), 'ended');
  } finally {
    clearTimeout(timer);
    bare.closeAllConnections();
    bare.close();
  }
});
