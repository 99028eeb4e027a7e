import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventHub } from '../../src-main/api/eventHub';
import type { ApiHandlers } from '../../src-main/api/dispatch';
import type { Workbench } from '../../src-main/services/workbench';
import { workbenchWhenOpen } from '../../src-main/services/workbenchWhenOpen';

/** A project that opens when the test says so, answering `project.info` with a fixed count. */
function openingLater(): { opening: Promise<Workbench>; open(): Workbench; fail(error: Error): void } {
  let resolve: (workbench: Workbench) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const opening = new Promise<Workbench>((onOpen, onFail) => {
    resolve = onOpen;
    reject = onFail;
  });
  const handlers = {
    'project.info': async () => ({ documentCount: 30044 }),
  } as unknown as ApiHandlers;
  const workbench: Workbench = { projectDir: '/p', handlers, events: new EventHub(), close: async () => undefined };
  return {
    opening,
    open: () => {
      resolve(workbench);
      return workbench;
    },
    fail: (error) => reject(error),
  };
}

test('a call made while the project opens is answered by it once it is open', async () => {
  const project = openingLater();
  const waiting = workbenchWhenOpen('/p', project.opening);
  let answered = false;
  const call = waiting.handlers['project.info']({}).then((info) => {
    answered = true;
    return info;
  });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(answered, false, 'the call waits for the project');
  project.open();
  assert.deepEqual(await call, { documentCount: 30044 });
});

test('every method of the contract can be called before the project is open', () => {
  const waiting = workbenchWhenOpen('/p', openingLater().opening);
  for (const method of ['search.query', 'library.list', 'import.start', 'project.importQdpx'] as const) {
    assert.equal(typeof waiting.handlers[method], 'function', method);
  }
});

test('a listener subscribed while the project opens receives its events', async () => {
  const project = openingLater();
  const waiting = workbenchWhenOpen('/p', project.opening);
  const heard: string[] = [];
  waiting.events.subscribe((event) => heard.push(event));
  const opened = project.open();
  await project.opening;
  opened.events.emit('library.changed', { documentCount: 1 });
  assert.deepEqual(heard, ['library.changed']);
});

test('calls waiting for a project that fails to open fail with its reason', async () => {
  const project = openingLater();
  const waiting = workbenchWhenOpen('/p', project.opening);
  const call = waiting.handlers['project.info']({});
  project.fail(new Error('library.json holds data that does not fit schema 1'));
  await assert.rejects(call, /library\.json holds data/);
});

test('the notes a command sends after its work reach the project once it is open', async () => {
  const noted: string[] = [];
  const workbench: Workbench = {
    projectDir: '/p',
    handlers: {} as ApiHandlers,
    events: new EventHub(),
    noteSearchTables: async () => void noted.push('search tables'),
    noteLibraryListing: async () => void noted.push('library listing'),
    close: async () => undefined,
  };
  const waiting = workbenchWhenOpen('/p', Promise.resolve(workbench));
  await waiting.noteSearchTables?.();
  await waiting.noteLibraryListing?.();
  assert.deepEqual(noted, ['search tables', 'library listing']);
});
