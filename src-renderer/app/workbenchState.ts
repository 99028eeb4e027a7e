import type { Span } from '../../src-main/api/types';

export type SideTab = 'library' | 'search' | 'annotations';

/** Where a pane should scroll next. `serial` changes on every request, so asking twice scrolls twice. */
export type RevealRequest = { serial: number } & ({ kind: 'first-hit' } | { kind: 'span'; span: Span });

/**
 * One view onto one report (as VS Code's editor or Trilium's note context): the same report may be
 * open in a tab and in a compare column at once, each with its own query, reveal and scroll.
 */
export interface Pane {
  id: string;
  documentId: string;
  title: string;
  /** The query whose hits the pane paints; the find bar edits it per pane. */
  query: string;
  reveal?: RevealRequest;
  /** Where the pane was scrolled when it was last hidden, so showing it again lands on the same line. */
  scrollTop: number;
}

/** The most reports the compare view sets side by side: beyond four, columns get too narrow to read. */
export const MAX_COMPARE_COLUMNS = 4;

export interface TabsLayout {
  paneIds: string[];
  activePaneId?: string;
}

export interface CompareLayout {
  /** Column order, first at the inline start (the right in Arabic). */
  paneIds: string[];
  basePaneId?: string;
}

export interface WorkbenchState {
  sideTab: SideTab;
  panes: Record<string, Pane>;
  /** Which of the two layouts shows; both are kept, so going back to the tabs loses no compare columns. */
  layout: 'tabs' | 'compare';
  tabs: TabsLayout;
  compare: CompareLayout;
  /** The pane keys go to (F3, H, Escape) and whose report the details panel describes. */
  focusedPaneId?: string;
  /** Source of reveal serials and compare pane ids; kept in state so the reducer stays pure. */
  serial: number;
}

export interface DocumentRef {
  documentId: string;
  title: string;
}

export type WorkbenchAction =
  | { type: 'show-side-tab'; tab: SideTab }
  | { type: 'open-document'; documentId: string; title: string; query?: string; revealFirstHit?: boolean }
  | { type: 'close-pane'; paneId: string }
  | { type: 'activate-pane'; paneId: string }
  | { type: 'focus-pane'; paneId: string }
  | { type: 'set-pane-query'; paneId: string; query: string }
  | { type: 'reveal-span'; paneId: string; span: Span }
  | { type: 'remember-scroll'; paneId: string; scrollTop: number }
  | { type: 'open-compare'; documents: DocumentRef[] }
  | { type: 'add-compare-column'; document: DocumentRef }
  | { type: 'set-compare-base'; paneId: string }
  | { type: 'show-layout'; layout: 'tabs' | 'compare' };

export const initialWorkbenchState: WorkbenchState = {
  sideTab: 'library',
  panes: {},
  layout: 'tabs',
  tabs: { paneIds: [] },
  compare: { paneIds: [] },
  serial: 0,
};

/** A report has at most one tab, so its tab pane can be named from its id by anyone who wants to address it. */
export const tabPaneId = (documentId: string) => `tab:${documentId}`;

/** The panes of the tab strip, in order. */
export function tabPanes(state: WorkbenchState): Pane[] {
  return state.tabs.paneIds.flatMap((id) => state.panes[id] ?? []);
}

/** The compare columns, in order. */
export function comparePanes(state: WorkbenchState): Pane[] {
  return state.compare.paneIds.flatMap((id) => state.panes[id] ?? []);
}

/** The pane that has the focus, if it is on screen in the current layout. */
export function focusedPane(state: WorkbenchState): Pane | undefined {
  const visible = state.layout === 'tabs' ? [state.tabs.activePaneId] : state.compare.paneIds;
  const id = state.focusedPaneId && visible.includes(state.focusedPaneId) ? state.focusedPaneId : visible[0];
  return id ? state.panes[id] : undefined;
}

/** The report the user is looking at: what the details panel, exports and the library's "open" mark refer to. */
export function focusedDocumentId(state: WorkbenchState): string | undefined {
  return focusedPane(state)?.documentId;
}

function withPane(state: WorkbenchState, paneId: string, change: (pane: Pane) => Pane): WorkbenchState {
  const pane = state.panes[paneId];
  return pane ? { ...state, panes: { ...state.panes, [paneId]: change(pane) } } : state;
}

function withoutPanes(panes: Record<string, Pane>, ids: readonly string[]): Record<string, Pane> {
  const rest = { ...panes };
  for (const id of ids) delete rest[id];
  return rest;
}

function newPane(id: string, document: DocumentRef, query = ''): Pane {
  return { id, documentId: document.documentId, title: document.title, query, scrollTop: 0 };
}

function openDocument(
  state: WorkbenchState,
  action: Extract<WorkbenchAction, { type: 'open-document' }>,
): WorkbenchState {
  const serial = state.serial + 1;
  const reveal: RevealRequest | undefined = action.revealFirstHit ? { kind: 'first-hit', serial } : undefined;
  const id = tabPaneId(action.documentId);
  const existing = state.panes[id];
  const pane: Pane = existing
    ? { ...existing, title: action.title, query: action.query ?? existing.query, reveal: reveal ?? existing.reveal }
    : { ...newPane(id, action, action.query), reveal };
  const paneIds = existing ? state.tabs.paneIds : [...state.tabs.paneIds, id];
  return {
    ...state,
    serial,
    panes: { ...state.panes, [id]: pane },
    layout: 'tabs',
    tabs: { paneIds, activePaneId: id },
    focusedPaneId: id,
  };
}

function closePane(state: WorkbenchState, paneId: string): WorkbenchState {
  if (!state.panes[paneId]) return state;
  const panes = withoutPanes(state.panes, [paneId]);
  const tabIndex = state.tabs.paneIds.indexOf(paneId);
  if (tabIndex >= 0) {
    const paneIds = state.tabs.paneIds.filter((id) => id !== paneId);
    // Closing the active tab activates its neighbour, as browsers and editors do.
    const activePaneId =
      state.tabs.activePaneId === paneId ? paneIds[Math.min(tabIndex, paneIds.length - 1)] : state.tabs.activePaneId;
    const focusedPaneId = state.focusedPaneId === paneId ? activePaneId : state.focusedPaneId;
    return { ...state, panes, tabs: { paneIds, activePaneId }, focusedPaneId };
  }
  // Closing a column keeps the others where they are; the base passes to the first remaining column.
  const paneIds = state.compare.paneIds.filter((id) => id !== paneId);
  const basePaneId = state.compare.basePaneId === paneId ? paneIds[0] : state.compare.basePaneId;
  const layout = paneIds.length === 0 ? 'tabs' : state.layout;
  const focusedPaneId = state.focusedPaneId === paneId ? (paneIds[0] ?? state.tabs.activePaneId) : state.focusedPaneId;
  return { ...state, panes, layout, compare: { paneIds, basePaneId }, focusedPaneId };
}

function openCompare(state: WorkbenchState, documents: readonly DocumentRef[]): WorkbenchState {
  const unique = documents.filter(
    (document, index) => documents.findIndex((other) => other.documentId === document.documentId) === index,
  );
  const chosen = unique.slice(0, MAX_COMPARE_COLUMNS);
  let serial = state.serial;
  const fresh = chosen.map((document) => newPane(`compare:${++serial}`, document));
  const panes = withoutPanes(state.panes, state.compare.paneIds);
  for (const pane of fresh) panes[pane.id] = pane;
  const paneIds = fresh.map((pane) => pane.id);
  return {
    ...state,
    serial,
    panes,
    layout: 'compare',
    compare: { paneIds, basePaneId: paneIds[0] },
    focusedPaneId: paneIds[0],
  };
}

function addCompareColumn(state: WorkbenchState, document: DocumentRef): WorkbenchState {
  const columns = comparePanes(state);
  if (columns.length >= MAX_COMPARE_COLUMNS || columns.some((pane) => pane.documentId === document.documentId)) {
    return { ...state, layout: columns.length > 0 ? 'compare' : state.layout };
  }
  const serial = state.serial + 1;
  const pane = newPane(`compare:${serial}`, document);
  const paneIds = [...state.compare.paneIds, pane.id];
  return {
    ...state,
    serial,
    panes: { ...state.panes, [pane.id]: pane },
    layout: 'compare',
    compare: { paneIds, basePaneId: state.compare.basePaneId ?? pane.id },
  };
}

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case 'show-side-tab':
      // The search field asks for its tab on every key: the same state spares the workbench a re-render.
      return state.sideTab === action.tab ? state : { ...state, sideTab: action.tab };
    case 'open-document':
      return openDocument(state, action);
    case 'close-pane':
      return closePane(state, action.paneId);
    case 'activate-pane':
      if (!state.tabs.paneIds.includes(action.paneId)) return state;
      return {
        ...state,
        layout: 'tabs',
        tabs: { ...state.tabs, activePaneId: action.paneId },
        focusedPaneId: action.paneId,
      };
    case 'focus-pane':
      return state.panes[action.paneId] && state.focusedPaneId !== action.paneId
        ? { ...state, focusedPaneId: action.paneId }
        : state;
    case 'set-pane-query': {
      // Find as you type: like a browser's find bar, each new query jumps to its first match.
      const serial = state.serial + 1;
      return withPane({ ...state, serial }, action.paneId, (pane) => ({
        ...pane,
        query: action.query,
        reveal: { kind: 'first-hit', serial },
      }));
    }
    case 'reveal-span': {
      const serial = state.serial + 1;
      return withPane({ ...state, serial }, action.paneId, (pane) => ({
        ...pane,
        reveal: { kind: 'span', span: action.span, serial },
      }));
    }
    case 'remember-scroll':
      return state.panes[action.paneId]?.scrollTop === action.scrollTop
        ? state
        : withPane(state, action.paneId, (pane) => ({ ...pane, scrollTop: action.scrollTop }));
    case 'open-compare':
      return openCompare(state, action.documents);
    case 'add-compare-column':
      return addCompareColumn(state, action.document);
    case 'set-compare-base':
      return state.compare.paneIds.includes(action.paneId)
        ? { ...state, compare: { ...state.compare, basePaneId: action.paneId } }
        : state;
    case 'show-layout':
      if (action.layout === 'compare' && state.compare.paneIds.length === 0) return state;
      return { ...state, layout: action.layout };
  }
}
