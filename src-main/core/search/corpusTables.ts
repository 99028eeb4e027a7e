import type { CorpusTotals } from './corpusSnapshot';
import type { DocumentRecord } from './documentRecord';

/**
 * An in-memory index laid open, part by part, for the services layer to write the on-disk tables
 * a one-shot command searches: the same vocabulary numbers, postings, counts, records and term
 * sequences the index ranks with, so that a search of the tables gives the same hits.
 */
export interface CorpusTables {
  totals: CorpusTotals;
  /** Every document number, live or removed, is below this. */
  capacity: number;
  /** Every term number is below this. */
  termCount: number;
  term(termId: number): string;
  /** Each stem with the numbers of the terms that have it, in no particular order. */
  forEachStem(visit: (stem: string, termIds: readonly number[]) => void): void;
  /** How many live documents hold the term. */
  termFrequency(termId: number): number;
  /** A term's postings, by its number: looking each term up by its text cost a hash probe per term. */
  textPostings(termId: number): TablePostings | undefined;
  titlePostings(termId: number): TablePostings | undefined;
  record(document: number): DocumentRecord | undefined;
  sequence(document: number): Uint32Array | undefined;
}

/**
 * A term's documents by slot: as `SlottedPostings`, each slot any list of numbers (arrays or typed
 * views), or as runs of one flat array (`PostingRuns`).
 */
export type TablePostings = readonly (ArrayLike<number> | undefined)[] | PostingRuns;

/**
 * A term's documents by slot as runs of an array shared by every term: slot `s` (below `slots`)
 * holds `documents[starts[first + s], starts[first + s + 1])`. Writing the tables at the end of an
 * import reads a million slots this way, where a typed view on each cost a third of a second.
 */
export interface PostingRuns {
  readonly documents: Int32Array;
  readonly starts: Int32Array;
  readonly first: number;
  readonly slots: number;
}

/** The slots of a term's postings as lists, whichever way they are held (empty slots as undefined). */
export function slotLists(postings: TablePostings): (ArrayLike<number> | undefined)[] {
  if (!('starts' in postings)) return [...postings];
  const { documents, starts, first, slots } = postings;
  return Array.from({ length: slots }, (_, slot) => {
    const from = starts[first + slot]!;
    const to = starts[first + slot + 1]!;
    return from === to ? undefined : documents.subarray(from, to);
  });
}
