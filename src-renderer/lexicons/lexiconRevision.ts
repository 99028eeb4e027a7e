import { useSyncExternalStore } from 'react';

/**
 * A counter bumped whenever the user's lexicon additions change, so that views showing facts (the
 * compare view's table) ask the engine again: the additions live in main, which sends no event.
 */
let revision = 0;
const listeners = new Set<() => void>();

export function lexiconsChanged(): void {
  revision++;
  for (const listener of listeners) listener();
}

export function useLexiconRevision(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => revision,
  );
}
