import type { Span } from '../../src-main/api/types';

export type SideTab = 'library' | 'search' | 'annotations';

/** Where the reader should scroll next. `serial` changes on every request, so asking twice scrolls twice. */
export type RevealRequest = { serial: number } & ({ kind: 'first-hit' } | { kind: 'span'; span: Span });

export interface ReaderTab {
  documentId: string;
  title: string;
  /** The query whose hits the reader paints; the find bar edits it per tab. */
  query: string;
  reveal?: RevealRequest;
}

export interface WorkbenchState {
  sideTab: SideTab;
  tabs: ReaderTab[];
  activeDocumentId?: string;
}

export type WorkbenchAction =
  | { type: 'show-side-tab'; tab: SideTab }
  | { type: 'open-document'; documentId: string; title: string; query?: string; revealFirstHit?: boolean }
  | { type: 'close-document'; documentId: string }
  | { type: 'activate-document'; documentId: string }
  | { type: 'set-document-query'; documentId: string; query: string }
  | { type: 'reveal-span'; documentId: string; span: Span };

export const initialWorkbenchState: WorkbenchState = { sideTab: 'library', tabs: [] };

let revealSerial = 0;
const nextSerial = () => ++revealSerial;

function updateTab(state: WorkbenchState, documentId: string, change: (tab: ReaderTab) => ReaderTab): WorkbenchState {
  return { ...state, tabs: state.tabs.map((tab) => (tab.documentId === documentId ? change(tab) : tab)) };
}

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case 'show-side-tab':
      return { ...state, sideTab: action.tab };
    case 'open-document': {
      const query = action.query ?? '';
      const reveal: RevealRequest | undefined = action.revealFirstHit ? { kind: 'first-hit', serial: nextSerial() } : undefined;
      const existing = state.tabs.some((tab) => tab.documentId === action.documentId);
      const tabs = existing
        ? state.tabs.map((tab) =>
            tab.documentId === action.documentId
              ? { ...tab, title: action.title, query: action.query ?? tab.query, reveal: reveal ?? tab.reveal }
              : tab,
          )
        : [...state.tabs, { documentId: action.documentId, title: action.title, query, reveal }];
      return { ...state, tabs, activeDocumentId: action.documentId };
    }
    case 'close-document': {
      const index = state.tabs.findIndex((tab) => tab.documentId === action.documentId);
      if (index < 0) return state;
      const tabs = state.tabs.filter((tab) => tab.documentId !== action.documentId);
      // Closing the active tab activates its neighbour, as browsers and editors do.
      const activeDocumentId =
        state.activeDocumentId === action.documentId
          ? (tabs[Math.min(index, tabs.length - 1)]?.documentId ?? undefined)
          : state.activeDocumentId;
      return { ...state, tabs, activeDocumentId };
    }
    case 'activate-document':
      return { ...state, activeDocumentId: action.documentId };
    case 'set-document-query':
      // Find as you type: like a browser's find bar, each new query jumps to its first match.
      return updateTab(state, action.documentId, (tab) => ({
        ...tab,
        query: action.query,
        reveal: { kind: 'first-hit', serial: nextSerial() },
      }));
    case 'reveal-span':
      return updateTab(
        { ...state, activeDocumentId: action.documentId },
        action.documentId,
        (tab) => ({ ...tab, reveal: { kind: 'span', span: action.span, serial: nextSerial() } }),
      );
  }
}
