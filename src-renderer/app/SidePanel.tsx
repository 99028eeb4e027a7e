import { useId, type KeyboardEvent } from 'react';
import { AnalysisPanel } from '../annotations/AnalysisPanel';
import { useStrings } from '../i18n/useStrings';
import { LibraryPanel } from '../library/LibraryPanel';
import { SearchPanel } from '../search/SearchPanel';
import { useWorkbench } from './WorkbenchContext';
import type { SideTab } from './workbenchState';

const TABS: SideTab[] = ['library', 'search', 'annotations'];

/** Library and Search stay mounted while hidden, so a query, its results and the scroll survive switching. */
export function SidePanel({ id }: { id: string }) {
  const t = useStrings();
  const base = useId();
  const { state, dispatch } = useWorkbench();
  const labels: Record<SideTab, string> = { library: t.libraryTab, search: t.searchTab, annotations: t.analysisTab };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    // Arrow keys follow the layout: in Arabic the next tab is to the left.
    const forward = (event.key === 'ArrowLeft') === (document.documentElement.dir === 'rtl');
    const index = TABS.indexOf(state.sideTab);
    const step = TABS[(index + (forward ? 1 : -1) + TABS.length) % TABS.length]!;
    const next = event.key === 'Home' ? TABS[0]! : event.key === 'End' ? TABS[TABS.length - 1]! : step;
    dispatch({ type: 'show-side-tab', tab: next });
    requestAnimationFrame(() => document.getElementById(`${base}-tab-${next}`)?.focus());
  }

  return (
    <nav id={id} className="side-panel" aria-label={t.sidePanelLabel}>
      <div className="side-tabs" role="tablist" aria-label={t.sidePanelLabel} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            id={`${base}-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={state.sideTab === tab}
            aria-controls={`${base}-panel-${tab}`}
            tabIndex={state.sideTab === tab ? 0 : -1}
            className="side-tab"
            onClick={() => dispatch({ type: 'show-side-tab', tab })}
            data-testid={`side-tab-${tab}`}
          >
            {labels[tab]}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          id={`${base}-panel-${tab}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${tab}`}
          className="side-tab-panel"
          hidden={state.sideTab !== tab}
        >
          {tab === 'library' ? <LibraryPanel /> : tab === 'search' ? <SearchPanel /> : <AnalysisPanel />}
        </div>
      ))}
    </nav>
  );
}
