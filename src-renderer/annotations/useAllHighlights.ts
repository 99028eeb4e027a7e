import type { ListedHighlight } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useQuery } from '../shared/QueryCacheContext';
import { useAnnotationData } from './AnnotationDataContext';

/**
 * Every highlight by id, for a memo whose links may point into any report: the contract lists
 * highlights by filter, not by id. Read only while a memo is open, and again after each change.
 */
export function useAllHighlights(enabled: boolean): ReadonlyMap<string, ListedHighlight> | undefined {
  const api = useApi();
  const available = useAnnotationData().status?.state === 'ok';
  return useQuery(enabled && available ? queryKeys.allHighlights() : undefined, () =>
    api.call('annotations.list', { limit: 100_000 }).then(
      (list): ReadonlyMap<string, ListedHighlight> => new Map(list.items.map((item) => [item.id, item])),
      (error: unknown) => {
        console.error('annotations.list failed', error);
        throw error;
      },
    ),
  ).data;
}
