import { useId, useRef, type KeyboardEvent } from 'react';
import { AnalysisPanel } from '../annotations/AnalysisPanel';
import { useStrings } from '../i18n/useStrings';
import { LibraryPanel } from '../library/LibraryPanel';
import { SearchPanel } from '../search/SearchPanel';
import { useWorkbench } from './WorkbenchContext';
import type { SideTab } from './workbenchState';

const TABS: SideTab[] = ['library', 'search', 'annotations'];

/**
 * Panels stay mounted while hidden, so a query, its results and the scroll survive switching.
 * Library and Search are made at once (Search registers the command that focuses its box, which
 * shortcuts run); Analysis when first shown. Its list of the project's highlights is a read the
 * start of the workbench does not need, and made the project open (a second of CPU on ANT) while
 * the first screen was still being drawn and searched.
 */
export function SidePanel({ id }: { id: string }) {
  const t = useStrings();
  const base = useId();
  const { state, dispatch } = useWorkbench();
  const shown = useRef(new Set<SideTab>(['library', 'search']));
  shown.current.add(state.sideTab);
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
          {!shown.current.has(tab) ? null : tab === 'library' ? (
            <LibraryPanel />
          ) : tab === 'search' ? (
            <SearchPanel />
          ) : (
            <AnalysisPanel />
          )}
        </div>
      ))}
    </nav>
  );
}
