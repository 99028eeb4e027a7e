import { NoticeToast } from '../app/NoticeToast';
import { ExportDialog } from '../export/ExportDialog';
import { useExportMenuCommand } from '../export/useExportMenuCommand';
import { useAnnotationHistory } from './useAnnotationHistory';
import { useHistoryShortcuts } from './useHistoryShortcuts';

/** What annotation adds over the whole workbench: the export dialog, the notices' undo, the undo keys. */
export function AnnotationOverlays() {
  useHistoryShortcuts();
  useExportMenuCommand();
  const { undo } = useAnnotationHistory();
  return (
    <>
      <ExportDialog />
      <NoticeToast undo={undo} />
    </>
  );
}
