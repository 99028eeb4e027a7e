/** A term's documents grouped by slot (slot 0 = heaviest); FlexSearch leaves empty slots as holes. */
export type SlottedPostings = readonly (readonly number[] | undefined)[];

/** How many documents a term's postings hold. */
export function documentFrequency(postings: SlottedPostings | undefined): number {
  if (!postings) return 0;
  let count = 0;
  for (const slot of postings) if (slot) count += slot.length;
  return count;
}
