import { useId } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { useDocument } from '../documents/useDocument';
import { useStrings } from '../i18n/useStrings';
import { ReaderTabs } from './ReaderTabs';
import { ReaderView } from './ReaderView';

/**
 * Tabs over one reader. Only the active report is mounted: highlights are global to the page, and
 * each report's scroll position is remembered, so switching back lands where the reader left off.
 */
export function ReaderPane({ findFocusSignal }: { findFocusSignal: number }) {
  const t = useStrings();
  const panelId = useId();
  const { state } = useWorkbench();
  const tab = state.tabs.find((each) => each.documentId === state.activeDocumentId);
  const documentState = useDocument(tab?.documentId);

  return (
    <section className="reader-pane" aria-label={t.readerLabel}>
      <ReaderTabs panelId={panelId} />
      <div id={panelId} role={tab ? 'tabpanel' : undefined} className="reader-panel">
        {!tab ? (
          <div className="empty-state">
            <div className="empty-mark" aria-hidden="true" data-mark="قارِن" />
            <h2>{t.readerEmptyTitle}</h2>
            <p>{t.readerEmptyHint}</p>
          </div>
        ) : documentState.status === 'ready' && documentState.document.id === tab.documentId ? (
          <ReaderView key={tab.documentId} tab={tab} document={documentState.document} findFocusSignal={findFocusSignal} />
        ) : documentState.status === 'failed' ? (
          <p className="empty-note error-text" role="alert">
            {t.documentFailed(documentState.reason)}
          </p>
        ) : (
          <p className="empty-note">{t.documentLoading}</p>
        )}
      </div>
    </section>
  );
}
