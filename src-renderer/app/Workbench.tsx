import { useCallback, useState, type CSSProperties } from 'react';
import { AnnotationOverlays } from '../annotations/AnnotationOverlays';
import { AnnotationsProvider } from '../annotations/AnnotationsProvider';
import { AnnotationStoreBanner } from '../annotations/AnnotationStoreBanner';
import { DetailsPanel } from '../details/DetailsPanel';
import { ImportDialog } from '../import/ImportDialog';
import type { ImportDrop } from '../import/importDrop';
import { ReaderPane } from '../reader/ReaderPane';
import { PanelSplitter } from './PanelSplitter';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { PANEL_LIMITS, usePanelWidths } from './usePanelWidths';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useMenuCommands } from './useMenuCommands';
import { useWindowFileDrop } from './useWindowFileDrop';
import { useWorkbench } from './WorkbenchContext';

/** Below this width the details panel floats over the reader instead of taking a column (see layout.css). */
const NARROW_WINDOW = 1100;

/**
 * The three-pane layout of a research tool: sources at the inline start, the text in the middle,
 * facts about the text at the inline end. CSS grid follows `dir`, so Arabic mirrors it for free.
 */
export function Workbench() {
  const { dispatch } = useWorkbench();
  const { widths, resize } = usePanelWidths();
  const [importOpen, setImportOpen] = useState(false);
  const [dropped, setDropped] = useState<ImportDrop | undefined>(undefined);
  const [searchFocusSignal, setSearchFocusSignal] = useState(0);
  const [findFocusSignal, setFindFocusSignal] = useState(0);
  const [helpSignal, setHelpSignal] = useState(0);
  // On a narrow window the details start closed so the reader keeps a readable measure.
  const [detailsOpen, setDetailsOpen] = useState(() => window.innerWidth > NARROW_WINDOW);

  const focusSearch = useCallback(() => {
    dispatch({ type: 'show-side-tab', tab: 'search' });
    setSearchFocusSignal((n) => n + 1);
  }, [dispatch]);
  const focusFind = useCallback(() => setFindFocusSignal((n) => n + 1), []);
  useGlobalShortcuts({ focusSearch, focusFind });
  const showHelp = useCallback(() => {
    focusSearch();
    setHelpSignal((n) => n + 1);
  }, [focusSearch]);
  useMenuCommands({ focusSearch, showHelp });

  const onDrop = useCallback((drop: ImportDrop) => {
    setDropped(drop);
    setImportOpen(true);
  }, []);
  useWindowFileDrop(onDrop);

  const layout = { '--side-width': `${widths.side}px`, '--details-width': `${widths.details}px` } as CSSProperties;

  return (
    <AnnotationsProvider>
      <div className={`app${detailsOpen ? '' : ' details-closed'}`} style={layout}>
        <TopBar
          onImport={() => setImportOpen(true)}
          detailsOpen={detailsOpen}
          onToggleDetails={() => setDetailsOpen((open) => !open)}
        />
        {/* Always present, so the grid keeps its rows whether or not a banner shows. */}
        <div className="app-banners">
          <AnnotationStoreBanner />
        </div>
        <main className="workbench">
          <SidePanel id="side-panel" searchFocusSignal={searchFocusSignal} helpSignal={helpSignal} />
          <PanelSplitter
            width={widths.side}
            {...PANEL_LIMITS.side}
            growsTowardInlineEnd
            controls="side-panel"
            onResize={(width) => resize('side', width)}
          />
          <ReaderPane findFocusSignal={findFocusSignal} />
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
  );
}
