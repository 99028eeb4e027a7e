import { scanTokenUnits } from '../arabic/scanTokens';
import type { Span } from '../text/span';
import type { QueryMatcher } from './queryMatcher';

/** A place in the text where the query matched, with the clauses it satisfies as a bit mask. */
export interface LocatedHit extends Span {
  clauses: number;
}

/** Boilerplate spans sorted and merged, so a single forward pointer can test each word. */
export function normalizeSpans(spans: readonly Span[], textLength: number): Span[] {
  const sorted = spans
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(textLength, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Every hit of the query in a text, in text order: words and prefixes one word each, phrases from
 * their first to their last word. Words in boilerplate neither match nor join a phrase across it.
 * Title-only terms never match the text. Words are looked up by their units, without creating a
 * string for each one, since this runs over every result shown.
 */
export function locateHits(text: string, boilerplate: readonly Span[], matcher: QueryMatcher): LocatedHit[] {
  const excluded = normalizeSpans(boilerplate, text.length);
  const hits: LocatedHit[] = [];
  const phrases = matcher.phrases.filter((phrase) => !phrase.titleOnly && phrase.ids.every((id) => id !== undefined));
  const longest = phrases.reduce((max, phrase) => Math.max(max, phrase.ids.length), 0);
  // The last `longest` words (term numbers and starts) in a ring; -1 marks a word the index lacks.
  const recentIds = new Int32Array(Math.max(1, longest)).fill(-1);
  const recentStarts = new Int32Array(Math.max(1, longest));
  let seen = 0;
  let next = 0;

  scanTokenUnits(text, (units, length, start, end) => {
    while (next < excluded.length && excluded[next]!.end <= start) next++;
    if (next < excluded.length && excluded[next]!.start < end) {
      seen = 0;
      return;
    }
    const termId = matcher.termIdOfUnits(units, length);
    const mask = matcher.maskOfTextWord(termId, units, length);
    if (mask !== 0) hits.push({ start, end, clauses: mask });
    if (longest === 0) return;
    const slot = seen % longest;
    recentIds[slot] = termId;
    recentStarts[slot] = start;
    seen++;
    for (const phrase of phrases) {
      const count = phrase.ids.length;
      if (seen < count) continue;
      let k = 0;
      while (k < count && recentIds[(seen - count + k) % longest] === phrase.ids[k]) k++;
      if (k === count) hits.push({ start: recentStarts[(seen - count) % longest]!, end, clauses: 1 << phrase.clause });
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Hits as plain spans, overlapping ones merged, for the reader to paint and step through. */
export function mergeHits(hits: readonly LocatedHit[]): Span[] {
  const spans: Span[] = [];
  for (const { start, end } of hits) {
    const last = spans[spans.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}
