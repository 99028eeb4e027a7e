import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';

export type AnnotationsSubview = 'highlights' | 'codes' | 'memos';

interface AnalysisNavigation {
  subview: AnnotationsSubview;
  /** Shows the side panel's annotations tab on one of its views. */
  showSubview(view: AnnotationsSubview): void;
  /** The memo open in the memos view; undefined shows the list. */
  openMemoId: string | undefined;
  openMemo(id: string | undefined): void;
}

const AnalysisNavigationContext = createContext<AnalysisNavigation | null>(null);

/** Where the side panel's Analysis tab stands: which of its views, and which memo is open. */
export function AnalysisNavigationProvider({ children }: { children: ReactNode }) {
  const { dispatch } = useWorkbench();
  const [subview, setSubview] = useState<AnnotationsSubview>('highlights');
  const [openMemoId, setOpenMemoId] = useState<string | undefined>(undefined);

  const showSubview = useCallback(
    (view: AnnotationsSubview) => {
      setSubview(view);
      dispatch({ type: 'show-side-tab', tab: 'annotations' });
    },
    [dispatch],
  );

  const openMemo = useCallback(
    (id: string | undefined) => {
      setOpenMemoId(id);
      if (id !== undefined) showSubview('memos');
    },
    [showSubview],
  );

  const value = useMemo<AnalysisNavigation>(
    () => ({ subview, showSubview, openMemoId, openMemo }),
    [subview, showSubview, openMemoId, openMemo],
  );
  return <AnalysisNavigationContext.Provider value={value}>{children}</AnalysisNavigationContext.Provider>;
}

export function useAnalysisNavigation(): AnalysisNavigation {
  const value = useContext(AnalysisNavigationContext);
  if (!value) throw new Error('useAnalysisNavigation outside <AnalysisNavigationProvider>');
  return value;
}
