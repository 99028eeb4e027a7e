import { useEffect } from 'react';
import { findBridge } from '../api/qarinBridge';
import { useAnnotationUi } from '../annotations/AnnotationUiContext';

/** File › Export… in the desktop app's menu (Ctrl/⌘+E) opens the export dialog. */
export function useExportMenuCommand(): void {
  const { openExport } = useAnnotationUi();
  useEffect(() => {
    const bridge = findBridge();
    if (!bridge) return;
    return bridge.onMenuCommand((command) => {
      if (command.type === 'export') openExport();
    });
  }, [openExport]);
}
