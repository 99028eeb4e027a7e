import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ApiError } from '../api/apiError';
import { failedReply, replyForError, type CallReply } from '../api/callReply';
import { dispatch, type ApiHandlers } from '../api/dispatch';
import type { EventHub } from '../api/eventHub';
import { guardImportPaths } from '../api/guardImportPaths';
import { createImportGrants } from './importGrants';
import { callChannel, chooseImportChannel, eventChannel, grantDroppedChannel } from './ipcChannels';

export interface IpcBridgeOptions {
  ipcMain: IpcMain;
  handlers: ApiHandlers;
  events: EventHub;
  /** True when the frame's URL is the app's own page; IPC from anything else is refused. */
  isTrustedFrameUrl(url: string): boolean;
  /** The windows that receive contract events. */
  windows(): WebContents[];
  /** Shows main's open dialog; the paths the user chose, or none when cancelled. */
  chooseImportPaths(kind: 'files' | 'folder'): Promise<string[]>;
}

const untrustedFrame = 'forbidden: Calls are accepted only from the Qarin window.';

/**
 * Answers the preload's one call channel through the contract's `dispatch`, so every input and
 * output is validated exactly as for the HTTP bridge; forwards every hub event to the windows.
 * `import.start` takes only paths the user chose: those main's open dialog returned (asked for on
 * its own channel) and those of files dropped or picked in the window, which only the preload can
 * know (`webUtils.getPathForFile`) and hands over on a channel the page itself cannot reach.
 * Returns a function that undoes all of it.
 */
export function registerIpcBridge(options: IpcBridgeOptions): () => void {
  const { ipcMain, events, isTrustedFrameUrl, windows } = options;
  const grants = createImportGrants();
  const handlers = guardImportPaths(options.handlers, grants.admit);

  // Only the top frame of our own page may call: not an iframe, not a page navigated elsewhere.
  const isTrusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return Boolean(frame && frame.parent === null && isTrustedFrameUrl(frame.url));
  };

  ipcMain.handle(chooseImportChannel, async (event: IpcMainInvokeEvent, kind: unknown): Promise<string[]> => {
    if (!isTrusted(event)) throw new Error(untrustedFrame);
    const paths = await options.chooseImportPaths(kind === 'folder' ? 'folder' : 'files');
    grants.grant(paths);
    return paths;
  });

  ipcMain.handle(grantDroppedChannel, async (event: IpcMainInvokeEvent, paths: unknown): Promise<string[]> => {
    if (!isTrusted(event)) throw new Error(untrustedFrame);
    if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string')) {
      throw new Error('invalid-input: the dropped paths must be a list of strings.');
    }
    grants.grant(paths);
    return paths;
  });

  ipcMain.handle(
    callChannel,
    async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<CallReply<unknown>> => {
      if (!isTrusted(event)) {
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
    },
  );

  const unsubscribe = events.subscribe((name, payload) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed()) contents.send(eventChannel, name, payload);
    }
  });

  return () => {
    ipcMain.removeHandler(callChannel);
    ipcMain.removeHandler(chooseImportChannel);
    ipcMain.removeHandler(grantDroppedChannel);
    unsubscribe();
  };
}
