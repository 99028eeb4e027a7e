import { useEffect } from 'react';

interface Shortcuts {
  focusSearch(): void;
  focusFind(): void;
}

/**
 * Ctrl/⌘+K (or Ctrl+Shift+F) jumps to corpus search, Ctrl/⌘+F to find in the open report: the two
 * searches of the workbench, with the keys people already use for them elsewhere.
 */
export function useGlobalShortcuts({ focusSearch, focusFind }: Shortcuts): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const key = event.key.toLowerCase();
      if (key === 'k' || (key === 'f' && event.shiftKey)) {
        event.preventDefault();
        focusSearch();
      } else if (key === 'f') {
        event.preventDefault();
        focusFind();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusSearch, focusFind]);
}
