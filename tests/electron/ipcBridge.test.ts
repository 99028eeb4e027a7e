import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { CallReply } from '../../src-main/api/callReply';
import { registerIpcBridge } from '../../src-main/electron/ipcBridge';
import {
  callChannel,
  chooseImportChannel,
  eventChannel,
  grantDroppedChannel,
} from '../../src-main/electron/ipcChannels';
import { isAppPageUrl } from '../../src-main/electron/requestPolicy';
import { appIndexUrl, appOrigin } from '../../src-main/electron/appScheme';
import { createRecordingWorkbench } from '../helpers/recordingWorkbench';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<CallReply<unknown>>;

function setUp() {
  const registered = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  } as unknown as IpcMain;
  const sent: unknown[][] = [];
  const window = { isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args) } as unknown as WebContents;
  const workbench = createRecordingWorkbench();
  const dispose = registerIpcBridge({
    ipcMain,
    handlers: workbench.handlers,
    events: workbench.events,
    isTrustedFrameUrl: (url) => isAppPageUrl(url, appOrigin),
    windows: () => [window],
    chooseImportPaths: async () => [],
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

function setUpWithDialog(chosen: string[]) {
  const registered = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  } as unknown as IpcMain;
  const workbench = createRecordingWorkbench();
  const dialogs: string[] = [];
  registerIpcBridge({
    ipcMain,
    handlers: workbench.handlers,
    events: workbench.events,
    isTrustedFrameUrl: (url) => isAppPageUrl(url, appOrigin),
    windows: () => [],
    chooseImportPaths: async (kind) => {
      dialogs.push(kind);
      return chosen;
    },
  });
  const on = (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) =>
    registered.get(channel)!({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args) as Promise<unknown>;
  const importCount = () => workbench.calls.filter((call) => call === 'import.start').length;
  return { on, dialogs, importCount };
}

test('the page cannot import a path it names: only what the open dialog or a drop granted', async () => {
  const { on, importCount } = setUpWithDialog([]);
  for (const path of ['/etc/passwd', '/home/user/.ssh/id_ed25519']) {
    const reply = (await on(callChannel, appFrame, 'import.start', { paths: [path] })) as CallReply<unknown>;
    assert.equal(reply.ok, false, path);
    assert.equal((reply as { error: { code: string } }).error.code, 'forbidden');
    assert.match(
      (reply as { error: { message: { en: string } } }).error.message.en,
      new RegExp(path.replace(/[./]/g, '\\$&')),
    );
  }
  assert.equal(importCount(), 0);
});

test('paths from the main process open dialog are granted and imported; others stay refused', async () => {
  const { on, dialogs, importCount } = setUpWithDialog(['/home/user/reports', '/home/user/one.txt']);
  assert.deepEqual(await on(chooseImportChannel, appFrame, 'folder'), ['/home/user/reports', '/home/user/one.txt']);
  assert.deepEqual(dialogs, ['folder']);
  for (const paths of [['/home/user/reports'], ['/home/user/one.txt'], ['/home/user/reports/cnn']]) {
    const reply = (await on(callChannel, appFrame, 'import.start', { paths })) as CallReply<unknown>;
    assert.equal(reply.ok, true, paths[0]);
  }
  for (const path of ['/home/user/reports/../.ssh/id_ed25519', '/home/user/reports-other', '/home/user']) {
    const reply = (await on(callChannel, appFrame, 'import.start', { paths: [path] })) as CallReply<unknown>;
    assert.equal(reply.ok, false, path);
  }
  assert.equal(importCount(), 3);
});

test('dropped files are granted through the preload’s own channel, and only for the app page', async () => {
  const { on, importCount } = setUpWithDialog([]);
  await assert.rejects(
    on(grantDroppedChannel, { url: 'https://example.com/', parent: null }, ['/etc/passwd']),
    /forbidden|Qarin window/,
  );
  await assert.rejects(
    on(chooseImportChannel, { url: appIndexUrl, parent: appFrame }, 'files'),
    /forbidden|Qarin window/,
  );
  assert.equal(
    ((await on(callChannel, appFrame, 'import.start', { paths: ['/etc/passwd'] })) as CallReply<unknown>).ok,
    false,
  );
  assert.deepEqual(await on(grantDroppedChannel, appFrame, ['/home/user/dropped.txt']), ['/home/user/dropped.txt']);
  assert.equal(
    ((await on(callChannel, appFrame, 'import.start', { paths: ['/home/user/dropped.txt'] })) as CallReply<unknown>).ok,
    true,
  );
  await assert.rejects(on(grantDroppedChannel, appFrame, 'not a list'), /paths/);
  assert.equal(importCount(), 1);
});
