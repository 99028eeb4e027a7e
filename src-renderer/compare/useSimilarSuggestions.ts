import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
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
  const [hits, setHits] = useState<{ id: string; result: PickerSuggestion[] } | undefined>(undefined);

  useEffect(() => {
    if (!documentId) return;
    let current = true;
    api.call('compare.similar', { id: documentId, limit: SUGGESTED }).then(
      (result) =>
        current &&
        setHits({
          id: documentId,
          result: result.hits.map((hit) => ({
            documentId: hit.id,
            title: hit.title,
            source: hit.source,
            date: hit.date,
            note: t.similarShare(Math.round(hit.similarity * 100), hit.sharedPassages),
          })),
        }),
      (error: unknown) => console.error('compare.similar failed', error),
    );
    return () => {
      current = false;
    };
  }, [api, documentId, t]);

  return hits && hits.id === documentId ? hits.result : undefined;
}
