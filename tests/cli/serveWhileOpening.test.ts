import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { EventHub } from '../../src-main/api/eventHub';
import type { ApiHandlers } from '../../src-main/api/dispatch';
import type { CliContext, StartBrowserMode } from '../../src-main/cli/cliContext';
import { parseCliOptions } from '../../src-main/cli/cliOptions';
import { serveCommand } from '../../src-main/cli/commands/serveCommand';
import { messagesFor } from '../../src-main/cli/messages';
import type { Workbench } from '../../src-main/services/workbench';
import { tempDir } from '../helpers/tempDir';
import { waitFor } from '../helpers/waitFor';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Until the stand-in server listens and the command has had its turn after that. */
const listening = async () => {
  await settle();
  await settle();
};

/**
 * `qarin serve` with a project the test opens when it likes and a stand-in server: what is printed,
 * and what the server is given, before and after the project has opened.
 */
function serveWithProjectOpeningLater(options: { listing?: boolean; listenFails?: boolean } = {}) {
  const projectDir = tempDir();
  if (options.listing) {
    // A listing makes serve hold back the opening for early answers (here unreadable ones).
    mkdirSync(join(projectDir, 'index'), { recursive: true });
    writeFileSync(join(projectDir, 'index', 'library-listing.jsonl'), 'not a listing\n');
  }
  let openings = 0;
  const rendererDir = tempDir();
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  let open: (workbench: Workbench) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const opening = new Promise<Workbench>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  let served: Workbench | undefined;
  let serverClosed = false;
  const startBrowserMode: StartBrowserMode = async ({ workbench }) => {
    served = workbench;
    // Listening takes a turn of the event loop, as a real server's does.
    await settle();
    if (options.listenFails) throw new Error('listen EADDRINUSE: address already in use 127.0.0.1:4321');
    return {
      url: 'http://127.0.0.1:4321/?token=t',
      close: async () => {
        serverClosed = true;
      },
    };
  };
  const messages = messagesFor('en');
  const context = {
    options: parseCliOptions(['serve', '--port', '0'], messages),
    messages,
    transports: { startBrowserMode, rendererDir },
    projectDir,
    openWorkbench: () => {
      openings++;
      return opening;
    },
    openOneShotSearch: async () => undefined,
    stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  } satisfies CliContext;
  return {
    run: serveCommand(context),
    printed: () => printed,
    served: () => served,
    serverClosed: () => serverClosed,
    openings: () => openings,
    open,
    fail,
  };
}

test('serve prints its address while the project opens, and a call made meanwhile is answered once open', async () => {
  const serve = serveWithProjectOpeningLater();
  await listening();
  assert.match(serve.printed(), /Qarin is served at http:\/\/127\.0\.0\.1:4321\/\?token=t/);
  const call = serve.served()?.handlers['project.info']({});
  assert.ok(call, 'the server was given a workbench to call');

  const handlers = { 'project.info': async () => ({ documentCount: 3 }) } as unknown as ApiHandlers;
  let closed = false;
  serve.open({
    projectDir: '/p',
    handlers,
    events: new EventHub(),
    close: async () => {
      closed = true;
    },
  });
  assert.deepEqual(await call, { documentCount: 3 });
  await settle();
  process.emit('SIGTERM');
  assert.equal(await serve.run, 0);
  assert.ok(serve.serverClosed() && closed, 'stopping closes the server and the project');
});

test('a project that fails to open after the address was printed stops the server and fails the command', async () => {
  const serve = serveWithProjectOpeningLater();
  await listening();
  assert.match(serve.printed(), /Qarin is served at/);
  serve.fail(new Error('library.json holds data that does not fit schema 1'));
  await assert.rejects(serve.run, /library\.json holds data/);
  assert.equal(serve.serverClosed(), true);
});

test('a project that cannot open before the server listens never has its address printed', async () => {
  const serve = serveWithProjectOpeningLater();
  serve.fail(new Error('library.json is not valid JSON'));
  await assert.rejects(serve.run, /library\.json is not valid JSON/);
  assert.equal(serve.printed(), '');
  assert.equal(serve.serverClosed(), true);
});

/** A project for the tests below, opened at once. */
const openProject = (): Workbench => ({
  projectDir: '/p',
  handlers: { 'document.get': async () => ({ id: 'a' }) } as unknown as ApiHandlers,
  events: new EventHub(),
  close: async () => undefined,
});

test('a project with early answers opens only once a call needs it, after its address is printed', async () => {
  const serve = serveWithProjectOpeningLater({ listing: true });
  await listening();
  assert.match(serve.printed(), /Qarin is served at/);
  assert.equal(serve.openings(), 0, 'held back while the first screen may be answered early');
  const call = serve.served()?.handlers['document.get']({ id: 'a' });
  // Once the early reader has read what it can (from disk, in its own time), not later.
  await waitFor(() => serve.openings() > 0, 'a call the early reader cannot answer opens the project', {
    intervalMs: 5,
    timeoutMs: 10_000,
  });
  assert.equal(serve.openings(), 1, 'opened once');
  serve.open(openProject());
  assert.deepEqual(await call, { id: 'a' });
  await settle();
  process.emit('SIGTERM');
  assert.equal(await serve.run, 0);
});

test('a server that cannot listen fails at once, even with its project held back', async () => {
  const serve = serveWithProjectOpeningLater({ listing: true, listenFails: true });
  const started = performance.now();
  await listening();
  serve.open(openProject());
  await assert.rejects(serve.run, /EADDRINUSE/);
  assert.ok(performance.now() - started < 1_000, 'not after the held-back opening’s 3 s limit');
  assert.equal(serve.printed(), '');
});
