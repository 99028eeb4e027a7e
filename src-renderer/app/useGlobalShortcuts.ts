import { useCommand } from '../commands/CommandContext';
import { GLOBAL_SCOPE } from '../commands/commandRegistry';

/**
 * Ctrl/⌘+K (or Ctrl+Shift+F) jumps to corpus search. Ctrl/⌘+F (find in the open report) belongs to
 * each reader pane (ReaderView), so it finds in the pane that has the focus.
 */
export function useGlobalShortcuts(focusSearch: () => void): void {
  useCommand(GLOBAL_SCOPE, 'workbench.focusSearch', {
    keys: [
      { key: 'k', mod: true },
      { key: 'f', mod: true, shift: true },
    ],
    run: focusSearch,
  });
  // With no report open, Ctrl/⌘+F would open the browser's own find, which cannot see the app's panes.
  useCommand(GLOBAL_SCOPE, 'workbench.findWithoutReport', {
    keys: [{ key: 'f', mod: true, shift: false }],
    run: () => {},
  });
}
