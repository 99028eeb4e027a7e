import { useEffect } from 'react';
import { isEditableTarget } from './isEditableTarget';
import { useAnnotationHistory } from './useAnnotationHistory';

/**
 * Ctrl/⌘+Z undoes the last annotation change, Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes it, except while
 * typing in a field, where the same keys belong to the field's own text.
 */
export function useHistoryShortcuts(): void {
  const { undo, redo } = useAnnotationHistory();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditableTarget(event.target)) return;
      // By key position, so the shortcuts work on an Arabic keyboard layout as well.
      if (event.code === 'KeyZ') {
        event.preventDefault();
        void (event.shiftKey ? redo() : undo());
      } else if (event.code === 'KeyY' && !event.shiftKey) {
        event.preventDefault();
        void redo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
