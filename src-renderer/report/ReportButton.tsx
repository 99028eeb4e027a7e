import { useStrings } from '../i18n/useStrings';
import { useReportDialog } from './ReportDialogContext';

/** Opens the report dialog from the top bar. */
export function ReportButton() {
  const t = useStrings();
  const { openReport } = useReportDialog();
  return (
    <button
      type="button"
      className="button"
      title={t.reportButtonTitle}
      onClick={() => openReport()}
      data-testid="report-button"
    >
      {t.reportButton}
    </button>
  );
}
