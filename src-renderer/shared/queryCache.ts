/**
 * The renderer's one cache of what it asked main for. Every read is addressed by a key, an array
 * from the general to the particular (`['annotations', 'document', id, 'highlights']`), so that a
 * change can be announced by prefix: `invalidate(['annotations', 'document', id])` reaches that
 * report's highlights and note and nothing else.
 *
 * - Two readers of one key share one request (in-flight dedupe) and one answer.
 * - Invalidation refetches what is on screen (entries with listeners) and forgets the rest. An answer
 *   to a request sent before the invalidation is dropped, so a slow old answer never lands last.
 * - While a key is read again its last answer stays readable (`fetching: true`), so nothing blinks.
 * - Entries nobody watches are kept for a while (the last `keepUnobserved`) and then forgotten.
 */

/** Each part must survive `JSON.stringify` unchanged (strings, numbers, booleans, null, plain arrays/objects). */
export type QueryKey = readonly unknown[];

export type QuerySnapshot<T> =
  | { status: 'pending'; data: undefined; error: undefined; fetching: boolean }
  | { status: 'ready'; data: T; error: undefined; fetching: boolean }
  | { status: 'failed'; data: T | undefined; error: unknown; fetching: boolean };

interface Entry {
  key: QueryKey;
  parts: readonly string[];
  snapshot: QuerySnapshot<unknown>;
  fetcher: (() => Promise<unknown>) | undefined;
  inFlight: Promise<unknown> | undefined;
  /** Bumped by every request and every invalidation: an answer carrying an older serial is stale. */
  serial: number;
  listeners: Set<() => void>;
  lastUsed: number;
}

const PENDING: QuerySnapshot<never> = Object.freeze({
  status: 'pending',
  data: undefined,
  error: undefined,
  fetching: false,
});

const DEFAULT_KEEP_UNOBSERVED = 64;

function partsOf(key: QueryKey): string[] {
  return key.map((part) => JSON.stringify(part) ?? 'undefined');
}

export function hashQueryKey(key: QueryKey): string {
  return partsOf(key).join('\u0000');
}

export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  private clock = 0;

  constructor(private readonly keepUnobserved = DEFAULT_KEEP_UNOBSERVED) {}

  /**
   * The answer for `key`: the cached one when fresh, the one on its way when asked already, else a
   * new request through `fetcher` (which is also what an invalidation will call to read it again).
   */
  fetch<T>(key: QueryKey, fetcher: () => Promise<T>): Promise<T> {
    const entry = this.entryOf(key);
    entry.fetcher = fetcher;
    entry.lastUsed = ++this.clock;
    if (entry.inFlight) return entry.inFlight as Promise<T>;
    if (entry.snapshot.status === 'ready') return Promise.resolve(entry.snapshot.data as T);
    return this.start(entry) as Promise<T>;
  }

  /** What is known of `key` now; the same object until it changes (for `useSyncExternalStore`). */
  peek<T>(key: QueryKey): QuerySnapshot<T> {
    return (this.entries.get(hashQueryKey(key))?.snapshot ?? PENDING) as QuerySnapshot<T>;
  }

  /** Calls `listener` whenever the snapshot of `key` changes; watched keys are refetched on invalidation. */
  subscribe(key: QueryKey, listener: () => void): () => void {
    const entry = this.entryOf(key);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) {
        entry.lastUsed = ++this.clock;
        this.prune();
      }
    };
  }

  /** Stores an answer main already gave (the reply to a save), dropping any older read still on its way. */
  set<T>(key: QueryKey, data: T): void {
    const entry = this.entryOf(key);
    entry.serial++;
    entry.inFlight = undefined;
    entry.lastUsed = ++this.clock;
    this.update(entry, { status: 'ready', data, error: undefined, fetching: false });
  }

  /** Marks every key that starts with `prefix` as outdated: watched ones are read again, others forgotten. */
  invalidate(prefix: QueryKey): void {
    const wanted = partsOf(prefix);
    for (const [hash, entry] of this.entries) {
      if (!wanted.every((part, index) => entry.parts[index] === part)) continue;
      entry.serial++;
      entry.inFlight = undefined;
      // A watched key stays even before its first read: its reader holds this entry, not its key.
      if (entry.listeners.size === 0) this.entries.delete(hash);
      else if (entry.fetcher) void this.start(entry).catch(() => undefined);
    }
  }

  /** How many keys are held; for tests and diagnostics. */
  get size(): number {
    return this.entries.size;
  }

  private entryOf(key: QueryKey): Entry {
    const parts = partsOf(key);
    const hash = parts.join('\u0000');
    let entry = this.entries.get(hash);
    if (!entry) {
      entry = {
        key,
        parts,
        snapshot: PENDING,
        fetcher: undefined,
        inFlight: undefined,
        serial: 0,
        listeners: new Set(),
        lastUsed: ++this.clock,
      };
      this.entries.set(hash, entry);
    }
    return entry;
  }

  private start(entry: Entry): Promise<unknown> {
    const fetcher = entry.fetcher;
    if (!fetcher) return Promise.reject(new Error(`No way to read ${entry.parts.join(' ')}`));
    const serial = ++entry.serial;
    const promise = fetcher();
    entry.inFlight = promise;
    this.update(entry, { ...entry.snapshot, fetching: true } as QuerySnapshot<unknown>);
    promise.then(
      (data) => {
        if (entry.serial !== serial) return;
        entry.inFlight = undefined;
        this.update(entry, { status: 'ready', data, error: undefined, fetching: false });
        this.prune();
      },
      (error: unknown) => {
        if (entry.serial !== serial) return;
        entry.inFlight = undefined;
        this.update(entry, { status: 'failed', data: entry.snapshot.data, error, fetching: false });
      },
    );
    return promise;
  }

  private update(entry: Entry, snapshot: QuerySnapshot<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of [...entry.listeners]) listener();
  }

  /** Forgets the least recently used unwatched, settled entries beyond `keepUnobserved`. */
  private prune(): void {
    const idle = [...this.entries].filter(([, entry]) => entry.listeners.size === 0 && !entry.inFlight);
    if (idle.length <= this.keepUnobserved) return;
    idle.sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    for (const [hash] of idle.slice(0, idle.length - this.keepUnobserved)) this.entries.delete(hash);
  }
}
