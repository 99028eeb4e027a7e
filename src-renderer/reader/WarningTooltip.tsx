import type { IntegrityWarning } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';

export interface WarningTooltipState {
  warning: IntegrityWarning;
  x: number;
  y: number;
}

/** Explains the integrity warning under the pointer; keyboard users get the same text on the gutter flags. */
const TOOLTIP_ROOM = { width: 340, height: 140 };
const POINTER_GAP = 14;

export function WarningTooltip({ state }: { state: WarningTooltipState }) {
  const t = useStrings();
  const kind = t.warningKinds[state.warning.kind];
  // Opens below and after the pointer, or flips above/before it where the window ends.
  const below = state.y + POINTER_GAP + TOOLTIP_ROOM.height < window.innerHeight;
  const after = state.x + POINTER_GAP + TOOLTIP_ROOM.width < window.innerWidth;
  const position = {
    top: below ? state.y + POINTER_GAP : undefined,
    bottom: below ? undefined : window.innerHeight - state.y + POINTER_GAP,
    left: after ? state.x + POINTER_GAP : undefined,
    right: after ? undefined : window.innerWidth - state.x + POINTER_GAP,
  };
  return (
    <div className="tooltip" role="tooltip" style={position}>
      <strong>{kind.name}</strong>
      <span dir="auto" className="tooltip-quote">
        «{state.warning.text}»
      </span>
      <span>{kind.explanation}</span>
    </div>
  );
}
