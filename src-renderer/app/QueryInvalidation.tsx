import { useApiEvent } from '../api/useApiEvent';
import { useQueryCache } from '../shared/QueryCacheContext';
import { invalidateAnnotations, invalidateLibrary } from './queryKeys';

/** Turns main's change events into invalidations of the query cache; renders nothing. */
export function QueryInvalidation() {
  const cache = useQueryCache();
  useApiEvent('library.changed', () => invalidateLibrary(cache));
  // A transport may deliver the import's end without a separate change event.
  useApiEvent('import.done', () => invalidateLibrary(cache));
  useApiEvent('annotations.changed', (payload) => invalidateAnnotations(cache, payload.docId));
  return null;
}
