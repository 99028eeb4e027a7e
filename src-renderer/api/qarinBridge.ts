import type { QarinBridge } from '../../src-main/preload/bridge';

export type { QarinBridge };
export type { MenuCommand } from '../../src-main/preload/bridge';

declare global {
  interface Window {
    /** Present only in the desktop app, where the preload exposes it. */
    qarin?: QarinBridge;
  }
}

export function findBridge(): QarinBridge | undefined {
  return typeof window !== 'undefined' ? window.qarin : undefined;
}
