import type { EventName, MethodName } from '../../src-main/api/types';

/**
 * What the Electron preload exposes as `window.qarin`. The main side validates every call against
 * the contract, so the bridge itself is typed loosely and the clients narrow it.
 */
export interface QarinBridge {
  call(method: MethodName, input: unknown): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Absolute paths of files dropped or picked in the window; only Electron can know them. */
  pathsForFiles(files: File[]): string[];
  platform: string;
}

declare global {
  interface Window {
    qarin?: QarinBridge;
  }
}

export function findBridge(): QarinBridge | undefined {
  return typeof window !== 'undefined' ? window.qarin : undefined;
}
