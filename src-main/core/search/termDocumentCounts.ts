import { SEQUENCE_BREAK } from './termSequences';
import { MAX_STEMS_PER_TERM, type TermVocabulary } from './termVocabulary';

/** Counts per number, each number counted at most once per document (through a stamp). */
class OncePerDocumentCounter {
  private counts: Int32Array = new Int32Array(1024);
  private stamps: Int32Array = new Int32Array(1024);

  get(id: number): number {
    return id < this.counts.length ? this.counts[id]! : 0;
  }

  change(id: number, delta: number, stamp: number): void {
    if (id >= this.counts.length) {
      let size = this.counts.length;
      while (size <= id) size *= 2;
      const counts = new Int32Array(size);
      counts.set(this.counts);
      this.counts = counts;
      const stamps = new Int32Array(size);
      stamps.set(this.stamps);
      this.stamps = stamps;
    }
    if (this.stamps[id] === stamp) return;
    this.stamps[id] = stamp;
    this.counts[id] += delta;
  }
}

/**
 * How many live documents contain each term and each stem, kept as documents are added and
 * removed. The stem counts give the idf of a stem-only match without first merging the posting
 * lists of all its spellings; the term counts let the query side decide which reading of a
 * leading و the corpus attests and which expansions of a prefix matter most.
 */
export class TermDocumentCounts {
  private readonly terms = new OncePerDocumentCounter();
  private readonly stems = new OncePerDocumentCounter();
  private stamp = 0;

  term(termId: number): number {
    return this.terms.get(termId);
  }

  stem(stemId: number): number {
    return this.stems.get(stemId);
  }

  /** Adds `delta` (+1 or -1) for each distinct term, and stem, among the given term lists. */
  change(termLists: readonly ArrayLike<number>[], delta: number, vocabulary: TermVocabulary): void {
    const stamp = ++this.stamp;
    for (const ids of termLists) {
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n]!;
        if (id === SEQUENCE_BREAK) continue;
        this.terms.change(id, delta, stamp);
        for (let place = 0; place < MAX_STEMS_PER_TERM; place++) {
          const stemId = vocabulary.stemAt(id, place);
          if (stemId >= 0) this.stems.change(stemId, delta, stamp);
        }
      }
    }
  }
}
