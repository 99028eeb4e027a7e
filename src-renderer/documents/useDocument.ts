import type { ApiClient, DocumentDetail } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useQuery } from '../shared/QueryCacheContext';
import type { QueryCache } from '../shared/queryCache';

export type DocumentState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; document: DocumentDetail }
  | { status: 'failed'; reason: string };

/** One report, read once for the reader, the details panel and the compare columns alike. */
export function fetchDocument(cache: QueryCache, api: ApiClient, id: string): Promise<DocumentDetail> {
  return cache.fetch(queryKeys.document(id), () => api.call('document.get', { id }));
}

/** The report `id`; after a re-import the old text stays shown until the new one arrives. */
export function useDocument(id: string | undefined): DocumentState {
  const api = useApi();
  const result = useQuery(id === undefined ? undefined : queryKeys.document(id), () =>
    api.call('document.get', { id: id ?? '' }),
  );
  switch (result.status) {
    case 'idle':
      return { status: 'idle' };
    case 'pending':
      return { status: 'loading' };
    case 'ready':
      return { status: 'ready', document: result.data };
    case 'failed':
      return {
        status: 'failed',
        reason: result.error instanceof Error ? result.error.message : String(result.error),
      };
  }
}
