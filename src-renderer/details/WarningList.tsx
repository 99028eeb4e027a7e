import type { DocumentDetail } from '../../src-main/api/types';
import { useWorkbench } from '../app/WorkbenchContext';
import { useStrings } from '../i18n/useStrings';

/** The report's integrity warnings; each jumps the reader to its span and flashes it. */
/** `paneId` is the pane showing the report, which the jump scrolls. */
export function WarningList({ doc, paneId }: { doc: DocumentDetail; paneId: string }) {
  const t = useStrings();
  const { dispatch } = useWorkbench();
  if (doc.warnings.length === 0) return <p className="muted">{t.noWarnings}</p>;
  return (
    <ul className="warning-list">
      {doc.warnings.map((warning) => {
        const kind = t.warningKinds[warning.kind];
        return (
          <li key={`${warning.start}-${warning.kind}`}>
            <button
              type="button"
              className="warning-item"
              title={kind.explanation}
              onClick={() => dispatch({ type: 'reveal-span', paneId, span: warning })}
            >
              <span className="warning-kind">
                <span aria-hidden="true">⚠ </span>
                {kind.name}
              </span>
              <span className="warning-text" dir="auto">
                «{warning.text}»
              </span>
              <span className="warning-jump">{t.jumpTo}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
