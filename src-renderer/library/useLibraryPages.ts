import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, LibraryQuery, Output } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useQueryCache } from '../shared/QueryCacheContext';

export type LibraryFilter = Omit<LibraryQuery, 'offset' | 'limit'>;

const PAGE_SIZE = 200;
const PREFETCH_ROWS = PAGE_SIZE / 2;

type LibraryPage = Output<'library.list'>;

interface LibraryPagesState {
  total: number | undefined;
  error?: string;
  /** The row at `index`, or undefined while its page is on the way. */
  rowAt(index: number): DocumentSummary | undefined;
  /** Asks for the pages covering rows [first, last]; the virtual list calls it as it scrolls. */
  requestRows(first: number, last: number): void;
}

/**
 * Pages through `library.list` by offset, so a library of tens of thousands of reports never
 * crosses the bridge whole: only the pages the user scrolls past are fetched. Pages live in the
 * query cache under the filter, so asking twice sends one request and a re-import forgets them.
 */
export function useLibraryPages(filter: LibraryFilter, generation: number): LibraryPagesState {
  const api = useApi();
  const cache = useQueryCache();
  const filterKey = JSON.stringify(filter);
  // The generation is part of the key so an answer to a request sent before a re-import is never shown after it.
  const listKey = `${generation}\n${filterKey}`;
  const currentKey = useRef('');
  const [total, setTotal] = useState<number | undefined>(undefined);
  const totalRef = useRef<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [, setLoadedPages] = useState(0);

  const pageKey = useCallback(
    (page: number, key: string) => queryKeys.libraryPage(key.slice(key.indexOf('\n') + 1), page),
    [],
  );

  const fetchPage = useCallback(
    (page: number, key: string, evenIfKnown = false) => {
      // A page already here needs no answer, unless the list is new and must learn its total from it.
      const known = cache.peek<LibraryPage>(pageKey(page, key));
      if (known.status === 'ready' && !evenIfKnown) return;
      const query: LibraryQuery = {
        ...(JSON.parse(key.slice(key.indexOf('\n') + 1)) as LibraryFilter),
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      };
      cache
        .fetch(pageKey(page, key), () => api.call('library.list', query))
        .then(
          (result) => {
            if (currentKey.current !== key) return; // filters changed while this page was on the way
            totalRef.current = result.total;
            setTotal(result.total);
            setError(undefined);
            setLoadedPages((n) => n + 1);
          },
          (failure: unknown) => {
            if (currentKey.current !== key) return;
            setError(failure instanceof Error ? failure.message : String(failure));
          },
        );
    },
    [api, cache, pageKey],
  );

  useEffect(() => {
    currentKey.current = listKey;
    setLoadedPages(0);
    fetchPage(0, listKey, true);
  }, [listKey, fetchPage]);

  const rowAt = useCallback(
    (index: number) =>
      cache.peek<LibraryPage>(pageKey(Math.floor(index / PAGE_SIZE), currentKey.current)).data?.items[
        index % PAGE_SIZE
      ],
    [cache, pageKey],
  );

  const requestRows = useCallback(
    (first: number, last: number) => {
      // Half a page of margin on each side: the neighbouring page is on its way before it scrolls in.
      const lastRow = totalRef.current === undefined ? last : Math.min(last + PREFETCH_ROWS, totalRef.current - 1);
      const firstPage = Math.floor(Math.max(0, first - PREFETCH_ROWS) / PAGE_SIZE);
      for (let page = firstPage; page <= Math.floor(lastRow / PAGE_SIZE); page++) fetchPage(page, currentKey.current);
    },
    [fetchPage],
  );

  return { total, error, rowAt, requestRows };
}
