import type { ReportTextSegment } from './reportModel';

/**
 * A report's text cut into paragraphs (at line breaks) and each paragraph into stretches inside or
 * outside the given spans. Spans may overlap or touch (a passage shared with two reports); they are
 * merged first, so a character is marked once.
 */
export function markSharedText(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): ReportTextSegment[][] {
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, span.start);
    const end = Math.min(text.length, span.end);
    if (end <= start) continue;
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }

  const paragraphs: ReportTextSegment[][] = [];
  let paragraph: ReportTextSegment[] = [];
  const push = (piece: string, shared: boolean) => {
    const lines = piece.split(/\n/);
    lines.forEach((line, index) => {
      if (index > 0) {
        if (paragraph.length > 0) paragraphs.push(paragraph);
        paragraph = [];
      }
      if (line.trim().length === 0 && paragraph.length === 0) return;
      const previous = paragraph[paragraph.length - 1];
      if (previous !== undefined && previous.shared === shared) previous.text += line;
      else if (line.length > 0) paragraph.push({ text: line, shared });
    });
  };
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) push(text.slice(cursor, span.start), false);
    push(text.slice(span.start, span.end), true);
    cursor = span.end;
  }
  if (cursor < text.length) push(text.slice(cursor), false);
  if (paragraph.length > 0) paragraphs.push(paragraph);
  return paragraphs;
}
