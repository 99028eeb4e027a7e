import { useRef, type KeyboardEvent } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { useStrings } from '../i18n/useStrings';

/** The open reports, as a tablist: arrows move between tabs (mirrored in RTL), Delete closes one. */
export function ReaderTabs({ panelId }: { panelId: string }) {
  const t = useStrings();
  const { state, dispatch } = useWorkbench();
  const listRef = useRef<HTMLDivElement>(null);

  function focusTab(index: number) {
    const tab = state.tabs[index];
    if (!tab) return;
    dispatch({ type: 'activate-document', documentId: tab.documentId });
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = state.tabs.findIndex((tab) => tab.documentId === state.activeDocumentId);
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) focusTab((index + 1) % state.tabs.length);
    else if (event.key === backward) focusTab((index - 1 + state.tabs.length) % state.tabs.length);
    else if (event.key === 'Home') focusTab(0);
    else if (event.key === 'End') focusTab(state.tabs.length - 1);
    else if (event.key === 'Delete' && state.activeDocumentId)
      dispatch({ type: 'close-document', documentId: state.activeDocumentId });
    else return;
    event.preventDefault();
  }

  if (state.tabs.length === 0) return null;
  return (
    <div ref={listRef} className="reader-tabs" role="tablist" aria-label={t.openTabsLabel} onKeyDown={onKeyDown}>
      {state.tabs.map((tab) => {
        const active = tab.documentId === state.activeDocumentId;
        return (
          <div key={tab.documentId} className={`reader-tab${active ? ' is-active' : ''}`}>
            <button
              type="button"
              role="tab"
              aria-selected={active}
              aria-controls={panelId}
              tabIndex={active ? 0 : -1}
              aria-keyshortcuts="Delete"
              className="reader-tab-label"
              title={tab.title}
              dir="auto"
              onClick={() => dispatch({ type: 'activate-document', documentId: tab.documentId })}
              onAuxClick={(event) => {
                if (event.button === 1) dispatch({ type: 'close-document', documentId: tab.documentId });
              }}
            >
              {tab.title || t.untitled}
            </button>
            <button
              type="button"
              className="reader-tab-close"
              // A tab list holds only tabs: the keyboard closes a tab with Delete (announced on the tab
              // itself), so this button is the mouse's way and stays out of the accessibility tree.
              aria-hidden="true"
              title={t.closeTab(tab.title)}
              tabIndex={-1}
              onClick={() => dispatch({ type: 'close-document', documentId: tab.documentId })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
