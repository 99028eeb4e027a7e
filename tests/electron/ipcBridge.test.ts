import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { CallReply } from '../../src-main/api/callReply';
import { registerIpcBridge } from '../../src-main/electron/ipcBridge';
import { callChannel, eventChannel } from '../../src-main/electron/ipcChannels';
import { isAppPageUrl } from '../../src-main/electron/requestPolicy';
import { appIndexUrl, appOrigin } from '../../src-main/electron/appScheme';
import { createFakeWorkbench } from '../server/fakeWorkbench';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<CallReply<unknown>>;

function setUp() {
  const registered = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  } as unknown as IpcMain;
  const sent: unknown[][] = [];
  const window = { isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args) } as unknown as WebContents;
  const workbench = createFakeWorkbench();
  const dispose = registerIpcBridge({
    ipcMain,
    handlers: workbench.handlers,
    events: workbench.events,
    isTrustedFrameUrl: (url) => isAppPageUrl(url, appOrigin),
    windows: () => [window],
  });
  const invoke = (frame: { url: string; parent: unknown } | null, method: unknown, input: unknown) =>
    registered.get(callChannel)!({ senderFrame: frame } as unknown as IpcMainInvokeEvent, method, input);
  return { registered, sent, workbench, dispose, invoke };
}

const appFrame = { url: appIndexUrl, parent: null };

test('a call from the app page runs through the contract and returns its result', async () => {
  const { invoke } = setUp();
  const reply = await invoke(appFrame, 'library.list', { limit: 3 });
  assert.equal(reply.ok, true);
  assert.equal((reply as { result: { items: { id: string }[] } }).result.items[0]!.id, 'doc-1');
});

test('calls from another page, an iframe, or a frame that is gone are refused before any handler runs', async () => {
  const { invoke, workbench } = setUp();
  for (const frame of [{ url: 'https://example.com/', parent: null }, { url: appIndexUrl, parent: appFrame }, null]) {
    const reply = await invoke(frame, 'library.list', {});
    assert.deepEqual(reply.ok, false);
    assert.equal((reply as { error: { code: string } }).error.code, 'forbidden');
  }
  assert.deepEqual(workbench.calls, []);
});

test('contract errors come back as data with their code, since Electron would keep only the message', async () => {
  const { invoke } = setUp();
  assert.deepEqual(await invoke(appFrame, 'document.get', { id: 'missing' }), {
    ok: false,
    error: { code: 'not-found', message: { en: 'No document "missing".', ar: 'لا تقرير «missing».' } },
  });
  const invalid = await invoke(appFrame, 'library.list', { limit: 'many' });
  assert.equal((invalid as { error: { code: string } }).error.code, 'invalid-input');
  const unknown = await invoke(appFrame, 'shell.exec', {});
  assert.equal((unknown as { error: { code: string } }).error.code, 'unknown-method');
  const notString = await invoke(appFrame, 42, {});
  assert.equal((notString as { error: { code: string } }).error.code, 'unknown-method');
});

test('hub events reach every window on the event channel, and disposing stops them', () => {
  const { sent, workbench, dispose, registered } = setUp();
  workbench.events.emit('library.changed', { documentCount: 5 });
  assert.deepEqual(sent, [[eventChannel, 'library.changed', { documentCount: 5 }]]);
  dispose();
  workbench.events.emit('library.changed', { documentCount: 6 });
  assert.equal(sent.length, 1);
  assert.equal(registered.has(callChannel), false);
});
