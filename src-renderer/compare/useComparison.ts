import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useLexiconRevision } from '../lexicons/lexiconRevision';
import type { Comparison } from './compareTypes';

export type ComparisonState =
  | { status: 'idle' }
  | { status: 'loading'; previous?: Comparison }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'failed'; reason: string };

/** The engine's comparison of the columns' reports (2 to 4), redone when a column or the base changes. */
export function useComparison(ids: readonly string[], baseId: string | undefined): ComparisonState {
  const api = useApi();
  const [state, setState] = useState<ComparisonState>({ status: 'idle' });
  // Added or removed lexicon entries change the facts table: the comparison is asked for again.
  const key = JSON.stringify([ids, baseId, useLexiconRevision()]);

  useEffect(() => {
    const [columnIds, base] = JSON.parse(key) as [string[], string | undefined];
    if (columnIds.length < 2) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => ({
      status: 'loading',
      previous: previous.status === 'ready' ? previous.comparison : undefined,
    }));
    api.call('compare.run', { ids: columnIds, baseId: base }).then(
      (comparison) => current && setState({ status: 'ready', comparison }),
      (error: unknown) =>
        current && setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, key]);

  return state;
}
