import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useStrings } from '../i18n/useStrings';

interface PanelSplitterProps {
  /** Width of the panel this splitter resizes. */
  width: number;
  min: number;
  max: number;
  /**
   * Which way along the inline axis the panel grows: the side panel sits at the inline start, the
   * details panel at the inline end, and in RTL the screen's left and right swap.
   */
  growsTowardInlineEnd: boolean;
  controls: string;
  onResize(width: number): void;
}

const KEY_STEP = 16;

export function PanelSplitter({ width, min, max, growsTowardInlineEnd, controls, onResize }: PanelSplitterProps) {
  const t = useStrings();
  const drag = useRef<{ x: number; width: number } | undefined>(undefined);

  function direction(): number {
    const rtl = document.documentElement.dir === 'rtl';
    // +1 when moving the pointer rightwards widens the panel.
    return growsTowardInlineEnd !== rtl ? 1 : -1;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag.current) return;
    onResize(drag.current.width + (event.clientX - drag.current.x) * direction());
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? KEY_STEP : event.key === 'ArrowLeft' ? -KEY_STEP : 0;
    if (step === 0) return;
    event.preventDefault();
    onResize(width + step * direction());
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t.resizePanel}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = undefined)}
      onPointerCancel={() => (drag.current = undefined)}
      onKeyDown={onKeyDown}
    />
  );
}
