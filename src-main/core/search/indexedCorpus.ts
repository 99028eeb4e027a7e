import type { SlottedPostings } from './slottedPostings';
import type { SearchVocabulary } from './searchVocabulary';

/** A field's inverted index: term → documents grouped by BM25 slot. */
export interface PostingSource {
  /** The postings of one term, or undefined when no document has it. Never modify the arrays. */
  postings(term: string): SlottedPostings | undefined;
}

/** How many live documents hold each term (title or text). */
export interface TermFrequencies {
  term(termId: number): number;
}

/**
 * What scoring reads from an index; getters, because the in-memory index swaps parts when it
 * compacts. The in-memory `CorpusIndex` provides it from its own structures, the services layer's
 * on-disk reader from files read on demand: both then rank with the same `QueryScorer`.
 */
export interface IndexedCorpus {
  readonly vocabulary: SearchVocabulary;
  readonly textPostings: PostingSource;
  readonly titlePostings: PostingSource;
  readonly documentCounts: TermFrequencies;
  /** Live documents. */
  readonly documentCount: number;
  /** The term sequence and title length of a live document, or undefined once it is removed. */
  sequenceOf(document: number): { sequence: Uint32Array; titleLength: number } | undefined;
}
