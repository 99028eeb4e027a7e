import { ExportDialog } from '../export/ExportDialog';
import { useExportMenuCommand } from '../export/useExportMenuCommand';
import { NoticeToast } from './NoticeToast';
import { useHistoryShortcuts } from './useHistoryShortcuts';

/** What annotation adds over the whole workbench: the export dialog, the notices, the undo keys. */
export function AnnotationOverlays() {
  useHistoryShortcuts();
  useExportMenuCommand();
  return (
    <>
      <ExportDialog />
      <NoticeToast />
    </>
  );
}
