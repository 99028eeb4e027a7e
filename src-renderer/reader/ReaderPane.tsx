import { useId } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import type { Pane } from '../app/workbenchState';
import { useDocument } from '../documents/useDocument';
import { useStrings } from '../i18n/useStrings';
import { ReaderTabs } from './ReaderTabs';
import { ReaderView } from './ReaderView';

/** One pane's report once it has loaded, or why it has not. */
function LoadedReader({ pane }: { pane: Pane }) {
  const t = useStrings();
  const documentState = useDocument(pane.documentId);
  if (documentState.status === 'ready' && documentState.document.id === pane.documentId) {
    return <ReaderView pane={pane} document={documentState.document} />;
  }
  if (documentState.status === 'failed') {
    return (
      <p className="empty-note error-text" role="alert">
        {t.documentFailed(documentState.reason)}
      </p>
    );
  }
  return <p className="empty-note">{t.documentLoading}</p>;
}

/**
 * Tabs over one reader. Only the active tab's pane is mounted; each pane keeps its scroll position
 * in the workbench state, so switching back lands where the reader left off.
 */
export function ReaderPane() {
  const t = useStrings();
  const panelId = useId();
  const { state } = useWorkbench();
  const pane = state.tabs.activePaneId ? state.panes[state.tabs.activePaneId] : undefined;

  return (
    <section className="reader-pane" aria-label={t.readerLabel}>
      <ReaderTabs panelId={panelId} />
      <div id={panelId} role={pane ? 'tabpanel' : undefined} className="reader-panel">
        {!pane ? (
          <div className="empty-state">
            <div className="empty-mark" aria-hidden="true">
              قارِن
            </div>
            <h2>{t.readerEmptyTitle}</h2>
            <p>{t.readerEmptyHint}</p>
          </div>
        ) : (
          <LoadedReader key={pane.id} pane={pane} />
        )}
      </div>
    </section>
  );
}
