import { useId, type KeyboardEvent } from 'react';
import { useStrings } from '../i18n/useStrings';
import { LibraryPanel } from '../library/LibraryPanel';
import { SearchPanel } from '../search/SearchPanel';
import { useWorkbench } from './WorkbenchContext';
import type { SideTab } from './workbenchState';

const TABS: SideTab[] = ['library', 'search'];

/** Library and Search stay mounted while hidden, so a query, its results and the scroll survive switching. */
interface SidePanelProps {
  id: string;
  searchFocusSignal: number;
  helpSignal: number;
}

export function SidePanel({ id, searchFocusSignal, helpSignal }: SidePanelProps) {
  const t = useStrings();
  const base = useId();
  const { state, dispatch } = useWorkbench();
  const labels: Record<SideTab, string> = { library: t.libraryTab, search: t.searchTab };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = state.sideTab === 'library' ? 'search' : 'library';
    dispatch({ type: 'show-side-tab', tab: event.key === 'Home' ? 'library' : event.key === 'End' ? 'search' : next });
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
          {tab === 'library' ? <LibraryPanel /> : <SearchPanel focusSignal={searchFocusSignal} helpSignal={helpSignal} />}
        </div>
      ))}
    </nav>
  );
}
