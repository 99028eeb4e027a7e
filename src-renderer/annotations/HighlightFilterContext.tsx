import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';

/** The filters of the project-wide highlights view; the export dialog offers them as a scope. */
export interface HighlightFilter {
  codeId?: string;
  docId?: string;
  source?: string;
  text?: string;
  orphansOnly?: boolean;
}

interface HighlightFilterValue {
  filter: HighlightFilter;
  setFilter(filter: HighlightFilter): void;
  /**
   * Every report opened in this window so far, id to title, for the report filter to offer without
   * loading the library. Gathered here, around the workbench, because the highlights view is only
   * made when the Analysis tab is first shown, after reports may have been opened and closed.
   */
  openedReports: ReadonlyMap<string, string>;
}

const HighlightFilterContext = createContext<HighlightFilterValue | null>(null);

/** Kept above the views so a code's "show its highlights" and the export dialog share one filter. */
export function HighlightFilterProvider({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<HighlightFilter>({});
  const { state: workbench } = useWorkbench();
  const [openedReports, setOpenedReports] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    setOpenedReports((current) => {
      const next = new Map(current);
      for (const pane of Object.values(workbench.panes)) next.set(pane.documentId, pane.title);
      return next.size === current.size ? current : next;
    });
  }, [workbench.panes]);
  const value = useMemo(() => ({ filter, setFilter, openedReports }), [filter, openedReports]);
  return <HighlightFilterContext.Provider value={value}>{children}</HighlightFilterContext.Provider>;
}

export function useHighlightFilter(): HighlightFilterValue {
  const value = useContext(HighlightFilterContext);
  if (!value) throw new Error('useHighlightFilter outside <HighlightFilterProvider>');
  return value;
}
