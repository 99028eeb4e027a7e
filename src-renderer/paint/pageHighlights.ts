import { HighlightRegistry, type HighlightBackend } from './highlightRegistry';

/** Paints through the browser's CSS.highlights; does nothing where the API is missing. */
const cssBackend: HighlightBackend<Range> = {
  set(name, ranges, priority) {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  },
  delete(name) {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.delete(name);
  },
};

/** The page has one highlight map, so it has one registry. */
export const pageHighlights = new HighlightRegistry<Range>(cssBackend);
