import { useEffect, useRef, useState } from 'react';
import type { Output, SearchRequest } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';

/** The reports found, and the highlights whose quote or note matches (`annotationHits`). */
type SearchResult = Output<'search.query'>;

/**
 * Long enough to merge the keys of a fast typist or a paste into one query, short enough that the
 * results follow the typing: the engine answers in a few milliseconds and stale answers are dropped.
 */
export const SEARCH_DEBOUNCE_MS = 40;
const PAGE_SIZE = 30;

export type SearchFilters = Pick<SearchRequest, 'sources' | 'after' | 'before'>;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous?: SearchResult }
  /** `query` is the text as sent; the engine may echo it back normalized in `result.query`. */
  | { status: 'done'; query: string; result: SearchResult; loadingMore: boolean }
  | { status: 'failed'; reason: string };

/**
 * Searches as the user types: waits for a short pause, and drops any answer that arrives after a
 * newer request was sent, so a slow early query can never overwrite the results of a later one.
 */
export function useSearch(query: string, filters: SearchFilters, generation: number) {
  const api = useApi();
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latestRequest = useRef(0);
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    const request = ++latestRequest.current;
    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((current) => ({
      status: 'searching',
      previous:
        current.status === 'done' ? current.result : current.status === 'searching' ? current.previous : undefined,
    }));
    const timer = setTimeout(() => {
      const input: SearchRequest = { query, offset: 0, limit: PAGE_SIZE, ...(JSON.parse(filtersKey) as SearchFilters) };
      api.call('search.query', input).then(
        (result) => {
          if (request === latestRequest.current) setState({ status: 'done', query, result, loadingMore: false });
        },
        (error: unknown) => {
          if (request === latestRequest.current)
            setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, query, filtersKey, generation]);

  function loadMore() {
    if (state.status !== 'done' || state.loadingMore) return;
    const shown = state.result;
    const request = latestRequest.current;
    setState({ ...state, loadingMore: true });
    const input: SearchRequest = {
      query: shown.query,
      offset: shown.hits.length,
      limit: PAGE_SIZE,
      ...(JSON.parse(filtersKey) as SearchFilters),
    };
    api.call('search.query', input).then(
      (more) => {
        if (request !== latestRequest.current) return;
        setState({
          status: 'done',
          query: state.query,
          loadingMore: false,
          result: { ...more, offset: 0, hits: [...shown.hits, ...more.hits] },
        });
      },
      (error: unknown) => {
        if (request === latestRequest.current)
          setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  return { state, loadMore };
}
