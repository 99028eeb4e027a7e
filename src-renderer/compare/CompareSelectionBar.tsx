import { useWorkbench } from '../app/WorkbenchContext';
import { MAX_COMPARE_COLUMNS } from '../app/workbenchState';
import { useStrings } from '../i18n/useStrings';
import type { PickedReports } from './usePickedReports';

/** Under a list: how many reports are picked and the «Compare» action that opens them side by side. */
export function CompareSelectionBar({ picks }: { picks: PickedReports }) {
  const t = useStrings();
  const { dispatch } = useWorkbench();
  const count = picks.picked.length;
  const ready = count >= 2 && count <= MAX_COMPARE_COLUMNS;
  if (count === 0) return <p className="compare-pick-hint">{t.pickHint}</p>;
  return (
    <div className="compare-selection" role="group" aria-label={t.compareAction}>
      <button
        type="button"
        className="button button-primary button-small"
        disabled={!ready}
        title={ready ? undefined : t.compareNeedsTwo}
        onClick={() => {
          dispatch({ type: 'open-compare', documents: [...picks.picked] });
          picks.clear();
        }}
        data-testid="compare-picked"
      >
        {t.compareSelected(count)}
      </button>
      <button type="button" className="button button-small" onClick={picks.clear}>
        {t.clearPicked}
      </button>
      {!ready && <span className="muted">{t.compareNeedsTwo}</span>}
    </div>
  );
}
