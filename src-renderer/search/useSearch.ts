import { useEffect, useState } from 'react';
import type { AnnotationSearchHit, Output, SearchRequest } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { createLatestSearch } from './latestSearch';
import { followPendingMatches, type HighlightMatches } from './followPendingMatches';

/** The reports found, and the highlights whose quote or note matches (`annotationHits`). */
type SearchResult = Output<'search.query'>;

/**
 * A page of results: several screens of them, and then «Load more». Each hit costs the engine its
 * snippets and the page its DOM on every keystroke; on ANT, 20 instead of 30 answered about a fifth
 * sooner.
 */
const PAGE_SIZE = 20;

/**
 * How soon a first search is asked again when its answer says the highlights are still being
 * indexed (`annotationHitsPending`): their index takes about half a second per ten thousand.
 */
const HIGHLIGHTS_PENDING_RETRY_MS = 300;

export type SearchFilters = Pick<SearchRequest, 'sources' | 'after' | 'before'>;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous?: SearchResult }
  /** `query` is the text as sent; the engine may echo it back normalized in `result.query`. */
  | { status: 'done'; query: string; result: SearchResult; loadingMore: boolean }
  | { status: 'failed'; reason: string };

/** `result` with the highlights' matches of `matches` in place of its own. */
function withMatches(result: SearchResult, matches: HighlightMatches<AnnotationSearchHit>): SearchResult {
  const { annotationHits: _hits, annotationHitsPending: _pending, ...reports } = result;
  return {
    ...reports,
    ...(matches.annotationHits && { annotationHits: matches.annotationHits }),
    ...(matches.annotationHitsPending && { annotationHitsPending: matches.annotationHitsPending }),
  };
}

const failureReason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Searches as the user types. Each key's query is sent at once (the engine answers in a few
 * milliseconds, so a debounce would only add its own wait); keys typed while an answer is on its way
 * coalesce into one request, and an older query's answer never replaces a newer one's (see
 * `createLatestSearch`).
 */
export function useSearch(query: string, filters: SearchFilters, generation: number) {
  const api = useApi();
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  // One per search panel; the client is the app's one for its whole life.
  const [search] = useState(() => {
    const latestSearch = createLatestSearch<SearchRequest, SearchResult>(
      (request) => api.call('search.query', request),
      (request, outcome, latest) => {
        if (!outcome.ok) setState({ status: 'failed', reason: failureReason(outcome.error) });
        else if (latest) {
          setState({ status: 'done', query: request.query, result: outcome.answer, loadingMore: false });
          if (outcome.answer.annotationHitsPending) followMatches(request);
        }
        // An older query's answer while the newest is on its way: shown, still marked as searching.
        else setState({ status: 'searching', previous: outcome.answer });
      },
    );
    /** The highlights' matches of the search shown, once they are indexed; its report hits stay. */
    const followMatches = (request: SearchRequest) => {
      const askedAt = latestSearch.asked;
      followPendingMatches(
        () => api.call('search.query', request),
        (matches) =>
          setState((current) =>
            current.status === 'done' ? { ...current, result: withMatches(current.result, matches) } : current,
          ),
        () => latestSearch.asked === askedAt,
        HIGHLIGHTS_PENDING_RETRY_MS,
      );
    };
    return latestSearch;
  });
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    if (query.trim() === '') {
      search.cancel();
      setState({ status: 'idle' });
      return;
    }
    setState((current) => ({
      status: 'searching',
      previous:
        current.status === 'done' ? current.result : current.status === 'searching' ? current.previous : undefined,
    }));
    search.ask({ query, offset: 0, limit: PAGE_SIZE, ...(JSON.parse(filtersKey) as SearchFilters) });
  }, [search, query, filtersKey, generation]);

  // Unmounted: answers still on their way have nowhere to go.
  useEffect(() => () => search.cancel(), [search]);

  function loadMore() {
    if (state.status !== 'done' || state.loadingMore) return;
    const shown = state.result;
    const askedAt = search.asked;
    setState({ ...state, loadingMore: true });
    const input: SearchRequest = {
      query: shown.query,
      offset: shown.hits.length,
      limit: PAGE_SIZE,
      ...(JSON.parse(filtersKey) as SearchFilters),
    };
    api.call('search.query', input).then(
      (more) => {
        if (askedAt !== search.asked) return;
        // The functional update keeps the highlights' matches, which only the first page carries
        // and which may have come meanwhile (followPendingMatches).
        setState((current) => ({
          status: 'done',
          query: state.query,
          loadingMore: false,
          result: withMatches(
            { ...more, offset: 0, hits: [...shown.hits, ...more.hits] },
            current.status === 'done' ? current.result : shown,
          ),
        }));
      },
      (error: unknown) => {
        if (askedAt === search.asked) setState({ status: 'failed', reason: failureReason(error) });
      },
    );
  }

  return { state, loadMore };
}
