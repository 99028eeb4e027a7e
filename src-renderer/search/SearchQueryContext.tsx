import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The id of the results list, which the top bar's search field controls. */
export const SEARCH_RESULTS_ID = 'search-results-list';

interface SearchQueryState {
  query: string;
  setQuery(query: string): void;
  /** The element id of the result the arrow keys have reached, for the field's aria-activedescendant. */
  activeResultId: string | undefined;
  setActiveResultId(id: string | undefined): void;
}

const SearchQueryContext = createContext<SearchQueryState | null>(null);

/**
 * The corpus query, shared by the field in the top bar (in reach from every view) and the search
 * panel that shows its filters and results.
 */
export function SearchQueryProvider({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState('');
  const [activeResultId, setActiveResultId] = useState<string | undefined>(undefined);
  const value = useMemo(() => ({ query, setQuery, activeResultId, setActiveResultId }), [query, activeResultId]);
  return <SearchQueryContext.Provider value={value}>{children}</SearchQueryContext.Provider>;
}

export function useSearchQuery(): SearchQueryState {
  const value = useContext(SearchQueryContext);
  if (!value) throw new Error('useSearchQuery outside <SearchQueryProvider>');
  return value;
}
