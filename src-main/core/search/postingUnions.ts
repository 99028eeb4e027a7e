import type { DocumentScores } from './documentScores';
import type { PostingSource } from './indexedCorpus';

/** The union of several terms' postings: its documents as first met, and each one's best saturation. */
export interface PostingUnion {
  documents: Int32Array;
  saturations: Float64Array;
}

/** Which unions are kept, and how many documents in all. */
export interface PostingUnionLimits {
  /**
   * Only unions holding at least this share of the corpus are kept: the stems of its commonest
   * words. Keeping smaller ones too (every union of a few thousand documents) held a query set's
   * unions several times over what fits, and evicted each before it came back.
   */
  share: number;
  /** Nor any union smaller than this, whatever the corpus: merging it again costs next to nothing. */
  minimum: number;
  /** At most this many documents in all unions kept (12 bytes each); the least recently used go first. */
  documents: number;
}

export const POSTING_UNION_LIMITS: PostingUnionLimits = { share: 0.25, minimum: 2_048, documents: 1_500_000 };

/**
 * The largest posting unions recent queries merged (every spelling of a common word's stem, in
 * text or title), kept for the queries after, for an index that never changes (the on-disk
 * tables), in 18 MB at most. Common words («في», «على», «أن») come back in most multi-word
 * queries, and merging the postings of all their spellings, hundreds of thousands of them on a
 * large corpus, was the largest part of such a query. A union is the same whichever query asks
 * for it, so a kept one scores exactly as a fresh merge does.
 */
export class PostingUnions {
  private readonly sources = new Map<PostingSource, number>();
  private readonly unions = new Map<string, PostingUnion>();
  private documents = 0;
  private readonly smallest: number;

  /** `corpusSize`: how many documents the corpus holds. */
  constructor(
    corpusSize: number,
    private readonly limits: PostingUnionLimits = POSTING_UNION_LIMITS,
  ) {
    this.smallest = Math.max(limits.minimum, Math.ceil(limits.share * corpusSize));
  }

  /** How many documents the unions kept hold. */
  get remembered(): number {
    return this.documents;
  }

  private keyOf(source: PostingSource, termIds: readonly number[]): string {
    let number = this.sources.get(source);
    if (number === undefined) {
      number = this.sources.size;
      this.sources.set(source, number);
    }
    return `${number}:${termIds.join(',')}`;
  }

  /** The union of these terms' postings in `source`, if kept. */
  find(source: PostingSource, termIds: readonly number[]): PostingUnion | undefined {
    const key = this.keyOf(source, termIds);
    const union = this.unions.get(key);
    if (union) {
      // Most recently used last: forgetting starts from the first.
      this.unions.delete(key);
      this.unions.set(key, union);
    }
    return union;
  }

  /** Keeps the union just merged into `merged` (a document's score being its best saturation), if large. */
  offer(source: PostingSource, termIds: readonly number[], merged: DocumentScores): void {
    const size = merged.size;
    if (size < this.smallest || size > this.limits.documents) return;
    const union: PostingUnion = { documents: new Int32Array(size), saturations: new Float64Array(size) };
    for (let n = 0; n < size; n++) {
      const document = merged.documentAt(n);
      union.documents[n] = document;
      union.saturations[n] = merged.get(document);
    }
    for (const [key, kept] of this.unions) {
      if (this.documents + size <= this.limits.documents) break;
      this.unions.delete(key);
      this.documents -= kept.documents.length;
    }
    this.unions.set(this.keyOf(source, termIds), union);
    this.documents += size;
  }
}
