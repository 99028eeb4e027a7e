import { ExportButton } from '../export/ExportButton';
import { ReportButton } from '../report/ReportButton';
import { HistoryButtons } from './HistoryButtons';

/** The annotation commands of the top bar: undo, redo, export and the report builder. */
export function AnnotationTopBarActions() {
  return (
    <>
      <HistoryButtons />
      <ExportButton />
      <ReportButton />
    </>
  );
}
