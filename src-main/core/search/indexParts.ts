import type { CorpusTotals } from './corpusSnapshot';
import type { DocumentRecord } from './documentRecord';

/**
 * Everything an in-memory index is made of, as the on-disk search tables keep it: the same term
 * numbers, postings, records and term sequences the index was written from, so an index restored
 * from them ranks exactly as the one that wrote them, without analyzing any text again.
 */
export interface IndexParts {
  totals: CorpusTotals;
  /** Every document number, live or removed, is below this; new documents are numbered from it. */
  capacity: number;
  /** Every term, at its term number. */
  terms: readonly string[];
  /** Each stem with the numbers of the terms that have it, in ascending order. */
  stems: Iterable<readonly [string, readonly number[]]>;
  /** Per document number, its record; undefined for a removed number. */
  records: readonly (DocumentRecord | undefined)[];
  /** Per live document number, its term sequence (see `TermSequences`). */
  sequences: readonly (Uint32Array | undefined)[];
  /**
   * The postings of each term number, title and text apart, ascending within a slot, as fresh
   * arrays the index keeps (and adds to) from then on.
   */
  postings(termId: number): { text: FreshPostings | undefined; title: FreshPostings | undefined };
}

/** A term's documents by slot, empty slots as holes (see `SlottedPostings`), owned by the receiver. */
export type FreshPostings = (number[] | undefined)[];
