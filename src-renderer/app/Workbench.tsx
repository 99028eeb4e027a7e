import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { AnnotationOverlays } from '../annotations/AnnotationOverlays';
import { AnnotationsProvider } from '../annotations/AnnotationsProvider';
import { AnnotationStoreBanner } from '../annotations/AnnotationStoreBanner';
import { useCommands } from '../commands/CommandContext';
import { DetailsPanel } from '../details/DetailsPanel';
import { ImportDialog } from '../import/ImportDialog';
import type { ImportDrop } from '../import/importDrop';
import { ReaderPane } from '../reader/ReaderPane';
import { SearchQueryProvider } from '../search/SearchQueryContext';
import { PanelSplitter } from './PanelSplitter';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { PANEL_LIMITS, usePanelWidths } from './usePanelWidths';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useMenuCommands } from './useMenuCommands';
import { useWindowFileDrop } from './useWindowFileDrop';
import { useWorkbench } from './WorkbenchContext';

/**
 * Below this width the details panel floats over the reader instead of taking a column, and the
 * side panel folds to a toggle while a report is open (see layout.css): the reader comes first.
 */
const NARROW_WINDOW = 1100;
const NARROW_QUERY = `(max-width: ${NARROW_WINDOW}px)`;

/** Whether the window is narrow now, following resizes. */
function useNarrowWindow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

/**
 * The three-pane layout of a research tool: sources at the inline start, the text in the middle,
 * facts about the text at the inline end. CSS grid follows `dir`, so Arabic mirrors it for free.
 */
export function Workbench() {
  const { state, dispatch } = useWorkbench();
  const commands = useCommands();
  const { widths, resize } = usePanelWidths();
  const [importOpen, setImportOpen] = useState(false);
  const [dropped, setDropped] = useState<ImportDrop | undefined>(undefined);
  // On a narrow window the details start closed so the reader keeps a readable measure.
  const [detailsOpen, setDetailsOpen] = useState(() => window.innerWidth > NARROW_WINDOW);

  // The compare view takes the full width: the side panels fold away each time it opens, unless asked back.
  const comparing = state.layout === 'compare';
  const [panelsShownWhileComparing, setPanelsShownWhileComparing] = useState(false);
  useEffect(() => {
    if (comparing) setPanelsShownWhileComparing(false);
  }, [comparing]);
  const panelsCollapsed = comparing && !panelsShownWhileComparing;

  // With no report open, search results take the centre's room instead of an empty reader.
  const reportOpen = comparing ? state.compare.paneIds.length > 0 : state.tabs.paneIds.length > 0;
  const searchWide = !reportOpen && state.sideTab === 'search';
  // A narrow window shows the report, and the side panel on demand; opening a report folds it again.
  const narrow = useNarrowWindow();
  const [sideShownWhenNarrow, setSideShownWhenNarrow] = useState(false);
  const openReport = comparing ? state.compare.paneIds.join() : state.tabs.activePaneId;
  useEffect(() => setSideShownWhenNarrow(false), [openReport]);
  const sideFoldable = narrow && reportOpen && !comparing;
  const sideFolded = sideFoldable && !sideShownWhenNarrow;

  const focusSearch = useCallback(() => {
    dispatch({ type: 'show-side-tab', tab: 'search' });
    setPanelsShownWhileComparing(true);
    commands.run('search.focus');
  }, [dispatch, commands]);
  useGlobalShortcuts(focusSearch);
  const showHelp = useCallback(() => {
    focusSearch();
    commands.run('search.help');
  }, [focusSearch, commands]);
  useMenuCommands({ focusSearch, showHelp });

  const onDrop = useCallback((drop: ImportDrop) => {
    setDropped(drop);
    setImportOpen(true);
  }, []);
  useWindowFileDrop(onDrop);

  const layout = { '--side-width': `${widths.side}px`, '--details-width': `${widths.details}px` } as CSSProperties;

  return (
    <SearchQueryProvider>
      <AnnotationsProvider>
        <div
          className={`app${detailsOpen ? '' : ' details-closed'}${panelsCollapsed ? ' panels-collapsed' : ''}${
            searchWide ? ' search-wide' : ''
          }${sideFolded ? ' side-folded' : ''}${sideFoldable && !sideFolded ? ' side-floating' : ''}`}
          style={layout}
        >
          <TopBar
            onImport={() => setImportOpen(true)}
            detailsOpen={detailsOpen}
            onToggleDetails={() => setDetailsOpen((open) => !open)}
            sidePanel={
              sideFoldable ? { shown: !sideFolded, toggle: () => setSideShownWhenNarrow((shown) => !shown) } : undefined
            }
          />
          {/* Always present, so the grid keeps its rows whether or not a banner shows. */}
          <div className="app-banners">
            <AnnotationStoreBanner />
          </div>
          <main className="workbench">
            <SidePanel id="side-panel" />
            <PanelSplitter
              width={widths.side}
              {...PANEL_LIMITS.side}
              growsTowardInlineEnd
              controls="side-panel"
              onResize={(width) => resize('side', width)}
            />
            <ReaderPane
              panelsShown={!panelsCollapsed}
              onTogglePanels={() => setPanelsShownWhileComparing((shown) => !shown)}
            />
            {detailsOpen && (
              <PanelSplitter
                width={widths.details}
                {...PANEL_LIMITS.details}
                growsTowardInlineEnd={false}
                controls="details-panel"
                onResize={(width) => resize('details', width)}
              />
            )}
            {detailsOpen && <DetailsPanel />}
          </main>
          <ImportDialog
            open={importOpen}
            initialDrop={dropped}
            onClose={() => {
              setImportOpen(false);
              setDropped(undefined);
            }}
          />
        </div>
        <AnnotationOverlays />
      </AnnotationsProvider>
    </SearchQueryProvider>
  );
}
