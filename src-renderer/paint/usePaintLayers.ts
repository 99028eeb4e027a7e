import { useEffect, useId } from 'react';
import type { PaintLayer } from './highlightRegistry';
import { pageHighlights } from './pageHighlights';

export type RangeLayers = ReadonlyMap<string, PaintLayer<Range>>;

/**
 * Paints named layers of ranges for as long as the calling component lives. Each caller is its own
 * owner in the page's registry, so two panes painting `qarin-hit` both show, and unmounting one
 * leaves the other's highlights in place.
 */
export function usePaintLayers(layers: RangeLayers): void {
  const owner = useId();
  useEffect(() => {
    pageHighlights.paint(owner, layers);
  }, [owner, layers]);
  useEffect(() => () => pageHighlights.clear(owner), [owner]);
}
