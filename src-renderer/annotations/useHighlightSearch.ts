import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationListQuery, ListedHighlight } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
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

/**
 * The project's highlights under a filter, a page at a time: tens of thousands of highlights must
 * not be rendered at once. Read again after every change; an answer to an older filter is dropped.
 */
export function useHighlightSearch(filter: HighlightFilter): { state: HighlightSearchState; loadMore(): void } {
  const api = useApi();
  const { revisionOf, status } = useAnnotationData();
  const revision = revisionOf();
  const available = status?.state === 'ok';
  const [state, setState] = useState<HighlightSearchState>({ status: 'loading', items: [], total: 0 });
  const latest = useRef(0);
  const query = JSON.stringify(listQueryOf(filter));

  useEffect(() => {
    if (!available) return;
    const request = ++latest.current;
    setState((current) => ({ status: 'loading', items: current.items, total: current.total }));
    const input = { ...(JSON.parse(query) as AnnotationListQuery), offset: 0, limit: PAGE_SIZE };
    api.call('annotations.list', input).then(
      (list) =>
        request === latest.current &&
        setState({ status: 'ready', items: list.items, total: list.total, loadingMore: false }),
      (error: unknown) => request === latest.current && setState({ status: 'failed', items: [], total: 0, error }),
    );
  }, [api, query, revision, available]);

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.loadingMore || state.items.length >= state.total) return;
    const request = latest.current;
    const shown = state.items;
    setState({ ...state, loadingMore: true });
    const input = { ...(JSON.parse(query) as AnnotationListQuery), offset: shown.length, limit: PAGE_SIZE };
    api.call('annotations.list', input).then(
      (list) =>
        request === latest.current &&
        setState({ status: 'ready', items: [...shown, ...list.items], total: list.total, loadingMore: false }),
      (error: unknown) =>
        request === latest.current && setState({ status: 'failed', items: shown, total: state.total, error }),
    );
  }, [api, query, state]);

  return { state, loadMore };
}
