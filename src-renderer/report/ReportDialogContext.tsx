import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** What the report dialog opens with: the reports of a comparison, when opened from the compare view. */
export interface ReportDialogRequest {
  compareIds?: string[];
}

interface ReportDialogState {
  request: ReportDialogRequest | undefined;
  openReport(request?: ReportDialogRequest): void;
  closeReport(): void;
}

const ReportDialogContext = createContext<ReportDialogState | undefined>(undefined);

export function ReportDialogProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ReportDialogRequest | undefined>(undefined);
  const openReport = useCallback((next: ReportDialogRequest = {}) => setRequest(next), []);
  const closeReport = useCallback(() => setRequest(undefined), []);
  const value = useMemo(() => ({ request, openReport, closeReport }), [request, openReport, closeReport]);
  return <ReportDialogContext.Provider value={value}>{children}</ReportDialogContext.Provider>;
}

export function useReportDialog(): ReportDialogState {
  const state = useContext(ReportDialogContext);
  if (!state) throw new Error('useReportDialog needs a ReportDialogProvider');
  return state;
}
