import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useLastData, useQuery } from '../shared/QueryCacheContext';
import type { Comparison } from './compareTypes';

export type ComparisonState =
  | { status: 'idle' }
  | { status: 'loading'; previous?: Comparison }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'failed'; reason: string };

/**
 * The engine's comparison of the columns' reports (2 to 4), redone when a column or the base changes.
 * Each set of columns is kept in the query cache, so going back to an earlier base is instant.
 */
export function useComparison(ids: readonly string[], baseId: string | undefined): ComparisonState {
  const api = useApi();
  const comparable = ids.length >= 2;
  const result = useQuery(comparable ? queryKeys.comparison(ids, baseId) : undefined, () =>
    api.call('compare.run', { ids: [...ids], baseId }),
  );
  const previous = useLastData(result);
  switch (result.status) {
    case 'idle':
      return { status: 'idle' };
    case 'pending':
      return { status: 'loading', previous };
    case 'ready':
      return { status: 'ready', comparison: result.data };
    case 'failed':
      return { status: 'failed', reason: result.error instanceof Error ? result.error.message : String(result.error) };
  }
}
