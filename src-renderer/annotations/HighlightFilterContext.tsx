import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

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
}

const HighlightFilterContext = createContext<HighlightFilterValue | null>(null);

/** Kept above the views so a code's "show its highlights" and the export dialog share one filter. */
export function HighlightFilterProvider({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<HighlightFilter>({});
  const value = useMemo(() => ({ filter, setFilter }), [filter]);
  return <HighlightFilterContext.Provider value={value}>{children}</HighlightFilterContext.Provider>;
}

export function useHighlightFilter(): HighlightFilterValue {
  const value = useContext(HighlightFilterContext);
  if (!value) throw new Error('useHighlightFilter outside <HighlightFilterProvider>');
  return value;
}
