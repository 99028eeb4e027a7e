import { useCallback } from 'react';
import type { IntegrityWarning } from '../../src-main/api/types';
import { useWorkbench } from '../app/WorkbenchContext';

/**
 * What a pane's text surface reports to the workbench, in a reader tab and a compare column alike:
 * a warning clicked (revealed in the same pane) and the scroll offset the pane is left at.
 */
export function usePaneSurfaceCallbacks(paneId: string) {
  const { dispatch } = useWorkbench();
  const onWarningClick = useCallback(
    (warning: IntegrityWarning) => dispatch({ type: 'reveal-span', paneId, span: warning }),
    [dispatch, paneId],
  );
  const onLeave = useCallback(
    (scrollTop: number) => dispatch({ type: 'remember-scroll', paneId, scrollTop }),
    [dispatch, paneId],
  );
  return { onWarningClick, onLeave };
}
