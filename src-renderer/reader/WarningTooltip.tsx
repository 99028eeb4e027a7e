import type { IntegrityWarning } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';

export interface WarningTooltipState {
  warning: IntegrityWarning;
  x: number;
  y: number;
}

/** Explains the integrity warning under the pointer; keyboard users get the same text on the gutter flags. */
export function WarningTooltip({ state }: { state: WarningTooltipState }) {
  const t = useStrings();
  const kind = t.warningKinds[state.warning.kind];
  return (
    <div className="tooltip" role="tooltip" style={{ left: state.x, top: state.y }}>
      <strong>{kind.name}</strong>
      <span dir="auto" className="tooltip-quote">
        «{state.warning.text}»
      </span>
      <span>{kind.explanation}</span>
    </div>
  );
}
