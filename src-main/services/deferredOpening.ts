import type { Workbench } from './workbench';

/** An opening of the project that may wait to be started (see `deferOpening`). */
export interface DeferredOpening {
  /** The project once open. */
  readonly opening: Promise<Workbench>;
  /** Whether the project has started opening. */
  readonly started: boolean;
  /** Starts opening the project now, unless it has started already. */
  openNow(): void;
}

/**
 * Holds back opening the project while its early answers serve the first screen. Opening reads the
 * library and loads the search tables: about 1.6 s of CPU over the first second on ANT, on a machine
 * of two cores that also runs the window's page, whose first screen needs none of it. Whoever hands
 * calls to it (`workbenchWhenOpen`) starts it as soon as a call needs the project or the first
 * screen has been answered; `atLatestMs` after this call it starts anyway.
 */
export function deferOpening(open: () => Promise<Workbench>, atLatestMs: number): DeferredOpening {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started = false;
  const openNow = () => {
    clearTimeout(timer);
    started = true;
    release();
  };
  const timer = setTimeout(openNow, atLatestMs);
  return {
    opening: released.then(open),
    get started() {
      return started;
    },
    openNow,
  };
}

/** An opening under way already, for whoever holds nothing back. */
export function openingUnderWay(opening: Promise<Workbench>): DeferredOpening {
  return { opening, started: true, openNow: () => undefined };
}
