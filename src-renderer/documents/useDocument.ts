import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../src-main/api/types';
import { useDocumentCache } from './DocumentCacheContext';

export type DocumentState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; document: DocumentDetail }
  | { status: 'failed'; reason: string };

export function useDocument(id: string | undefined): DocumentState {
  const { cache } = useDocumentCache();
  const [state, setState] = useState<DocumentState>({ status: 'idle' });

  useEffect(() => {
    if (!id) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) =>
      previous.status === 'ready' && previous.document.id === id ? previous : { status: 'loading' },
    );
    cache.get(id).then(
      (document) => current && setState({ status: 'ready', document }),
      (error: unknown) =>
        current && setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [cache, id]);

  return state;
}
