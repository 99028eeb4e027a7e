import type { Span } from '../text/span';
import { mergeHits, type LocatedHit } from './locateHits';
import type { SearchSnippet } from './searchResult';

const WINDOW = 200;
/** How much of the window goes before the first hit, so the hit reads in context. */
const LEAD = 60;
/** How far a window edge may move to avoid cutting a word. */
const SNAP_REACH = 30;
const MAX_SNIPPETS = 3;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

/** The stretches of text outside boilerplate; `boilerplate` must be sorted and merged. */
function readableSegments(textLength: number, boilerplate: readonly Span[]): Span[] {
  const segments: Span[] = [];
  let at = 0;
  for (const span of boilerplate) {
    if (span.start > at) segments.push({ start: at, end: span.start });
    at = Math.max(at, span.end);
  }
  if (at < textLength) segments.push({ start: at, end: textLength });
  return segments;
}

/** Moves window edges to the nearest spaces so no word is cut, staying inside the segment. */
function snapToWords(text: string, { start, end }: Span, segment: Span): Span {
  let snappedStart = start;
  if (start > segment.start && !isSpace(text.charCodeAt(start - 1))) {
    let at = start;
    while (at > segment.start && start - at < SNAP_REACH && !isSpace(text.charCodeAt(at - 1))) at--;
    snappedStart = at === segment.start || isSpace(text.charCodeAt(at - 1)) ? at : start;
  }
  let snappedEnd = end;
  if (end < segment.end && !isSpace(text.charCodeAt(end))) {
    let at = end;
    while (at < segment.end && at - end < SNAP_REACH && !isSpace(text.charCodeAt(at))) at++;
    snappedEnd = at === segment.end || isSpace(text.charCodeAt(at)) ? at : end;
  }
  while (snappedStart < snappedEnd && isSpace(text.charCodeAt(snappedStart))) snappedStart++;
  while (snappedEnd > snappedStart && isSpace(text.charCodeAt(snappedEnd - 1))) snappedEnd--;
  return { start: snappedStart, end: snappedEnd };
}

function segmentAt(segments: readonly Span[], offset: number): Span | undefined {
  return segments.find((segment) => segment.start <= offset && offset < segment.end);
}

function windowAround(hit: Span, segment: Span): Span {
  let start = Math.max(segment.start, hit.start - LEAD);
  const end = Math.min(segment.end, start + WINDOW);
  start = Math.max(segment.start, Math.min(start, end - WINDOW));
  return { start, end: Math.max(end, Math.min(segment.end, hit.end)) };
}

/** True when only white space lies between `from` and `to`: nothing of the text was cut there. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isSpace(text.charCodeAt(at))) return false;
  return true;
}

function snippet(text: string, window: Span, highlights: Span[]): SearchSnippet {
  return {
    start: window.start,
    end: window.end,
    text: text.slice(window.start, window.end),
    // Plain spans, as the contract has them: a located hit also carries its clauses.
    highlights: highlights.map(({ start, end }) => ({ start, end })),
    startsText: onlySpaceBetween(text, 0, window.start),
    endsText: onlySpaceBetween(text, window.end, text.length),
  };
}

/** The hits lying wholly inside `window`; `hits` are sorted by start, so this is a short scan. */
function hitsInside(hits: readonly LocatedHit[], window: Span): LocatedHit[] {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hits[middle]!.start < window.start) low = middle + 1;
    else high = middle;
  }
  const inside: LocatedHit[] = [];
  for (let i = low; i < hits.length && hits[i]!.start < window.end; i++) {
    if (hits[i]!.end <= window.end) inside.push(hits[i]!);
  }
  return inside;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
}

/**
 * Up to three windows of about 200 characters around the hits, whole words only, outside
 * boilerplate. Each next window is the one that shows the most clauses not yet shown (then the most
 * hits), so a two-word query shows both words before it shows the first one twice. Without hits in
 * the text (a title-only match) the beginning of the text is shown. `hits` must be sorted by start,
 * as `locateHits` returns them.
 */
export function buildSnippets(
  text: string,
  boilerplate: readonly Span[],
  hits: readonly LocatedHit[],
): SearchSnippet[] {
  const segments = readableSegments(text.length, boilerplate);
  if (segments.length === 0) return [];
  if (hits.length === 0) {
    const first = segments[0]!;
    return [
      snippet(
        text,
        snapToWords(text, { start: first.start, end: Math.min(first.end, first.start + WINDOW) }, first),
        [],
      ),
    ];
  }
  const chosen: Span[] = [];
  const shown = new Set<LocatedHit>();
  let shownClauses = 0;
  while (chosen.length < MAX_SNIPPETS) {
    let best: { window: Span; inside: LocatedHit[]; score: number } | undefined;
    for (const anchor of hits) {
      if (shown.has(anchor)) continue;
      const segment = segmentAt(segments, anchor.start);
      if (!segment) continue;
      const window = snapToWords(text, windowAround(anchor, segment), segment);
      if (chosen.some((other) => window.start < other.end && other.start < window.end)) continue;
      const inside = hitsInside(hits, window);
      let newClauses = 0;
      let newHits = 0;
      for (const hit of inside) {
        newClauses |= hit.clauses & ~shownClauses;
        if (!shown.has(hit)) newHits++;
      }
      const score = bitCount(newClauses) * 1000 + newHits;
      if (!best || score > best.score) best = { window, inside, score };
    }
    if (!best) break;
    chosen.push(best.window);
    for (const hit of best.inside) {
      shown.add(hit);
      shownClauses |= hit.clauses;
    }
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((window) =>
      snippet(
        text,
        window,
        mergeHits(hits.filter((hit) => hit.start < window.end && hit.end > window.start)).map((hit) => ({
          start: Math.max(hit.start, window.start),
          end: Math.min(hit.end, window.end),
        })),
      ),
    );
}
