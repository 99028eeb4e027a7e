import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useApiContext } from '../api/ApiContext';
import { findBridge } from '../api/qarinBridge';
import { useStrings } from '../i18n/useStrings';
import { ImportReportView } from './ImportReportView';
import { useImportJob } from './useImportJob';

interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  /** Paths dropped on the window before the dialog opened (Electron only). */
  initialPaths: string[];
}

const splitPaths = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Import as a modal dialog. A browser cannot tell the page where a picked file lives, so in
 * `qarin serve` the user types paths on the serving machine; the desktop app also takes drops.
 */
export function ImportDialog({ open, onClose, initialPaths }: ImportDialogProps) {
  const t = useStrings();
  const id = useId();
  const { transport } = useApiContext();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pathsText, setPathsText] = useState('');
  const [dragging, setDragging] = useState(false);
  const { state, start, cancel, reset } = useImportJob();
  const canTakeFiles = transport === 'electron';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (open && initialPaths.length > 0) {
      setPathsText(initialPaths.join('\n'));
      if (state.status === 'idle') start(initialPaths);
    }
    // Keyed on the drop alone: a re-render with the same dropped paths must not start a second import.
  }, [initialPaths]);

  function addPaths(paths: string[]) {
    if (paths.length > 0) setPathsText((text) => [...splitPaths(text), ...paths].join('\n'));
  }

  function addFiles(files: File[]) {
    const bridge = findBridge();
    if (!bridge || files.length === 0) return;
    bridge.grantFiles(files).then(addPaths, (error: unknown) => console.error('the files could not be granted', error));
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    // The window-wide drop handler would otherwise start a second import with the same files.
    event.stopPropagation();
    setDragging(false);
    addFiles([...event.dataTransfer.files]);
  }

  function close() {
    if (state.status === 'running') return;
    if (state.status === 'done' || state.status === 'failed') {
      reset();
      setPathsText('');
    }
    onClose();
  }

  const paths = splitPaths(pathsText);
  const running = state.status === 'running' || state.status === 'starting';
  const progress = state.status === 'running' ? state.progress : undefined;

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="dialog-header">
        <h2 id={`${id}-title`}>{state.status === 'done' ? t.importReportTitle : t.importTitle}</h2>
      </header>
      <div className="dialog-body">
        {state.status === 'done' ? (
          <ImportReportView report={state.report} />
        ) : running ? (
          <div className="import-progress" aria-live="polite">
            <p>{progress ? t.importPhase[progress.phase] : t.importRunning}</p>
            <progress
              max={progress && progress.total > 0 ? progress.total : undefined}
              value={progress && progress.total > 0 ? progress.done : undefined}
              aria-label={t.importRunning}
            />
            {progress && <p className="muted">{t.importProgress(progress.done, progress.total)}</p>}
            {progress?.path && (
              <p className="mono break muted small" dir="ltr">
                {progress.path}
              </p>
            )}
          </div>
        ) : (
          <div
            className={`import-form${dragging ? ' is-dragging' : ''}`}
            onDragOver={(event) => {
              if (!canTakeFiles) return;
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={canTakeFiles ? onDrop : undefined}
          >
            <label htmlFor={`${id}-paths`}>{t.importPathsLabel}</label>
            <textarea
              id={`${id}-paths`}
              className="text-input paths-input"
              dir="ltr"
              rows={5}
              spellCheck={false}
              value={pathsText}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setPathsText(event.target.value)}
              placeholder={canTakeFiles ? 'C:\\Reports\\… /home/…/reports' : '/home/…/reports'}
              data-testid="import-paths"
            />
            <p id={`${id}-hint`} className="muted small">
              {t.importPathsHint}
            </p>
            {canTakeFiles && (
              <div className="drop-zone">
                <span>{t.importDropHint}</span>
                <label className="button">
                  {t.importChooseFiles}
                  <input
                    type="file"
                    multiple
                    className="visually-hidden"
                    onChange={(event) => addFiles([...(event.target.files ?? [])])}
                  />
                </label>
              </div>
            )}
            {state.status === 'failed' && (
              <p className="error-text" role="alert">
                {t.importFailed(state.reason)}
              </p>
            )}
          </div>
        )}
      </div>
      <footer className="dialog-footer">
        {running ? (
          <button
            type="button"
            className="button button-danger"
            onClick={cancel}
            disabled={state.status !== 'running' || state.cancelling}
          >
            {t.importCancel}
          </button>
        ) : state.status === 'done' ? (
          <>
            <button type="button" className="button" onClick={() => reset()}>
              {t.importAnother}
            </button>
            <button type="button" className="button button-primary" onClick={close} autoFocus>
              {t.importClose}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={close}>
              {t.importClose}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={paths.length === 0}
              onClick={() => start(paths)}
              data-testid="import-start"
            >
              {t.importStart}
            </button>
          </>
        )}
      </footer>
    </dialog>
  );
}
