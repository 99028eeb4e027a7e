import type { Snippet } from '../../src-main/api/types';

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

/**
 * Cuts a snippet into plain and hit runs. Highlights are offsets into the whole document, so each
 * is shifted by the window's start and clipped to it; overlapping hits merge into one mark.
 */
export function snippetSegments(snippet: Snippet): SnippetSegment[] {
  const length = snippet.text.length;
  const spans = snippet.highlights
    .map((span) => ({
      start: Math.max(0, Math.min(length, span.start - snippet.start)),
      end: Math.max(0, Math.min(length, span.end - snippet.start)),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);

  const merged: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }

  const segments: SnippetSegment[] = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) segments.push({ text: snippet.text.slice(cursor, span.start), hit: false });
    segments.push({ text: snippet.text.slice(span.start, span.end), hit: true });
    cursor = span.end;
  }
  if (cursor < length) segments.push({ text: snippet.text.slice(cursor), hit: false });
  return segments;
}
