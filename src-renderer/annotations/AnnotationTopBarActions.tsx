import { ExportButton } from '../export/ExportButton';
import { HistoryButtons } from './HistoryButtons';

/** The annotation commands of the top bar: undo, redo and export. */
export function AnnotationTopBarActions() {
  return (
    <>
      <HistoryButtons />
      <ExportButton />
    </>
  );
}
