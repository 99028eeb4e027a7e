import { useStrings } from '../i18n/useStrings';
import { useAnnotationHistory } from './useAnnotationHistory';
import { useHistoryStatus } from './useHistoryStatus';

/** Undo and redo in the top bar, for those who do not use the shortcuts; each names what it would do. */
export function HistoryButtons() {
  const t = useStrings();
  const { undo, redo } = useAnnotationHistory();
  const status = useHistoryStatus();
  const named = (label: string | undefined) =>
    label === undefined ? undefined : (t.historySteps[label] ?? t.historyStepFallback);
  const undoTitle = t.undoTitle(named(status.undo));
  const redoTitle = t.redoTitle(named(status.redo));
  return (
    <div className="button-group" role="group" aria-label={`${t.undo} / ${t.redo}`}>
      <button
        type="button"
        className="button"
        title={undoTitle}
        aria-description={undoTitle}
        disabled={status.undo === undefined}
        onClick={() => void undo()}
        data-testid="undo-button"
      >
        <span aria-hidden="true" className="flip-in-rtl">
          ↶
        </span>
        <span className="button-label">{t.undo}</span>
      </button>
      <button
        type="button"
        className="button"
        title={redoTitle}
        aria-description={redoTitle}
        disabled={status.redo === undefined}
        onClick={() => void redo()}
        data-testid="redo-button"
      >
        <span aria-hidden="true" className="flip-in-rtl">
          ↷
        </span>
        <span className="button-label">{t.redo}</span>
      </button>
    </div>
  );
}
