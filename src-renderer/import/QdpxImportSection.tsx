import { useId, useRef, useState } from 'react';
import type { Output } from '../../src-main/api/types';
import { useApiContext } from '../api/ApiContext';
import { findBridge } from '../api/qarinBridge';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { localizedMessage } from '../annotations/localizedMessage';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';

type QdpxState =
  | { status: 'idle' }
  | { status: 'importing'; fileName: string }
  | { status: 'done'; fileName: string; result: ImportQdpxResult }
  | { status: 'failed'; fileName: string; reason: string };

type ImportQdpxResult = Output<'project.importQdpx'>;

const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Import of a REFI-QDA project (.qdpx) through `project.importQdpx`. The desktop app passes the
 * path chosen in its open dialog (main grants it); a browser uploads the file to `qarin serve` and
 * imports the upload, which is deleted afterwards.
 */
export function QdpxImportSection() {
  const t = useStrings();
  const id = useId();
  const { client: api, transport, uploader } = useApiContext();
  const { language } = useSettings().settings;
  const { refresh } = useAnnotationData();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<QdpxState>({ status: 'idle' });
  const desktop = transport === 'electron';

  async function run(fileName: string, importIt: () => Promise<ImportQdpxResult>) {
    setState({ status: 'importing', fileName });
    try {
      const result = await importIt();
      setState({ status: 'done', fileName, result });
      refresh();
    } catch (error) {
      setState({ status: 'failed', fileName, reason: localizedMessage(error, language) });
    }
  }

  async function chooseOnDesktop() {
    const paths = (await findBridge()?.chooseImportPaths('files')) ?? [];
    const path = paths.find((candidate) => /\.qdpx$/i.test(candidate)) ?? paths[0];
    if (path !== undefined) await run(fileNameOf(path), () => api.call('project.importQdpx', { path }));
  }

  async function upload(file: File | undefined) {
    if (!file || !uploader) return;
    await run(file.name, async () => {
      const uploaded = await uploader.upload(
        [{ file, name: file.name }],
        () => undefined,
        new AbortController().signal,
      );
      try {
        const refusal = uploaded.refused[0];
        if (refusal !== undefined) throw new Error(refusal.message ?? refusal.code);
        return await api.call('project.importQdpx', { path: `${uploaded.folder}/${file.name}` });
      } finally {
        void uploader.discard(uploaded.uploadId);
      }
    });
    if (inputRef.current) inputRef.current.value = '';
  }

  if (!desktop && !uploader) return null;
  return (
    <section className="import-qdpx" aria-labelledby={`${id}-heading`} data-testid="import-qdpx">
      <h3 id={`${id}-heading`} className="field-label">
        {t.qdpxHeading}
      </h3>
      <p className="muted small">{t.qdpxExplanation}</p>
      <div className="control-row">
        {desktop ? (
          <button
            type="button"
            className="button"
            disabled={state.status === 'importing'}
            onClick={() => void chooseOnDesktop()}
          >
            {state.status === 'importing' ? t.qdpxImporting : t.qdpxChoose}
          </button>
        ) : (
          <label className={`button${state.status === 'importing' ? ' is-disabled' : ''}`}>
            {state.status === 'importing' ? t.qdpxImporting : t.qdpxChoose}
            <input
              ref={inputRef}
              type="file"
              accept=".qdpx,application/zip"
              className="visually-hidden"
              disabled={state.status === 'importing'}
              onChange={(event) => void upload(event.target.files?.[0])}
              data-testid="import-qdpx-file"
            />
          </label>
        )}
        {state.status !== 'idle' && (
          <span className="mono small muted" dir="auto">
            {state.fileName}
          </span>
        )}
      </div>
      <div aria-live="polite">
        {state.status === 'done' && (
          <p className="success-text" data-testid="import-qdpx-result">
            {t.qdpxDone(state.result)}
            {state.result.skippedSources.length > 0 && (
              <span className="block small muted" dir="auto">
                {t.qdpxSkippedSources(state.result.skippedSources.join(', '))}
              </span>
            )}
          </p>
        )}
        {state.status === 'failed' && (
          <p className="error-text small" role="alert" dir="auto" data-testid="import-qdpx-error">
            {t.qdpxFailed(state.reason)}
          </p>
        )}
      </div>
    </section>
  );
}
