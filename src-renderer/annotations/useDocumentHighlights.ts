import type { ListedHighlight } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useQuery } from '../shared/QueryCacheContext';
import { useAnnotationData } from './AnnotationDataContext';

export type DocumentHighlightsState =
  | { status: 'loading'; highlights: ListedHighlight[] }
  | { status: 'ready'; highlights: ListedHighlight[] }
  | { status: 'failed'; highlights: ListedHighlight[]; error: unknown };

const NONE: ListedHighlight[] = [];
const NO_REPORT: DocumentHighlightsState = { status: 'ready', highlights: NONE };
const LOADING: DocumentHighlightsState = { status: 'loading', highlights: NONE };

/**
 * A report's highlights in text order (orphans last), one read shared by the reader (painting) and
 * the details panel (list), re-read whenever a change may have touched them. While a new answer is
 * on its way the previous one stays, so painted highlights do not blink.
 */
export function useDocumentHighlights(docId: string | undefined): DocumentHighlightsState {
  const api = useApi();
  const available = useAnnotationData().status?.state === 'ok';
  const result = useQuery(docId && available ? queryKeys.documentHighlights(docId) : undefined, () =>
    api.call('annotations.list', { docId, limit: 100_000 }).then((list) => list.items),
  );
  switch (result.status) {
    case 'idle':
      return NO_REPORT;
    case 'pending':
      return LOADING;
    case 'ready':
      return { status: 'ready', highlights: result.data };
    case 'failed':
      return { status: 'failed', highlights: NONE, error: result.error };
  }
}
