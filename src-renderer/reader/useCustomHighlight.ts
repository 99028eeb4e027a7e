import { useEffect } from 'react';

/**
 * Paints ranges through the CSS Custom Highlight API under `name` (styled by ::highlight(name)).
 * The text DOM is never rewritten, so offsets, selection and copy stay exact.
 */
export function useCustomHighlight(name: string, ranges: Range[] | undefined, priority = 0): void {
  useEffect(() => {
    if (!ranges || ranges.length === 0 || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
    return () => {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    };
  }, [name, ranges, priority]);
}
