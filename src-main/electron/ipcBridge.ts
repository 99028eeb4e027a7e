import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ApiError } from '../api/apiError';
import { dispatch, type ApiHandlers } from '../api/dispatch';
import type { EventHub } from '../api/eventHub';
import { callChannel, eventChannel } from './ipcChannels';

/** What crosses back to the preload: errors travel as data because Electron keeps only the message of a thrown error. */
export type CallReply = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

export interface IpcBridgeOptions {
  ipcMain: IpcMain;
  handlers: ApiHandlers;
  events: EventHub;
  /** True when the frame's URL is the app's own page; IPC from anything else is refused. */
  isTrustedFrameUrl(url: string): boolean;
  /** The windows that receive contract events. */
  windows(): WebContents[];
}

/**
 * Answers the preload's one call channel through the contract's `dispatch`, so every input and
 * output is validated exactly as for the HTTP bridge; forwards every hub event to the windows.
 * Returns a function that undoes both.
 */
export function registerIpcBridge(options: IpcBridgeOptions): () => void {
  const { ipcMain, handlers, events, isTrustedFrameUrl, windows } = options;

  ipcMain.handle(callChannel, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<CallReply> => {
    const frame = event.senderFrame;
    // Only the top frame of our own page may call: not an iframe, not a page navigated elsewhere.
    if (!frame || frame.parent !== null || !isTrustedFrameUrl(frame.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the Qarin window.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown-method', message: 'The method name must be a string.' } };
    }
    try {
      return { ok: true, result: await dispatch(handlers, method, input) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      console.error(`Qarin: ${method} failed:`, error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `${method} failed: ${message}` } };
    }
  });

  const unsubscribe = events.subscribe((name, payload) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed()) contents.send(eventChannel, name, payload);
    }
  });

  return () => {
    ipcMain.removeHandler(callChannel);
    unsubscribe();
  };
}
