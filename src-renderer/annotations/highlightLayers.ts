import type { ListedCode, ListedHighlight } from '../../src-main/api/types';
import type { Paragraph } from '../reader/paragraphs';
import { spanRanges } from '../reader/spanRanges';
import type { PaintLayer } from '../paint/highlightRegistry';

type HighlightLayer = PaintLayer<Range> & { ranges: Range[] };

/** Painted over boilerplate and warnings (0, 1), under search hits and the focus flash (2–4). */
const FILL_PRIORITY = 1;
const MARK_PRIORITY = 5;

const hex = (color: string) => color.slice(1).toLowerCase();

/**
 * Custom Highlight names for a code colour. A highlight is tinted with its first code's colour;
 * its second and third codes draw an underline and an overline, so several codes stay legible
 * without mixing tints into mud. Overlapping highlights are translucent, so both show.
 */
export const layerName = {
  fill: (color: string) => `qarin-ann-fill-${hex(color)}`,
  under: (color: string) => `qarin-ann-under-${hex(color)}`,
  over: (color: string) => `qarin-ann-over-${hex(color)}`,
  uncoded: 'qarin-ann-uncoded',
  active: 'qarin-ann-active',
  pending: 'qarin-ann-pending',
} as const;

export type RangesByHighlight = ReadonlyMap<string, Range[]>;

/** DOM ranges of each anchored highlight; orphans have no place in the text and are not painted. */
export function rangesByHighlight(
  highlights: readonly ListedHighlight[],
  paragraphs: Paragraph[],
  textNodes: ReadonlyArray<Text | null>,
): RangesByHighlight {
  const ranges = new Map<string, Range[]>();
  if (textNodes.length !== paragraphs.length) return ranges;
  for (const highlight of highlights) {
    if (highlight.status !== 'anchored') continue;
    ranges.set(highlight.id, spanRanges(highlight.target.position, paragraphs, textNodes));
  }
  return ranges;
}

export function highlightLayers(
  highlights: readonly ListedHighlight[],
  ranges: RangesByHighlight,
  codesById: ReadonlyMap<string, ListedCode>,
  activeId: string | undefined,
  pending: Range[] | undefined,
): Map<string, HighlightLayer> {
  const layers = new Map<string, HighlightLayer>();
  const add = (name: string, priority: number, more: Range[]) => {
    const layer = layers.get(name);
    if (layer) layer.ranges.push(...more);
    else layers.set(name, { ranges: [...more], priority });
  };
  for (const highlight of highlights) {
    const own = ranges.get(highlight.id);
    if (!own) continue;
    const colors = highlight.codeIds.flatMap((id) => codesById.get(id)?.color ?? []);
    if (colors.length === 0) add(layerName.uncoded, FILL_PRIORITY, own);
    if (colors[0]) add(layerName.fill(colors[0]), FILL_PRIORITY, own);
    if (colors[1]) add(layerName.under(colors[1]), FILL_PRIORITY, own);
    if (colors[2]) add(layerName.over(colors[2]), FILL_PRIORITY, own);
    if (highlight.id === activeId) add(layerName.active, MARK_PRIORITY, own);
  }
  if (pending) add(layerName.pending, MARK_PRIORITY, pending);
  return layers;
}

/** The rules that give each code colour its look; one stylesheet, rewritten when the codebook changes. */
export function codeLayerStyles(codes: readonly ListedCode[]): string {
  const colors = [...new Set(codes.map((code) => code.color.toLowerCase()))];
  return colors
    .map(
      (color) =>
        `::highlight(${layerName.fill(color)}) { background-color: color-mix(in srgb, ${color} var(--annotation-tint), transparent); }\n` +
        `::highlight(${layerName.under(color)}) { text-decoration: underline 3px ${color}; text-underline-offset: 0.32em; }\n` +
        `::highlight(${layerName.over(color)}) { text-decoration: overline 3px ${color}; }`,
    )
    .join('\n');
}
