import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type ExportScope = 'all' | 'document' | 'code' | 'filter';

interface ExportDialogState {
  open: boolean;
  scope: ExportScope;
  codeId?: string;
}

interface ExportDialogControl {
  exportDialog: ExportDialogState;
  openExport(scope?: ExportScope, codeId?: string): void;
  closeExport(): void;
}

const ExportDialogContext = createContext<ExportDialogControl | null>(null);

/** Whether the export dialog is open and on which scope: the top bar, the menu and a code's details open it. */
export function ExportDialogProvider({ children }: { children: ReactNode }) {
  const [exportDialog, setExportDialog] = useState<ExportDialogState>({ open: false, scope: 'all' });
  const openExport = useCallback(
    (scope: ExportScope = 'all', codeId?: string) => setExportDialog({ open: true, scope, codeId }),
    [],
  );
  const closeExport = useCallback(() => setExportDialog((current) => ({ ...current, open: false })), []);
  const value = useMemo(() => ({ exportDialog, openExport, closeExport }), [exportDialog, openExport, closeExport]);
  return <ExportDialogContext.Provider value={value}>{children}</ExportDialogContext.Provider>;
}

export function useExportDialog(): ExportDialogControl {
  const value = useContext(ExportDialogContext);
  if (!value) throw new Error('useExportDialog outside <ExportDialogProvider>');
  return value;
}
