import { useEffect } from 'react';
import { findBridge } from '../api/qarinBridge';
import { useExportDialog } from './ExportDialogContext';

/** File › Export… in the desktop app's menu (Ctrl/⌘+E) opens the export dialog. */
export function useExportMenuCommand(): void {
  const { openExport } = useExportDialog();
  useEffect(() => {
    const bridge = findBridge();
    if (!bridge) return;
    return bridge.onMenuCommand((command) => {
      if (command.type === 'export') openExport();
    });
  }, [openExport]);
}
