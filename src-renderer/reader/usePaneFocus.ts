import { useMemo } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';

/**
 * Handlers for a pane's root element: a pointer press or the focus entering the pane makes it the
 * focused pane, the one keys (F3, H, Escape) go to.
 */
export function usePaneFocus(paneId: string): { onPointerDownCapture(): void; onFocusCapture(): void } {
  const { dispatch } = useWorkbench();
  return useMemo(() => {
    const focus = () => dispatch({ type: 'focus-pane', paneId });
    return { onPointerDownCapture: focus, onFocusCapture: focus };
  }, [dispatch, paneId]);
}
