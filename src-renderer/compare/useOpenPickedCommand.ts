import type { RefObject } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { MAX_COMPARE_COLUMNS } from '../app/workbenchState';
import { useCommand } from '../commands/CommandContext';
import { GLOBAL_SCOPE } from '../commands/commandRegistry';
import type { PickedReports } from './usePickedReports';

/** The key that opens the reports picked in a list side by side (Ctrl/⌘+Enter). */
export const OPEN_PICKED_KEY = { key: 'Enter', mod: true } as const;
export const OPEN_PICKED_COMMAND = 'compare.openPicked';

/**
 * Registers «compare the picked reports» for a list: Ctrl/⌘+Enter while the focus is inside the
 * list's panel, or the command run by id (from the search field), whenever 2 to 4 are picked.
 */
export function useOpenPickedCommand(picks: PickedReports, panelRef: RefObject<HTMLElement | null>): void {
  const { dispatch } = useWorkbench();
  const ready = () => picks.picked.length >= 2 && picks.picked.length <= MAX_COMPARE_COLUMNS;
  useCommand(GLOBAL_SCOPE, OPEN_PICKED_COMMAND, {
    keys: [OPEN_PICKED_KEY],
    when: (event) =>
      ready() && (event === undefined || (event.target instanceof Node && !!panelRef.current?.contains(event.target))),
    run: () => {
      dispatch({ type: 'open-compare', documents: [...picks.picked] });
      picks.clear();
    },
  });
}
