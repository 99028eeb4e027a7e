import { useCallback, useRef, useState } from 'react';
import type { AnnotationListQuery, ListedHighlight } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useQuery } from '../shared/QueryCacheContext';
import { useAnnotationData } from './AnnotationDataContext';
import type { HighlightFilter } from './HighlightFilterContext';

const PAGE_SIZE = 200;

export type HighlightSearchState =
  | { status: 'loading'; items: ListedHighlight[]; total: number }
  | { status: 'ready'; items: ListedHighlight[]; total: number; loadingMore: boolean }
  | { status: 'failed'; items: ListedHighlight[]; total: number; error: unknown };

export function listQueryOf(filter: HighlightFilter): AnnotationListQuery {
  return {
    codeId: filter.codeId,
    docId: filter.docId,
    source: filter.source,
    text: filter.text?.trim() || undefined,
    status: filter.orphansOnly ? 'orphan' : undefined,
  };
}

/** Pages read beyond the first, for the first page they continue: a new first page drops them. */
interface MorePages {
  after: unknown;
  items: ListedHighlight[];
  total: number;
  loading: boolean;
  error?: unknown;
}

const NOTHING_YET: HighlightSearchState = { status: 'loading', items: [], total: 0 };

/**
 * The project's highlights under a filter, a page at a time: tens of thousands of highlights must
 * not be rendered at once. The first page is read through the query cache, so it is read again
 * after every change; pages loaded beyond it are dropped then, as an answer to an older filter is.
 */
export function useHighlightSearch(filter: HighlightFilter): { state: HighlightSearchState; loadMore(): void } {
  const api = useApi();
  const available = useAnnotationData().status?.state === 'ok';
  const query = listQueryOf(filter);
  const first = useQuery(available ? queryKeys.highlightList(query) : undefined, () =>
    api.call('annotations.list', { ...query, offset: 0, limit: PAGE_SIZE }),
  );
  const [more, setMore] = useState<MorePages | undefined>(undefined);
  const shown = useRef<HighlightSearchState>(NOTHING_YET);

  const base = first.data;
  const extension = more && base && more.after === base ? more : undefined;
  let state: HighlightSearchState;
  if (first.status === 'idle') state = NOTHING_YET;
  else if (first.status === 'failed') state = { status: 'failed', items: [], total: 0, error: first.error };
  else if (first.status === 'pending' || first.fetching || !base)
    state = { status: 'loading', items: shown.current.items, total: shown.current.total };
  else {
    const items = extension ? [...base.items, ...extension.items] : base.items;
    const total = extension?.total ?? base.total;
    state = extension?.error
      ? { status: 'failed', items, total, error: extension.error }
      : { status: 'ready', items, total, loadingMore: extension?.loading ?? false };
  }
  shown.current = state;

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.loadingMore || state.items.length >= state.total || !base) return;
    const after = base;
    const loaded = extension?.items ?? [];
    const total = state.total;
    setMore({ after, items: loaded, total, loading: true });
    api.call('annotations.list', { ...query, offset: state.items.length, limit: PAGE_SIZE }).then(
      (list) => setMore({ after, items: [...loaded, ...list.items], total: list.total, loading: false }),
      (error: unknown) => setMore({ after, items: loaded, total, loading: false, error }),
    );
  }, [api, query, state, base, extension]);

  return { state, loadMore };
}
