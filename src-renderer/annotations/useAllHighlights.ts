import { useEffect, useState } from 'react';
import type { ListedHighlight } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useAnnotationData } from './AnnotationDataContext';

/**
 * Every highlight by id, for a memo whose links may point into any report: the contract lists
 * highlights by filter, not by id. Read only while a memo is open, and again after each change.
 */
export function useAllHighlights(enabled: boolean): ReadonlyMap<string, ListedHighlight> | undefined {
  const api = useApi();
  const { revisionOf, status } = useAnnotationData();
  const revision = revisionOf();
  const [byId, setById] = useState<ReadonlyMap<string, ListedHighlight> | undefined>(undefined);
  const available = status?.state === 'ok';

  useEffect(() => {
    if (!enabled || !available) return;
    let current = true;
    api.call('annotations.list', { limit: 100_000 }).then(
      (list) => current && setById(new Map(list.items.map((item) => [item.id, item]))),
      (error: unknown) => console.error('annotations.list failed', error),
    );
    return () => {
      current = false;
    };
  }, [api, enabled, available, revision]);

  return byId;
}
