import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const RECENT_CODES_KEPT = 8;

interface RecentCodes {
  /** Codes applied lately, newest first: the selection toolbar offers them for a one-click highlight. */
  recentCodeIds: readonly string[];
  rememberCodes(ids: readonly string[]): void;
}

const RecentCodesContext = createContext<RecentCodes | null>(null);

export function RecentCodesProvider({ children }: { children: ReactNode }) {
  const [recentCodeIds, setRecentCodeIds] = useState<readonly string[]>([]);
  const rememberCodes = useCallback((ids: readonly string[]) => {
    if (ids.length === 0) return;
    setRecentCodeIds((current) => [...ids, ...current.filter((id) => !ids.includes(id))].slice(0, RECENT_CODES_KEPT));
  }, []);
  const value = useMemo(() => ({ recentCodeIds, rememberCodes }), [recentCodeIds, rememberCodes]);
  return <RecentCodesContext.Provider value={value}>{children}</RecentCodesContext.Provider>;
}

export function useRecentCodes(): RecentCodes {
  const value = useContext(RecentCodesContext);
  if (!value) throw new Error('useRecentCodes outside <RecentCodesProvider>');
  return value;
}
