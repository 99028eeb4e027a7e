import type { Span } from '../../src-main/api/types';

/** Spans to paint under one Custom Highlight name (styled by `::highlight(name)`). */
export interface SpanLayer {
  spans: readonly Span[];
  priority: number;
}

export type SpanLayers = ReadonlyMap<string, SpanLayer>;
