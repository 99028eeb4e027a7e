import { useEffect, useId, useState, type DragEvent } from 'react';
import { useApiContext } from '../api/ApiContext';
import type { UploadItem } from '../api/createHttpUploader';
import { findBridge } from '../api/qarinBridge';
import { useStrings } from '../i18n/useStrings';
import type { ImportDrop } from './importDrop';
import { ImportReportView } from './ImportReportView';
import { QdpxImportSection } from './QdpxImportSection';
import { uploadItemsFromDrop, uploadItemsFromInput } from './uploadItems';
import { useImportJob } from './useImportJob';
import { ModalDialog } from '../shared/ModalDialog';

interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  /** Files or folders dropped on the window before the dialog opened: imported at once. */
  initialDrop: ImportDrop | undefined;
}

const splitPaths = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** React does not know the attribute that turns a file input into a folder picker. */
const folderPicker = { webkitdirectory: '' } as Record<string, string>;

/**
 * Import as a modal dialog. The desktop app imports what the user chooses in its open dialog or
 * drops (main grants those paths, and no others). A browser cannot tell the page where a picked
 * file lives, so `qarin serve` uploads the chosen files and folders and imports the upload; paths
 * typed on the serving machine stay as an advanced option, for folders its user allowed.
 */
export function ImportDialog({ open, onClose, initialDrop }: ImportDialogProps) {
  const t = useStrings();
  const id = useId();
  const { transport, uploader } = useApiContext();
  const [pathsText, setPathsText] = useState('');
  const [selected, setSelected] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const { state, start, startUpload, cancel, reset } = useImportJob();
  const desktop = transport === 'electron';
  const uploads = !desktop && uploader !== undefined;

  useEffect(() => {
    if (!open || !initialDrop || state.status !== 'idle') return;
    if (initialDrop.kind === 'paths') {
      setPathsText(initialDrop.paths.join('\n'));
      start(initialDrop.paths);
    } else {
      setSelected(initialDrop.items);
      startUpload(initialDrop.items);
    }
    // Keyed on the drop alone: a re-render with the same drop must not start a second import.
  }, [initialDrop]);

  function addPaths(paths: string[]) {
    if (paths.length > 0) setPathsText((text) => [...splitPaths(text), ...paths].join('\n'));
  }

  function addItems(items: UploadItem[]) {
    if (items.length > 0) setSelected((current) => [...current, ...items]);
  }

  function choosePaths(kind: 'files' | 'folder') {
    findBridge()
      ?.chooseImportPaths(kind)
      .then(addPaths, (error: unknown) => console.error('the open dialog failed', error));
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    // The window-wide drop handler would otherwise start a second import with the same files.
    event.stopPropagation();
    setDragging(false);
    const bridge = findBridge();
    if (bridge) {
      bridge.grantFiles([...event.dataTransfer.files]).then(addPaths, (error: unknown) => console.error('drop', error));
    } else if (uploads) {
      uploadItemsFromDrop(event.dataTransfer).then(addItems, (error: unknown) => console.error('drop', error));
    }
  }

  function close() {
    if (state.status === 'running' || state.status === 'uploading' || state.status === 'starting') return;
    if (state.status === 'done' || state.status === 'failed') {
      reset();
      setPathsText('');
      setSelected([]);
    }
    onClose();
  }

  function importChosen() {
    if (selected.length > 0) startUpload(selected);
    else start(paths);
  }

  const paths = splitPaths(pathsText);
  const running = state.status === 'running' || state.status === 'starting' || state.status === 'uploading';
  const progress = state.status === 'running' ? state.progress : undefined;
  const canStart = selected.length > 0 || paths.length > 0;

  const pathsField = (
    <>
      <label htmlFor={`${id}-paths`}>{t.importPathsLabel}</label>
      <textarea
        id={`${id}-paths`}
        className="text-input paths-input"
        dir="ltr"
        rows={desktop ? 4 : 3}
        spellCheck={false}
        value={pathsText}
        readOnly={desktop}
        aria-describedby={`${id}-paths-hint`}
        onChange={(event) => setPathsText(event.target.value)}
        placeholder={desktop ? 'C:\\Reports\\… /home/…/reports' : '/home/…/reports'}
        data-testid="import-paths"
      />
      <p id={`${id}-paths-hint`} className="muted small">
        {desktop ? t.importPathsHint : `${t.importPathsHint} ${t.importAdvancedHint}`}
      </p>
    </>
  );

  return (
    <ModalDialog open={open} onClose={close} title={state.status === 'done' ? t.importReportTitle : t.importTitle}>
      <div className="dialog-body">
        {state.status === 'done' ? (
          <ImportReportView report={state.report} />
        ) : state.status === 'uploading' ? (
          <div className="import-progress" aria-live="polite" data-testid="import-uploading">
            <p>{t.importUploading}</p>
            <progress max={Math.max(state.total, 1)} value={state.done} aria-label={t.importUploading} />
            <p className="muted">{t.importProgress(state.done, state.total)}</p>
            {state.name && (
              <p className="mono break muted small" dir="auto">
                {state.name}
              </p>
            )}
          </div>
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
              if (!desktop && !uploads) return;
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={desktop || uploads ? onDrop : undefined}
          >
            <p className="muted small" data-testid="import-formats">
              {t.importFormatsHint}
            </p>
            {(desktop || uploads) && (
              <div className="drop-zone">
                <span>{t.importDropHint}</span>
                <span className="drop-zone-buttons">
                  {desktop ? (
                    <>
                      <button type="button" className="button" onClick={() => choosePaths('files')}>
                        {t.importChooseFiles}
                      </button>
                      <button type="button" className="button" onClick={() => choosePaths('folder')}>
                        {t.importChooseFolder}
                      </button>
                    </>
                  ) : (
                    <>
                      <label className="button">
                        {t.importChooseFiles}
                        <input
                          type="file"
                          multiple
                          className="visually-hidden"
                          data-testid="import-choose-files"
                          onChange={(event) => {
                            addItems(uploadItemsFromInput(event.target.files));
                            event.target.value = '';
                          }}
                        />
                      </label>
                      <label className="button">
                        {t.importChooseFolder}
                        <input
                          type="file"
                          {...folderPicker}
                          className="visually-hidden"
                          data-testid="import-choose-folder"
                          onChange={(event) => {
                            addItems(uploadItemsFromInput(event.target.files));
                            event.target.value = '';
                          }}
                        />
                      </label>
                    </>
                  )}
                </span>
              </div>
            )}
            {selected.length > 0 && (
              <div className="import-selection">
                <p data-testid="import-selected" aria-live="polite">
                  {t.importSelected(selected.length)}
                </p>
                <ul className="import-selection-list small muted">
                  {selected.slice(0, 5).map((item) => (
                    <li key={item.name} dir="auto">
                      {item.name}
                    </li>
                  ))}
                  {selected.length > 5 && <li>…</li>}
                </ul>
                <button type="button" className="button" onClick={() => setSelected([])}>
                  {t.importClearSelection}
                </button>
              </div>
            )}
            {desktop || !uploads ? (
              pathsField
            ) : (
              <details className="import-advanced" data-testid="import-advanced">
                <summary>{t.importAdvanced}</summary>
                {pathsField}
              </details>
            )}
            {state.status === 'failed' && (
              <p className="error-text" role="alert">
                {t.importFailed(state.reason)}
              </p>
            )}
            <QdpxImportSection />
          </div>
        )}
      </div>
      <footer className="dialog-footer">
        {running ? (
          <button
            type="button"
            className="button button-danger"
            onClick={cancel}
            disabled={state.status === 'starting' || state.cancelling}
            data-testid="import-cancel"
          >
            {t.importCancel}
          </button>
        ) : state.status === 'done' ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                reset();
                setSelected([]);
              }}
            >
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
              disabled={!canStart}
              onClick={importChosen}
              data-testid="import-start"
            >
              {t.importStart}
            </button>
          </>
        )}
      </footer>
    </ModalDialog>
  );
}
