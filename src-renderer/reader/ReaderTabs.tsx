import { useRef, type KeyboardEvent } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { tabPanes } from '../app/workbenchState';
import { useStrings } from '../i18n/useStrings';

/** The open reports, as a tablist: arrows move between tabs (mirrored in RTL), Delete closes one. */
export function ReaderTabs({ panelId }: { panelId: string }) {
  const t = useStrings();
  const { state, dispatch } = useWorkbench();
  const listRef = useRef<HTMLDivElement>(null);
  const tabs = tabPanes(state);
  const activeId = state.layout === 'tabs' ? state.tabs.activePaneId : undefined;

  function focusTab(index: number) {
    const tab = tabs[index];
    if (!tab) return;
    dispatch({ type: 'activate-pane', paneId: tab.id });
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === activeId);
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) focusTab((index + 1) % tabs.length);
    else if (event.key === backward) focusTab((index - 1 + tabs.length) % tabs.length);
    else if (event.key === 'Home') focusTab(0);
    else if (event.key === 'End') focusTab(tabs.length - 1);
    else if (event.key === 'Delete' && activeId) dispatch({ type: 'close-pane', paneId: activeId });
    else return;
    event.preventDefault();
  }

  if (tabs.length === 0) return null;
  return (
    <div ref={listRef} className="reader-tabs" role="tablist" aria-label={t.openTabsLabel} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const active = tab.id === activeId;
        return (
          <div key={tab.id} className={`reader-tab${active ? ' is-active' : ''}`}>
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
              onClick={() => dispatch({ type: 'activate-pane', paneId: tab.id })}
              onAuxClick={(event) => {
                if (event.button === 1) dispatch({ type: 'close-pane', paneId: tab.id });
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
              onClick={() => dispatch({ type: 'close-pane', paneId: tab.id })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
