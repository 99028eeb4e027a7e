import type { Workbench } from './workbench';

/** An opening of the project that waits to be started (see `deferOpening`). */
export interface DeferredOpening {
  /** The project once open; it starts opening on `openNow` or at the latest `atLatestMs` after creation. */
  readonly opening: Promise<Workbench>;
  /** Starts opening the project now, unless it has started already. */
  openNow(): void;
}

/**
 * Holds back opening the project while its early answers serve the first screen. Opening reads the
 * library and loads the search tables: about 1.6 s of CPU over the first second on ANT, on a machine
 * of two cores that also runs the window's page, whose first screen needs none of it. Whoever hands
 * calls to it (`workbenchWhenOpen`) starts it as soon as a call needs the project or the first
 * screen has been answered; `atLatestMs` bounds the wait when no call comes.
 */
export function deferOpening(open: () => Promise<Workbench>, atLatestMs: number): DeferredOpening {
  let start: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (start = resolve));
  const timer = setTimeout(() => start(), atLatestMs);
  return {
    opening: started.then(open),
    openNow: () => {
      clearTimeout(timer);
      start();
    },
  };
}
