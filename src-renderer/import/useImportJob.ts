import { useCallback, useRef, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useApiEvent } from '../api/useApiEvent';

export type ImportJobState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'running'; jobId: string; progress?: ImportProgress; cancelling: boolean }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; reason: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One import at a time, driven by the contract's events. A small import can finish before
 * `import.start` has even answered with its job id, so events for unknown jobs are kept until claimed.
 */
export function useImportJob() {
  const api = useApi();
  const [state, setState] = useState<ImportJobState>({ status: 'idle' });
  const jobId = useRef<string | undefined>(undefined);
  const early = useRef(new Map<string, ImportReport>());

  useApiEvent('import.progress', (progress) => {
    if (progress.jobId !== jobId.current) return;
    setState((current) => (current.status === 'running' ? { ...current, progress } : current));
  });

  useApiEvent('import.done', ({ jobId: finished, report }) => {
    if (finished === jobId.current) setState({ status: 'done', report });
    else early.current.set(finished, report);
  });

  const start = useCallback(
    (paths: string[]) => {
      setState({ status: 'starting' });
      api.call('import.start', { paths }).then(
        (started) => {
          jobId.current = started.jobId;
          const report = early.current.get(started.jobId);
          early.current.delete(started.jobId);
          setState(report ? { status: 'done', report } : { status: 'running', jobId: started.jobId, cancelling: false });
        },
        (error: unknown) => setState({ status: 'failed', reason: reasonOf(error) }),
      );
    },
    [api],
  );

  const cancel = useCallback(() => {
    if (state.status !== 'running') return;
    setState({ ...state, cancelling: true });
    api.call('import.cancel', { jobId: state.jobId }).catch((error: unknown) => console.error('import.cancel failed', error));
  }, [api, state]);

  const reset = useCallback(() => {
    jobId.current = undefined;
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
