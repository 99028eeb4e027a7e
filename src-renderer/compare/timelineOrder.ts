/** A report on a story's timeline. */
export interface TimelineEntry {
  id: string;
  title: string;
  source?: string;
  date?: string;
}

/**
 * Who published first comes first: by date and time (ISO dates sort as text), reports without a
 * date last, ties in the cluster's own order so the list does not jump between renders.
 */
export function timelineOrder<T extends TimelineEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      if (a.entry.date && b.entry.date && a.entry.date !== b.entry.date) return a.entry.date < b.entry.date ? -1 : 1;
      if (Boolean(a.entry.date) !== Boolean(b.entry.date)) return a.entry.date ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}
