import { useEffect, useRef, useState } from 'react';
import type { Span } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useQuery } from '../shared/QueryCacheContext';

const FIND_DEBOUNCE_MS = 150;

export interface DocumentHitsState {
  /** The query these hits answer; undefined while none has arrived for the current one. */
  query?: string;
  hits: Span[];
}

/** `value`, once it has stayed the same for `delayMs`. */
function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The hit spans of `query` in one document, as the search engine matches them (normalized, stemmed),
 * read through the query cache: a query typed again is answered at once, and a re-import re-reads.
 */
export function useDocumentHits(documentId: string, query: string): DocumentHitsState {
  const api = useApi();
  // The first query (the one the report was opened with) goes out at once; typing in the find bar waits for a pause.
  const answeredOnce = useRef(false);
  const asked = useSettledValue(query, answeredOnce.current ? FIND_DEBOUNCE_MS : 0);
  const result = useQuery(asked.trim() === '' ? undefined : queryKeys.documentHits(documentId, asked), () =>
    api.call('search.documentHits', { id: documentId, query: asked }).then(
      (answer) => {
        answeredOnce.current = true;
        return answer.hits;
      },
      (error: unknown) => {
        console.error('search.documentHits failed', error);
        throw error;
      },
    ),
  );

  if (query.trim() === '') return { query, hits: [] };
  if (result.status === 'ready') return { query: asked, hits: result.data };
  if (result.status === 'failed') return { query: asked, hits: [] };
  return { hits: [] };
}
