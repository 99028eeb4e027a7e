import { useMemo } from 'react';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useStrings } from '../i18n/useStrings';
import { useQuery } from '../shared/QueryCacheContext';
import type { PickerSuggestion } from './ComparePicker';

const SUGGESTED = 8;

/**
 * The reports most like `documentId` (`compare.similar`), to offer first when choosing what to
 * compare it with. Undefined while unknown or when the engine cannot say; the picker then offers
 * the library alone.
 */
export function useSimilarSuggestions(documentId: string | undefined): PickerSuggestion[] | undefined {
  const api = useApi();
  const t = useStrings();
  const result = useQuery(documentId === undefined ? undefined : queryKeys.similar(documentId), () =>
    api.call('compare.similar', { id: documentId ?? '', limit: SUGGESTED }).catch((error: unknown) => {
      console.error('compare.similar failed', error);
      throw error;
    }),
  );
  const hits = result.status === 'ready' ? result.data.hits : undefined;
  return useMemo(
    () =>
      hits?.map((hit) => ({
        documentId: hit.id,
        title: hit.title,
        source: hit.source,
        date: hit.date,
        note: t.similarShare(Math.round(hit.similarity * 100), hit.sharedPassages),
      })),
    [hits, t],
  );
}
