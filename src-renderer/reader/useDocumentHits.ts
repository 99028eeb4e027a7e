import { useEffect, useRef, useState } from 'react';
import type { Span } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';

const FIND_DEBOUNCE_MS = 150;

export interface DocumentHitsState {
  /** The query these hits answer; undefined while none has arrived for the current one. */
  query?: string;
  hits: Span[];
}

/** The hit spans of `query` in one document, as the search engine matches them (normalized, stemmed). */
export function useDocumentHits(documentId: string, query: string): DocumentHitsState {
  const api = useApi();
  const [state, setState] = useState<DocumentHitsState>({ hits: [] });
  // The first query (the one the report was opened with) goes out at once; typing in the find bar waits for a pause.
  const answeredOnce = useRef(false);

  useEffect(() => {
    if (query.trim() === '') {
      setState({ query, hits: [] });
      return;
    }
    let current = true;
    const timer = setTimeout(
      () => {
        api.call('search.documentHits', { id: documentId, query }).then(
          (result) => {
            answeredOnce.current = true;
            if (current) setState({ query, hits: result.hits });
          },
          (error: unknown) => {
            console.error('search.documentHits failed', error);
            if (current) setState({ query, hits: [] });
          },
        );
      },
      answeredOnce.current ? FIND_DEBOUNCE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, documentId, query]);

  return state;
}
