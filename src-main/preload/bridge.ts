import type { CallReply } from '../api/callReply';
import type { EventName, EventPayload, Input, MethodName, Output } from '../api/types';
import type { MenuCommand } from '../api/menuCommand';

export type { MenuCommand };

/**
 * What the preload exposes as `window.qarin` in the desktop app. Types only: the renderer imports
 * them with `import type` and never loads this file.
 *
 * A failed call rejects with an `Error` whose message is the reason in English. Electron copies only
 * the message of an error across the context bridge, so the contract's error code and the Arabic
 * message do not survive; `callResult` carries the whole reply for a caller that needs them.
 */
export interface QarinBridge {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Never rejects for a contract error: `{ ok: false, error: { code, message: { en, ar } } }` instead. */
  callResult<M extends MethodName>(method: M, input: Input<M>): Promise<CallReply<Output<M>>>;
  /** Subscribes to a contract event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Menu items that need the renderer (focus search, export, help, settings changed from the menu). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Grants the files the user dropped or picked (`Array.from(dataTransfer.files)`) for
   * `import.start` and resolves with their absolute paths. Only the preload can know them
   * (Electron's `webUtils.getPathForFile`, empty for a File the page made itself), and main imports
   * no path the user did not choose.
   */
  grantFiles(files: readonly File[]): Promise<string[]>;
  /** Shows main's open dialog for files or a folder; resolves with the chosen (and granted) paths. */
  chooseImportPaths(kind: 'files' | 'folder'): Promise<string[]>;
  /** `process.platform` of the machine: 'darwin', 'win32', 'linux'… */
  readonly platform: string;
}
