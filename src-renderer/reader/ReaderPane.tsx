import { useId } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { comparePanes, type Pane } from '../app/workbenchState';
import { CompareView } from '../compare/CompareView';
import { CompareWithButton } from '../compare/CompareWithButton';
import { StoryClusters } from '../compare/StoryClusters';
import { useDocument } from '../documents/useDocument';
import { useStrings } from '../i18n/useStrings';
import { ReaderTabs } from './ReaderTabs';
import { ReaderView } from './ReaderView';

/** One pane's report once it has loaded, or why it has not. */
function LoadedReader({ pane }: { pane: Pane }) {
  const t = useStrings();
  const documentState = useDocument(pane.documentId);
  if (documentState.status === 'ready' && documentState.document.id === pane.documentId) {
    return (
      <ReaderView pane={pane} document={documentState.document} toolbarExtra={<CompareWithButton pane={pane} />} />
    );
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

interface ReaderPaneProps {
  /** Whether the side panels show beside the compare view (they collapse for it by default). */
  panelsShown: boolean;
  onTogglePanels(): void;
}

/**
 * Tabs over one reader, or the compare columns. Only the active tab's pane is mounted; each pane
 * keeps its scroll position in the workbench state, so switching back lands where the reader left off.
 */
export function ReaderPane({ panelsShown, onTogglePanels }: ReaderPaneProps) {
  const t = useStrings();
  const panelId = useId();
  const { state, dispatch } = useWorkbench();
  const comparing = state.layout === 'compare';
  const pane = !comparing && state.tabs.activePaneId ? state.panes[state.tabs.activePaneId] : undefined;
  const columns = comparePanes(state).length;

  return (
    <section className="reader-pane" aria-label={t.readerLabel}>
      <div className="reader-strip">
        {columns > 0 && (
          <button
            type="button"
            className={`compare-switch${comparing ? ' is-active' : ''}`}
            aria-pressed={comparing}
            onClick={() => dispatch({ type: 'show-layout', layout: 'compare' })}
            data-testid="compare-switch"
          >
            {t.compareTab(columns)}
          </button>
        )}
        <ReaderTabs panelId={panelId} />
      </div>
      <div id={panelId} role={pane ? 'tabpanel' : undefined} className="reader-panel">
        {comparing ? (
          <CompareView panelsShown={panelsShown} onTogglePanels={onTogglePanels} />
        ) : !pane ? (
          <div className="empty-state">
            <div className="empty-mark" aria-hidden="true" data-mark="قارِن" />
            <h2>{t.readerEmptyTitle}</h2>
            <p>{t.readerEmptyHint}</p>
            <StoryClusters />
          </div>
        ) : (
          <LoadedReader key={pane.id} pane={pane} />
        )}
      </div>
    </section>
  );
}
