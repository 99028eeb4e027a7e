import { useStrings } from '../i18n/useStrings';
import { useAnnotationHistory } from './useAnnotationHistory';

/** Undo and redo in the top bar, for those who do not use the shortcuts. */
export function HistoryButtons() {
  const t = useStrings();
  const { undo, redo } = useAnnotationHistory();
  return (
    <div className="button-group" role="group" aria-label={`${t.undo} / ${t.redo}`}>
      <button type="button" className="button" title={t.undoTitle} onClick={() => void undo()} data-testid="undo-button">
        <span aria-hidden="true" className="flip-in-rtl">
          ↶
        </span>
        {t.undo}
      </button>
      <button type="button" className="button" title={t.redoTitle} onClick={() => void redo()} data-testid="redo-button">
        <span aria-hidden="true" className="flip-in-rtl">
          ↷
        </span>
        {t.redo}
      </button>
    </div>
  );
}
