import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { EventName, EventPayload, Input, MethodName, Output } from '../api/types';
import type { CallResult, MenuCommand, QarinBridge } from './bridge';
import { callChannel, chooseImportChannel, eventChannel, grantDroppedChannel, menuChannel } from './ipcChannels';

/**
 * The only door from the sandboxed page to main. It forwards the contract's calls on one channel and
 * nothing else: the names are checked here against the contract (the type below fails to compile
 * when the contract gains or loses a method or event), and main checks them again with `dispatch`.
 */
const methodNames: Record<MethodName, true> = {
  'project.info': true,
  'library.list': true,
  'document.get': true,
  'search.query': true,
  'search.documentHits': true,
  'import.start': true,
  'project.importQdpx': true,
  'import.cancel': true,
  'settings.get': true,
  'settings.set': true,
  'annotations.status': true,
  'annotations.list': true,
  'annotations.create': true,
  'annotations.update': true,
  'annotations.delete': true,
  'annotations.reattach': true,
  'annotations.export': true,
  'annotations.importJson': true,
  'annotations.backups': true,
  'annotations.restoreBackup': true,
  'codes.list': true,
  'codes.create': true,
  'codes.update': true,
  'codes.merge': true,
  'codes.delete': true,
  'memos.list': true,
  'memos.save': true,
  'memos.delete': true,
  'notes.get': true,
  'notes.set': true,
  'history.undo': true,
  'history.redo': true,
};

const eventNames: Record<EventName, true> = {
  'import.progress': true,
  'import.done': true,
  'library.changed': true,
  'annotations.changed': true,
};

function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methodNames, name);
}

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(eventNames, name);
}

async function callResult(method: unknown, input: unknown): Promise<CallResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown method "${String(method)}".` } };
  }
  return (await ipcRenderer.invoke(callChannel, method, input)) as CallResult<unknown>;
}

// Main validated every output against the contract before sending it, hence the casts below.
const bridge: QarinBridge = {
  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const reply = await callResult(method, input);
    if (reply.ok) return reply.result as Output<M>;
    throw new Error(reply.error.message);
  },
  async callResult<M extends MethodName>(method: M, input: Input<M>): Promise<CallResult<Output<M>>> {
    return (await callResult(method, input)) as CallResult<Output<M>>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}".`);
    // The IPC event object is never handed to the page: it would expose the sender.
    const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as EventPayload<E>);
    };
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const forward = (_ipcEvent: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(menuChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuChannel, forward);
    };
  },
  async grantFiles(files: readonly File[]): Promise<string[]> {
    const paths = Array.from(files, (file) => webUtils.getPathForFile(file)).filter((path) => path.length > 0);
    if (paths.length === 0) return [];
    return (await ipcRenderer.invoke(grantDroppedChannel, paths)) as string[];
  },
  async chooseImportPaths(kind: 'files' | 'folder'): Promise<string[]> {
    return (await ipcRenderer.invoke(chooseImportChannel, kind === 'folder' ? 'folder' : 'files')) as string[];
  },
  platform: process.platform,
};

contextBridge.exposeInMainWorld('qarin', bridge);
