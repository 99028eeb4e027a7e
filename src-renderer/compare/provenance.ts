import type { Span } from '../../src-main/api/types';
import type { ComparedDocument, Comparison } from './compareTypes';

/**
 * Who published a shared passage first, as the engine decided it from the reports' dates and
 * times: where it is marked in the columns and what the view says about it.
 */

/** The index of the shared passage that holds `offset` in `docId`'s text, if one does. */
export function passageAt(comparison: Comparison, docId: string, offset: number): number | undefined {
  const index = comparison.passages.findIndex((passage) =>
    passage.spans.some((span) => span.docId === docId && offset >= span.start && offset < span.end),
  );
  return index < 0 ? undefined : index;
}

/** The spans of `docId` in the passages it published before the other reports: what gets the mark. */
export function firstPublishedSpans(comparison: Comparison, docId: string): Span[] {
  return comparison.passages
    .filter((passage) => passage.firstDocId === docId)
    .flatMap((passage) => passage.spans.filter((span) => span.docId === docId))
    .map(({ start, end }) => ({ start, end }));
}

/** A stored date as a reader cites it: the day, and the time of day when the report carries one. */
export function formatDateTime(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(date);
  if (!match) return date;
  return match[2] && match[2] !== '00:00' ? `${match[1]} ${match[2]}` : match[1];
}

/** How the view names a report as a publisher: its outlet (else its title) and when it published. */
export function publisherOf(document: ComparedDocument): { name: string; when?: string } {
  const name = document.source?.trim() || document.title.trim();
  const when = formatDateTime(document.date);
  return when ? { name, when } : { name };
}
