import { useCallback, useRef, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../src-main/api/types';
import { ApiCallError } from '../api/ApiCallError';
import { useApiContext } from '../api/ApiContext';
import type { UploadItem, UploadRefusal } from '../api/createHttpUploader';
import { useApiEvent } from '../api/useApiEvent';
import { useStrings } from '../i18n/useStrings';
import { emptyReport, reportOfUpload } from './uploadedReport';

export type ImportJobState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'uploading'; done: number; total: number; name: string; cancelling: boolean }
  | { status: 'running'; jobId: string; progress?: ImportProgress; cancelling: boolean }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; reason: string };

/** What an upload left for its import: where its files are, and which ones it refused. */
interface PendingUpload {
  uploadId: string;
  folder: string;
  refused: UploadRefusal[];
}

/**
 * One import at a time, driven by the contract's events. A small import can finish before
 * `import.start` has even answered with its job id, so events for unknown jobs are kept until claimed.
 * In the browser, chosen files are first uploaded (with progress and cancel), then their folder is
 * imported and the report names the files as the user chose them.
 */
export function useImportJob() {
  const { client: api, uploader } = useApiContext();
  const t = useStrings();
  const [state, setState] = useState<ImportJobState>({ status: 'idle' });
  const jobId = useRef<string | undefined>(undefined);
  const early = useRef(new Map<string, ImportReport>());
  const upload = useRef<PendingUpload | undefined>(undefined);
  const uploadAbort = useRef<AbortController | undefined>(undefined);

  const finish = useCallback((report: ImportReport) => {
    const pending = upload.current;
    upload.current = undefined;
    const shown = pending ? reportOfUpload(report, pending.folder, pending.refused) : report;
    setState({ status: 'done', report: shown });
  }, []);

  const reasonOf = useCallback(
    (error: unknown) =>
      error instanceof ApiCallError && error.code === 'forbidden'
        ? `${t.importNotAllowed} (${error.message})`
        : error instanceof Error
          ? error.message
          : String(error),
    [t],
  );

  useApiEvent('import.progress', (progress) => {
    if (progress.jobId !== jobId.current) return;
    setState((current) => (current.status === 'running' ? { ...current, progress } : current));
  });

  useApiEvent('import.done', ({ jobId: finished, report }) => {
    if (finished === jobId.current) finish(report);
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
          if (report) finish(report);
          else setState({ status: 'running', jobId: started.jobId, cancelling: false });
        },
        (error: unknown) => {
          upload.current = undefined;
          setState({ status: 'failed', reason: reasonOf(error) });
        },
      );
    },
    [api, finish, reasonOf],
  );

  const startUpload = useCallback(
    (items: UploadItem[]) => {
      if (!uploader || items.length === 0) return;
      const controller = new AbortController();
      uploadAbort.current = controller;
      setState({ status: 'uploading', done: 0, total: items.length, name: '', cancelling: false });
      uploader
        .upload(
          items,
          (done, total, name) =>
            setState((current) => (current.status === 'uploading' ? { ...current, done, total, name } : current)),
          controller.signal,
        )
        .then(
          (result) => {
            uploadAbort.current = undefined;
            upload.current = { uploadId: result.uploadId, folder: result.folder, refused: result.refused };
            if (result.uploaded === 0) {
              void uploader.discard(result.uploadId);
              finish(emptyReport(false));
              return;
            }
            start([result.folder]);
          },
          (error: unknown) => {
            uploadAbort.current = undefined;
            if (controller.signal.aborted) {
              setState({ status: 'done', report: emptyReport(true) });
              return;
            }
            setState({ status: 'failed', reason: reasonOf(error) });
          },
        );
    },
    [uploader, start, finish, reasonOf],
  );

  const cancel = useCallback(() => {
    if (state.status === 'uploading') {
      setState({ ...state, cancelling: true });
      uploadAbort.current?.abort();
      return;
    }
    if (state.status !== 'running') return;
    setState({ ...state, cancelling: true });
    api
      .call('import.cancel', { jobId: state.jobId })
      .catch((error: unknown) => console.error('import.cancel failed', error));
  }, [api, state]);

  const reset = useCallback(() => {
    jobId.current = undefined;
    upload.current = undefined;
    setState({ status: 'idle' });
  }, []);

  return { state, start, startUpload, cancel, reset };
}
