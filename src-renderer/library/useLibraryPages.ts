import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, LibraryQuery } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';

export type LibraryFilter = Omit<LibraryQuery, 'offset' | 'limit'>;

const PAGE_SIZE = 200;
const PREFETCH_ROWS = PAGE_SIZE / 2;

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
 * crosses the bridge whole: only the pages the user scrolls past are fetched, once each.
 */
export function useLibraryPages(filter: LibraryFilter, generation: number): LibraryPagesState {
  const api = useApi();
  const filterKey = JSON.stringify(filter);
  const pages = useRef(new Map<number, DocumentSummary[]>());
  const requested = useRef(new Set<number>());
  const currentKey = useRef('');
  const [total, setTotal] = useState<number | undefined>(undefined);
  const totalRef = useRef<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [, setLoadedPages] = useState(0);

  const fetchPage = useCallback(
    (page: number, key: string) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const filterJson = key.slice(key.indexOf('\n') + 1);
      const query: LibraryQuery = {
        ...(JSON.parse(filterJson) as LibraryFilter),
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      };
      api.call('library.list', query).then(
        (result) => {
          if (currentKey.current !== key) return; // filters changed while this page was on the way
          pages.current.set(page, result.items);
          totalRef.current = result.total;
          setTotal(result.total);
          setError(undefined);
          setLoadedPages((n) => n + 1);
        },
        (failure: unknown) => {
          if (currentKey.current !== key) return;
          requested.current.delete(page);
          setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    },
    [api],
  );

  useEffect(() => {
    // The generation is part of the key so a page fetched before a re-import is never shown after it.
    const key = `${generation}\n${filterKey}`;
    currentKey.current = key;
    requested.current = new Set();
    pages.current = new Map();
    setLoadedPages(0);
    fetchPage(0, key);
  }, [filterKey, generation, fetchPage]);

  const rowAt = useCallback(
    (index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [],
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
