import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { EventName, EventPayload, Input, MethodName, Output } from '../api/types';
import type { CallReply } from '../api/callReply';
import type { MenuCommand, QarinBridge } from './bridge';
import { callChannel, chooseImportChannel, eventChannel, grantDroppedChannel, menuChannel } from './ipcChannels';

/**
 * The only door from the sandboxed page to main. It forwards the contract's calls on one channel and
 * nothing else; main checks every method name and input against the contract with `dispatch`, so
 * the preload keeps no list of its own, and sends only the contract's events on the event channel.
 */
async function callReply(method: unknown, input: unknown): Promise<CallReply<unknown>> {
  return (await ipcRenderer.invoke(callChannel, method, input)) as CallReply<unknown>;
}

// Main validated every output against the contract before sending it, hence the casts below.
const bridge: QarinBridge = {
  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const reply = await callReply(method, input);
    if (reply.ok) return reply.result as Output<M>;
    throw new Error(reply.error.message.en);
  },
  async callResult<M extends MethodName>(method: M, input: Input<M>): Promise<CallReply<Output<M>>> {
    return (await callReply(method, input)) as CallReply<Output<M>>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
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
