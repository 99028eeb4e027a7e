import { invoke } from '../api/dispatch';
import type { ImportProgress, ImportReport } from '../api/types';
import type { Workbench } from './workbench';

export interface RunImportOptions {
  maxFileBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Receives the job id as soon as the import has started, e.g. to cancel it. */
  onStarted?: (jobId: string) => void;
}

/**
 * Starts an import through the contract and resolves with its report, for callers that wait for
 * the end (the command line, tests). Events are matched by job id; reports that arrive before the
 * start call has returned its id are kept until it has.
 */
export function runImport(
  workbench: Workbench,
  paths: string[],
  options: RunImportOptions = {},
): Promise<ImportReport> {
  const reports = new Map<string, ImportReport>();
  let jobId: string | undefined;
  return new Promise<ImportReport>((resolve, reject) => {
    const settle = () => {
      const report = jobId === undefined ? undefined : reports.get(jobId);
      if (!report) return;
      unsubscribe();
      resolve(report);
    };
    const unsubscribe = workbench.events.subscribe((event, payload) => {
      if (event === 'import.progress') {
        const progress = payload as ImportProgress;
        if (progress.jobId === jobId) options.onProgress?.(progress);
      } else if (event === 'import.done') {
        const done = payload as { jobId: string; report: ImportReport };
        reports.set(done.jobId, done.report);
        settle();
      }
    });
    invoke(workbench.handlers, 'import.start', { paths, maxFileBytes: options.maxFileBytes }).then(
      (started) => {
        jobId = started.jobId;
        options.onStarted?.(started.jobId);
        settle();
      },
      (error: unknown) => {
        unsubscribe();
        reject(error);
      },
    );
  });
}
