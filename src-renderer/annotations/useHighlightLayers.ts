import { useEffect } from 'react';

export interface HighlightLayer {
  ranges: Range[];
  priority: number;
}

/**
 * Registers several named Custom Highlights at once and removes the ones no longer needed, so a
 * report with many codes costs one Highlight per colour rather than one per passage. The text DOM
 * is never touched: offsets, selection and copy stay exact.
 */
export function useHighlightLayers(layers: ReadonlyMap<string, HighlightLayer>): void {
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const registered = new Map<string, Highlight>();
    for (const [name, layer] of layers) {
      if (layer.ranges.length === 0) continue;
      const highlight = new Highlight(...layer.ranges);
      highlight.priority = layer.priority;
      CSS.highlights.set(name, highlight);
      registered.set(name, highlight);
    }
    return () => {
      for (const [name, highlight] of registered) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    };
  }, [layers]);
}
