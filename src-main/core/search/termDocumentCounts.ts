import { SEQUENCE_BREAK } from './termSequences';

/**
 * How many live documents contain each term, kept as documents are added and removed, so that
 * query-side decisions (which reading of a leading و or أل the corpus attests, which expansions
 * of a prefix matter most) cost an array read.
 */
export class TermDocumentCounts {
  private counts: Int32Array = new Int32Array(1024);
  /** Per term, the last document that counted it: each term counts once per document. */
  private stamps: Int32Array = new Int32Array(1024);
  private stamp = 0;

  term(termId: number): number {
    return termId < this.counts.length ? this.counts[termId]! : 0;
  }

  /** Adds `delta` (+1 or -1) for each distinct term among one document's term lists. */
  change(termLists: readonly ArrayLike<number>[], delta: number): void {
    const stamp = ++this.stamp;
    for (const ids of termLists) {
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n]!;
        if (id === SEQUENCE_BREAK) continue;
        if (id >= this.counts.length) this.grow(id);
        if (this.stamps[id] === stamp) continue;
        this.stamps[id] = stamp;
        this.counts[id] = (this.counts[id] ?? 0) + delta;
      }
    }
  }

  private grow(id: number): void {
    let size = this.counts.length;
    while (size <= id) size *= 2;
    const counts = new Int32Array(size);
    counts.set(this.counts);
    this.counts = counts;
    const stamps = new Int32Array(size);
    stamps.set(this.stamps);
    this.stamps = stamps;
  }
}
