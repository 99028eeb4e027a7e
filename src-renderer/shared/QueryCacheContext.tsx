import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { hashQueryKey, QueryCache, type QueryKey, type QuerySnapshot } from './queryCache';

const QueryCacheContext = createContext<QueryCache | null>(null);

/** One cache for the whole window; what invalidates it on which event is wired beside it (`app/`). */
export function QueryCacheProvider({ children }: { children: ReactNode }) {
  const [cache] = useState(() => new QueryCache());
  return <QueryCacheContext.Provider value={cache}>{children}</QueryCacheContext.Provider>;
}

export function useQueryCache(): QueryCache {
  const value = useContext(QueryCacheContext);
  if (!value) throw new Error('useQueryCache outside <QueryCacheProvider>');
  return value;
}

export type QueryResult<T> = QuerySnapshot<T> | { status: 'idle'; data: undefined; error: undefined; fetching: false };

const IDLE: QueryResult<never> = Object.freeze({ status: 'idle', data: undefined, error: undefined, fetching: false });
const noSubscription = () => () => undefined;

/**
 * Reads `key` through the cache and follows it: re-renders when its answer changes (after an
 * invalidation too). No key means nothing to read yet (`idle`). `fetcher` may be a new function on
 * every render; only the key decides what is read.
 */
export function useQuery<T>(key: QueryKey | undefined, fetcher: () => Promise<T>): QueryResult<T> {
  const cache = useQueryCache();
  const hash = key === undefined ? undefined : hashQueryKey(key);
  const latestFetcher = useRef(fetcher);
  useLayoutEffect(() => {
    latestFetcher.current = fetcher;
  });
  // The key as of this render, read by the callbacks below; `hash` alone decides when they change.
  const keyRef = useRef(key);
  keyRef.current = key;

  const subscribe = useCallback(
    (onChange: () => void) =>
      keyRef.current === undefined ? noSubscription() : cache.subscribe(keyRef.current, onChange),
    [cache, hash],
  );
  const snapshot = useSyncExternalStore(subscribe, () =>
    keyRef.current === undefined ? IDLE : cache.peek<T>(keyRef.current),
  );

  useEffect(() => {
    if (keyRef.current === undefined) return;
    cache.fetch(keyRef.current, () => latestFetcher.current()).catch(() => undefined); // the snapshot carries the failure
  }, [cache, hash]);

  return snapshot as QueryResult<T>;
}

/** The data of the last answer this component received, across key changes: what to show while a new key loads. */
export function useLastData<T>(result: QueryResult<T>): T | undefined {
  const last = useRef<T | undefined>(undefined);
  if (result.data !== undefined) last.current = result.data;
  return result.data ?? last.current;
}
