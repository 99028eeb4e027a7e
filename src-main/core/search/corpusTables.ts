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

/** A term's documents by slot, as `SlottedPostings`, each slot any list of numbers (arrays or typed views). */
export type TablePostings = readonly (ArrayLike<number> | undefined)[];
