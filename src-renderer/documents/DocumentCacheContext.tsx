import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient, DocumentDetail } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useApiEvent } from '../api/useApiEvent';

/**
 * The reader and the details panel show the same report; one fetch serves both. A re-import can
 * change any document, so the cache starts over (new generation) whenever the library changes.
 */
class DocumentCache {
  private readonly pending = new Map<string, Promise<DocumentDetail>>();
  constructor(private readonly api: ApiClient) {}

  get(id: string): Promise<DocumentDetail> {
    let promise = this.pending.get(id);
    if (!promise) {
      promise = this.api.call('document.get', { id });
      promise.catch(() => this.pending.delete(id));
      this.pending.set(id, promise);
    }
    return promise;
  }
}

const DocumentCacheContext = createContext<{ cache: DocumentCache; generation: number } | null>(null);

export function DocumentCacheProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [generation, setGeneration] = useState(0);
  useApiEvent('library.changed', () => setGeneration((g) => g + 1));
  const cache = useMemo(() => new DocumentCache(api), [api, generation]);
  const value = useMemo(() => ({ cache, generation }), [cache, generation]);
  return <DocumentCacheContext.Provider value={value}>{children}</DocumentCacheContext.Provider>;
}

export function useDocumentCache() {
  const value = useContext(DocumentCacheContext);
  if (!value) throw new Error('useDocumentCache outside <DocumentCacheProvider>');
  return value;
}
