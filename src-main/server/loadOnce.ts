/**
 * `load`, run when its result is first wanted and shared by everyone who waits for it. A load that
 * fails fails those waiting and is forgotten, so that the next call tries again: a module a running
 * server could not load (its build replaced meanwhile) is not refused for the rest of its life.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    const current = (loading ??= load());
    current.catch(() => {
      if (loading === current) loading = undefined;
    });
    return current;
  };
}
