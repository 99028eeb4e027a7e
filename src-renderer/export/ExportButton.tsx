import { useExportDialog } from './ExportDialogContext';
import { useStrings } from '../i18n/useStrings';

export function ExportButton() {
  const t = useStrings();
  const { openExport } = useExportDialog();
  return (
    <button type="button" className="button" onClick={() => openExport()} data-testid="export-button">
      {t.exportButton}
    </button>
  );
}
