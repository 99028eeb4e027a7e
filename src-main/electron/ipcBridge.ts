import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ApiError } from '../api/apiError';
import { dispatch, type ApiHandlers } from '../api/dispatch';
import type { EventHub } from '../api/eventHub';
import { failedReply, replyForError, type CallReply } from '../api/callReply';
import { callChannel, eventChannel } from './ipcChannels';

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

  ipcMain.handle(callChannel, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<CallReply<unknown>> => {
    const frame = event.senderFrame;
    // Only the top frame of our own page may call: not an iframe, not a page navigated elsewhere.
    if (!frame || frame.parent !== null || !isTrustedFrameUrl(frame.url)) {
      return failedReply('forbidden', {
        en: 'Calls are accepted only from the Qarin window.',
        ar: 'لا تُقبل الطلبات إلا من نافذة قارِن.',
      });
    }
    if (typeof method !== 'string') {
      return failedReply('unknown-method', {
        en: 'The method name must be a string.',
        ar: 'يجب أن يكون اسم الطلب نصًّا.',
      });
    }
    try {
      return { ok: true, result: await dispatch(handlers, method, input) };
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(`Qarin: ${method} failed:`, error);
      return replyForError(method, error);
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
