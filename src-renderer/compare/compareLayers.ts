import type { Comparison, DocSpan } from '../../src-main/api/compareSchemas';
import type { SpanLayer, SpanLayers } from '../reader/spanLayers';
import { firstPublishedSpans } from './provenance';

/** Shared passages cycle through this many tints (see compare.css); one passage has one tint in every column. */
export const PASSAGE_TINTS = 8;

/**
 * Unique sentences tint the ground faintly (0), shared passages show over it (1), both under hits
 * (2, 3); moved sentences and word differences draw lines, so they can share a level with hits.
 */
const UNIQUE_PRIORITY = 0;
const PASSAGE_PRIORITY = 1;
const SENTENCE_PRIORITY = 2;
const DIFFERENCE_PRIORITY = 2;

export const compareLayerName = {
  passage: (index: number) => `qarin-cmp-passage-${index % PASSAGE_TINTS}`,
  unique: 'qarin-cmp-unique',
  moved: 'qarin-cmp-moved',
  difference: 'qarin-cmp-diff',
  minorDifference: 'qarin-cmp-minor',
  connected: 'qarin-cmp-connected',
  firstPublished: 'qarin-cmp-first',
} as const;

const spansOf = (spans: readonly DocSpan[], docId: string) =>
  spans.filter((span) => span.docId === docId).map(({ start, end }) => ({ start, end }));

/** Sentences of `docId` that no aligned group holds: what only this report says. */
export function uniqueSentences(comparison: Comparison, docId: string): DocSpan[] {
  const aligned = new Set(
    comparison.alignment.flatMap((group) => group.members.filter((m) => m.docId === docId).map((m) => m.start)),
  );
  return comparison.sentences.filter((sentence) => sentence.docId === docId && !aligned.has(sentence.start));
}

/**
 * Members of moved groups in `docId`. A group is moved relative to the base, so the base's own
 * sentence stays unmarked and the others' are marked.
 */
export function movedSentences(comparison: Comparison, docId: string): DocSpan[] {
  if (docId === comparison.baseId) return [];
  return comparison.alignment
    .filter((group) => group.moved)
    .flatMap((group) => spansOf(group.members, docId).map((span) => ({ docId, ...span })));
}

/** Everything the compare view paints over one column's text, as the engine returned it. */
export function columnLayers(comparison: Comparison, docId: string): SpanLayers {
  const layers = new Map<string, SpanLayer>();
  const add = (name: string, priority: number, spans: readonly { start: number; end: number }[]) => {
    const existing = layers.get(name);
    if (existing) layers.set(name, { priority, spans: [...existing.spans, ...spans] });
    else layers.set(name, { priority, spans });
  };
  comparison.passages.forEach((passage, index) =>
    add(compareLayerName.passage(index), PASSAGE_PRIORITY, spansOf(passage.spans, docId)),
  );
  // An overline, so it shows over a passage's tint and beside the underlines of moves and differences.
  add(compareLayerName.firstPublished, PASSAGE_PRIORITY, firstPublishedSpans(comparison, docId));
  add(compareLayerName.unique, UNIQUE_PRIORITY, spansOf(uniqueSentences(comparison, docId), docId));
  add(compareLayerName.moved, SENTENCE_PRIORITY, spansOf(movedSentences(comparison, docId), docId));
  const own = comparison.differences.filter(
    (difference) => difference.docId === docId && difference.end > difference.start,
  );
  add(
    compareLayerName.difference,
    DIFFERENCE_PRIORITY,
    spansOf(
      own.filter((d) => d.kind !== 'minor'),
      docId,
    ),
  );
  add(
    compareLayerName.minorDifference,
    DIFFERENCE_PRIORITY,
    spansOf(
      own.filter((d) => d.kind === 'minor'),
      docId,
    ),
  );
  return layers;
}
