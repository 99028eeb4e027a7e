import { stemArabic } from '../../core/arabic';
import { SEQUENCE_BREAK } from '../../core/search/termSequences';
import { hashWord, WORD_BREAK } from '../../core/similarity';

/** Where a document's words come from: the in-memory index, or the on-disk tables before it is loaded. */
export interface IndexedTerms {
  /** A document's text words as term numbers, boilerplate as SEQUENCE_BREAK; undefined when not indexed. */
  textTerms(id: string): Uint32Array | undefined;
  /** The normalized word a term number stands for. */
  termText(term: number): string;
}

/**
 * Turns the search index's term sequences into the stem hashes similarity works on, so signatures
 * cost no second analysis of the text: each distinct term is stemmed and hashed once (light10,
 * exactly as `analyze` stems it), and its hash kept in a typed array by term number.
 */
export class TermStemHashes {
  private hashes = new Uint32Array(1 << 16);
  /** What `wordsToSign` hands out, kept from call to call. */
  private signing = new Uint32Array(4096);

  constructor(private readonly index: () => IndexedTerms) {}

  /** The word hashes of a document's text, boilerplate as WORD_BREAK; undefined when not indexed. */
  wordsOf(id: string): Uint32Array | undefined {
    const index = this.index();
    const terms = index.textTerms(id);
    return terms && this.hashInto(terms, new Uint32Array(terms.length), index);
  }

  /**
   * `wordsOf` in an array kept between calls, valid until the next call: signing reads a report's
   * words once, and an import signs every report it indexes.
   */
  wordsToSign(id: string): Uint32Array | undefined {
    const index = this.index();
    const terms = index.textTerms(id);
    if (!terms) return undefined;
    if (this.signing.length < terms.length) this.signing = new Uint32Array(terms.length);
    return this.hashInto(terms, this.signing.subarray(0, terms.length), index);
  }

  private hashInto(terms: Uint32Array, words: Uint32Array, index: IndexedTerms): Uint32Array {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      words[i] = term === SEQUENCE_BREAK ? WORD_BREAK : this.hashOf(term, index);
    }
    return words;
  }

  private hashOf(term: number, index: IndexedTerms): number {
    if (term >= this.hashes.length) {
      const grown = new Uint32Array(Math.max(term + 1, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    let hash = this.hashes[term]!;
    if (hash === 0) {
      hash = hashWord(stemArabic(index.termText(term)));
      this.hashes[term] = hash;
    }
    return hash;
  }

  /** Forgets every hash: term numbers mean other words once the index is replaced. */
  reset(): void {
    this.hashes = new Uint32Array(1 << 16);
  }
}
