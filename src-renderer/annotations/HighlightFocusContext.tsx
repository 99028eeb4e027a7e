import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { tabPaneId } from '../app/workbenchState';

/** Asks the reader showing `docId` to scroll to a highlight; `serial` makes asking twice scroll twice. */
export interface HighlightFocusRequest {
  serial: number;
  highlightId: string;
  /** The pane that is to show the highlight. */
  paneId: string;
  openEditor: boolean;
}

interface HighlightFocus {
  /** The highlight last clicked or opened: what "link to memo" adds, what lists mark. */
  activeHighlightId: string | undefined;
  setActiveHighlightId(id: string | undefined): void;
  focusRequest: HighlightFocusRequest | undefined;
  /** Opens the report in the reader and scrolls to the highlight (for an orphan: shows it in the details). */
  jumpToHighlight(target: { id: string; docId: string; title: string }, options?: { openEditor?: boolean }): void;
}

const HighlightFocusContext = createContext<HighlightFocus | null>(null);

/** Which highlight the user is on, and the requests that bring a reader to one. */
export function HighlightFocusProvider({ children }: { children: ReactNode }) {
  const { dispatch } = useWorkbench();
  const serial = useRef(0);
  const [activeHighlightId, setActiveHighlightId] = useState<string | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState<HighlightFocusRequest | undefined>(undefined);

  const jumpToHighlight = useCallback<HighlightFocus['jumpToHighlight']>(
    (target, options) => {
      dispatch({ type: 'open-document', documentId: target.docId, title: target.title });
      setActiveHighlightId(target.id);
      setFocusRequest({
        serial: ++serial.current,
        highlightId: target.id,
        paneId: tabPaneId(target.docId),
        openEditor: options?.openEditor ?? false,
      });
    },
    [dispatch],
  );

  const value = useMemo<HighlightFocus>(
    () => ({ activeHighlightId, setActiveHighlightId, focusRequest, jumpToHighlight }),
    [activeHighlightId, focusRequest, jumpToHighlight],
  );
  return <HighlightFocusContext.Provider value={value}>{children}</HighlightFocusContext.Provider>;
}

export function useHighlightFocus(): HighlightFocus {
  const value = useContext(HighlightFocusContext);
  if (!value) throw new Error('useHighlightFocus outside <HighlightFocusProvider>');
  return value;
}
